import { toTreatyText } from '@treaty/treaty-schema';
import { create } from 'xmlbuilder2';
import { NEGOTIATING_DOC, NEGOTIATING_SOURCE, fixtureTreaties, sourceOf } from './sample-sources.testing';
import { toAkomaNtoso } from './to-akoma-ntoso';
import { AKN_NS, TW_NS } from './vocabulary';
import { childElements, descendants, type XmlElement } from './xml-dom';
import { schemaTestsRun, validateAkn, xpathText } from './xmllint.testing';

const RUN_SCHEMA = schemaTestsRun();
const withSchema = RUN_SCHEMA ? it : it.skip;

// Whitespace-only text between inline elements is words ("1.5" " " "2"): keep it.
const parse = (xml: string): XmlElement => create({ skipWhitespaceOnlyText: false }, xml).root().node as unknown as XmlElement;
/** Every element of that name, at any depth (also inside one another). */
const all = (root: XmlElement, name: string): XmlElement[] =>
  childElements(root).flatMap((child) => [...(child.localName === name ? [child] : []), ...all(child, name)]);
const one = (root: XmlElement, name: string): XmlElement => {
  const found = all(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
};

describe('toAkomaNtoso: valid against the OASIS Akoma Ntoso 3.0 schema', () => {
  const treaties = fixtureTreaties();

  it.each(treaties.map((t) => [t.name, t.source] as const))('%s validates with xmllint', (name, source) => {
    if (!RUN_SCHEMA) return;
    const started = Date.now();
    const xml = toAkomaNtoso(source);
    const result = validateAkn(xml);
    console.info(`${name}: ${xml.length} bytes of AKN, exported and validated in ${Date.now() - started} ms`);
    expect(result.errors).toContain('validates');
    expect(result.exitCode).toBe(0);
  }, 60_000);

  withSchema('the negotiating text with brackets, options, alternatives, statuses and citations validates', () => {
    const result = validateAkn(toAkomaNtoso(NEGOTIATING_SOURCE));
    expect(result.errors).toContain('validates');
    expect(result.exitCode).toBe(0);
  });

  withSchema('the validator bites: an export with a misplaced or misnamed element is rejected (exit 3)', () => {
    const xml = toAkomaNtoso(NEGOTIATING_SOURCE);
    const renamed = validateAkn(xml.replace('<FRBRthis ', '<FRBRbogus '));
    expect(renamed.exitCode).toBe(3);
    expect(renamed.errors).toContain('FRBRbogus');
    // A paragraph's words straight in the article, without <content>: not Akoma Ntoso.
    const bare = validateAkn(xml.replace('<content><p>Option one wording.</p></content>', '<p>Option one wording.</p>'));
    expect(bare.exitCode).toBe(3);
  });

  withSchema('a clause id used twice still validates (GUIDs must be unique): the copy keeps it in tw:clauseId', () => {
    const doubled = JSON.parse(JSON.stringify(NEGOTIATING_DOC).replace(/"p-2-4"/g, '"p-2-1"'));
    const xml = toAkomaNtoso(sourceOf(toTreatyText(doubled)));
    expect(validateAkn(xml).exitCode).toBe(0);
    const copy = all(parse(xml), 'paragraph').find((p) => p.getAttribute('eId') === 'art_2__para_4')!;
    expect(copy.getAttribute('GUID')).toBeNull();
    expect(copy.getAttributeNS(TW_NS, 'clauseId')).toBe('p-2-1');
  });

  withSchema('another XML reader (libxml2) reads the same words, ampersands and entity-like text included', () => {
    const xml = toAkomaNtoso(NEGOTIATING_SOURCE);
    expect(xpathText(xml, "//*[@eId='art_1__para_1']/*[local-name()='content']")).toBe(
      'For the purpose of this Agreement:(a) "Party" means a Party to this Agreement &#65;.',
    );
    expect(xpathText(xml, "//*[@eId='preamble__rec_2']")).toBe('Recognizing the urgent need for action & cooperation <now>,');
    const note = 'Two lines:\n\tsee Art. 4 & <5>';
    const noted = toAkomaNtoso(sourceOf(toTreatyText(JSON.parse(JSON.stringify(NEGOTIATING_DOC).replace('Too strong', JSON.stringify(note).slice(1, -1))))));
    expect(xpathText(noted, "//*[@*[local-name()='id']='b-rec']/@*[local-name()='note']")).toBe(note);
  });

  withSchema('a draft with no article yet still validates', () => {
    expect(validateAkn(toAkomaNtoso(sourceOf({ preamble: [], articles: [] }))).exitCode).toBe(0);
  });
});

describe('toAkomaNtoso: contents', () => {
  const root = parse(toAkomaNtoso(NEGOTIATING_SOURCE));

  it('is an AKN bill named treaty, FRBR-identified as the revision it is', () => {
    expect(root.namespaceURI).toBe(AKN_NS);
    expect(one(root, 'bill').getAttribute('name')).toBe('treaty');
    const expression = one(root, 'FRBRExpression');
    expect(one(expression, 'FRBRversionNumber').getAttribute('value')).toBe('2');
    expect(one(expression, 'FRBRuri').getAttribute('value')).toBe('/akn/int/bill/treaty/2026-11-29/draft-1/eng@rev2');
    expect(one(expression, 'FRBRlanguage').getAttribute('language')).toBe('eng');
    const revision = one(root, 'revision');
    expect(revision.namespaceURI).toBe(TW_NS);
    expect(revision.getAttribute('symbol')).toBe('TW/2026/DRAFT/Rev.2');
    expect(revision.getAttribute('sha256')).toBe('a'.repeat(64));
  });

  it('says "live text" when it is not an issued revision', () => {
    const live = parse(toAkomaNtoso({ ...NEGOTIATING_SOURCE, revision: null }));
    expect(one(live, 'FRBRversionNumber').getAttribute('value')).toBe('live text');
    expect(all(live, 'revision')).toHaveLength(0);
    expect(one(one(live, 'FRBRWork'), 'FRBRuri').getAttribute('value')).toBe('/akn/int/bill/treaty/2026-11-30/draft-1');
  });

  it('declares the secretariat, each party by name and each cited instrument once', () => {
    const organizations = all(root, 'TLCOrganization').map((o) => [o.getAttribute('eId'), o.getAttribute('showAs')]);
    expect(organizations).toEqual(
      expect.arrayContaining([
        ['secretariat', 'Secretariat'],
        ['party_party-aurelia', 'Aurelia'],
        ['party_party-borealis', 'Borealis'],
      ]),
    );
    const instruments = all(root, 'TLCReference').map((r) => [r.getAttribute('eId'), r.getAttribute('showAs')]);
    expect(instruments).toEqual([
      ['instrument_unfccc', 'United Nations Framework Convention on Climate Change'],
      ['instrument_kyoto', 'Kyoto Protocol'],
    ]);
  });

  it('links each citing clause to its instrument and provision', () => {
    const links = all(root, 'implicitReference').map((r) => [r.getAttribute('for'), r.getAttribute('refersTo'), r.getAttribute('showAs')]);
    expect(links).toEqual([
      ['#art_2__para_1', '#instrument_unfccc', 'Article 2'],
      ['#preamble__rec_2', '#instrument_kyoto', 'Article 3(1)'],
      ['#art_1__para_1', '#instrument_unfccc', 'Article 1'],
    ]);
  });

  it('numbers articles and paragraphs with eIds from the clause model and keeps clause ids as GUIDs', () => {
    const articles = all(root, 'article');
    expect(articles.map((a) => [a.getAttribute('eId'), a.getAttribute('GUID'), a.getAttributeNS(TW_NS, 'status')])).toEqual([
      ['art_1', 'art-1', 'agreed'],
      ['art_2', 'art-2', 'open'],
      ['art_3', 'art-3', 'agreed-ad-ref'],
      ['art_4', null, 'open'],
    ]);
    const eIds = descendants(articles[1]!, (e) => e.localName === 'paragraph' || e.localName === 'hcontainer', () => false).map((e) => e.getAttribute('eId'));
    expect(eIds).toEqual(['art_2__para_1', 'art_2__para_2', 'art_2__alts_3', 'art_2__para_4']);
    expect(all(root, 'recital').map((r) => r.getAttribute('eId'))).toEqual(['preamble__rec_1', 'preamble__rec_2', 'preamble__rec_3']);
  });

  it('marks brackets with their proposers (refersTo the declared parties), reason and note', () => {
    const outer = all(root, 'inline').find((i) => i.getAttributeNS(TW_NS, 'id') === 'outer')!;
    expect(outer.getAttribute('name')).toBe('bracket');
    expect(outer.getAttribute('refersTo')).toBe('#party_party-aurelia');
    expect(outer.getAttributeNS(TW_NS, 'reason')).toBe('modify');
    expect(outer.getAttributeNS(TW_NS, 'note')).toBe('Pending science');
    expect(outer.textContent).toBe('below 1.5 2 °C');
    // Nested brackets are nested elements.
    const inner = all(outer, 'inline').map((e) => e.getAttributeNS(TW_NS, 'id'));
    expect(inner).toEqual(['low', 'high']);
  });

  it('writes whole-paragraph options as hcontainers with their proposers, and phrase options with set and index', () => {
    const options = all(root, 'hcontainer').filter((h) => h.getAttribute('name') === 'alternative');
    expect(options.map((o) => o.getAttributeNS(TW_NS, 'proposers'))).toEqual(['party-aurelia', 'party-borealis party-unknown']);
    // Only declared parties are referred to.
    expect(options[1]!.getAttribute('refersTo')).toBe('#party_party-borealis');
    const phrase = all(root, 'inline').filter((i) => i.getAttribute('name') === 'option' && i.getAttributeNS(TW_NS, 'set') === 's-1');
    expect(phrase.map((o) => [o.getAttributeNS(TW_NS, 'index'), o.textContent])).toEqual([
      ['0', 'pre-industrial levels'],
      ['2', '1990 levels'],
    ]);
  });
});
