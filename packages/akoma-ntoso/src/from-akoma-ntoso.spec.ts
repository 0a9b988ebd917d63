import { NotATreatyError, toTreatyText, treatyToYDoc } from '@treaty/treaty-schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromAkomaNtoso } from './from-akoma-ntoso';
import { AKN_EXAMPLES } from './xmllint.testing';

const example = (file: string) => readFileSync(join(AKN_EXAMPLES, file), 'utf8');
const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

describe('fromAkomaNtoso: Akoma Ntoso from elsewhere, best effort', () => {
  it('reads the EU regulation proposal: its 24 articles, paragraphs, citations and recitals, title', () => {
    const imported = fromAkomaNtoso(example('eu_COM-2013-0619_EN-8.xml'));
    expect(() => treatyToYDoc(imported.doc)).not.toThrow();
    const text = toTreatyText(imported.doc);
    expect(imported.title).toBe('Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on new psychoactive substances');
    expect(text.articles).toHaveLength(24);
    expect(text.articles[0]).toMatchObject({ title: 'Subject matter and scope', status: 'open' });
    expect(text.articles[0]!.paragraphs[0]).toMatchObject({
      kind: 'paragraph',
      number: 1,
      text: expect.stringMatching(/^This Regulation establishes rules for restrictions to the free movement of new psychoactive substances/),
    });
    expect(text.preamble.length).toBeGreaterThan(30);
    // Layout white space of the file is not words.
    for (const article of text.articles) expect(article.title ?? '').not.toMatch(/\s{2,}|^\s|\s$/);
    // Each clause gets a fresh id, not the other system's GUIDs.
    expect(new Set(text.articles.map((a) => a.clauseId)).size).toBe(24);
    expect(imported.warnings.map((w) => w.message)).toContain('<chapter> groupings are not kept; the articles in them are');
  });

  it('reads a US act without articles: its sections become articles, with a warning', () => {
    const imported = fromAkomaNtoso(example('us_Act_2011-11-29.xml'));
    const text = toTreatyText(imported.doc);
    expect(text.articles).toHaveLength(7);
    expect(text.articles[0]).toMatchObject({ title: 'SHORT TITLE.' });
    expect(imported.warnings[0]).toMatchObject({ message: 'the document has no articles: its 7 sections were read as articles' });
    expect(imported.warnings[0]!.line).toBeGreaterThan(1);
  });

  it('keeps sub-items as lines of their paragraph, numbered as in the file', () => {
    const text = toTreatyText(fromAkomaNtoso(example('it_senato_ddl_2013.xml')).doc);
    expect(text.articles.length).toBeGreaterThan(0);
    expect(text.articles[0]!.paragraphs[0]!).toMatchObject({ kind: 'paragraph', text: expect.stringContaining('\na) ') });
  });

  it('refuses a debate or a judgment: Akoma Ntoso, but no article in it', () => {
    expect(() => fromAkomaNtoso(example('ke_Debate_Bungeni_2011-06-10.xml'))).toThrow(/no article found in the Akoma Ntoso <debate>/);
    expect(() => fromAkomaNtoso(example('za_Judgement_2008-11-26.xml'))).toThrow(NotATreatyError);
  });
});

describe('fromAkomaNtoso: what is not Akoma Ntoso is refused with the reason', () => {
  const refused = (xml: string, reason: RegExp) => {
    let error: unknown;
    try {
      fromAkomaNtoso(xml);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NotATreatyError);
    expect((error as Error).message).toMatch(reason);
  };

  it('empty or not XML', () => {
    refused('', /empty/);
    refused('   \n', /empty/);
    refused('Article 1. The Parties agree.', /not XML/);
  });

  it('XML that is not well-formed', () => {
    refused(`<akomaNtoso xmlns="${AKN}"><act name="x`, /not well-formed XML/);
    refused(`<akomaNtoso xmlns="${AKN}"><act/></akomaNtoso><second/>`, /not well-formed XML/);
    // A damaged file: closing tags that do not match, a file cut off between two tags.
    refused(`<akomaNtoso xmlns="${AKN}"><act><body></act></body></akomaNtoso>`, /not well-formed XML at line 1/);
    refused(`<akomaNtoso xmlns="${AKN}"><act><body><article>`, /not well-formed XML/);
  });

  it('XML that is not Akoma Ntoso, or another version of it', () => {
    refused('<html><body><p>Article 1</p></body></html>', /not Akoma Ntoso 3\.0: the root element is <html>/);
    refused('<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>', /not Akoma Ntoso 3\.0/);
    refused(`<akomaNtoso xmlns="${AKN}"/>`, /holds no document/);
  });

  it('a DTD or entity declarations (entity expansion, external entities) without expanding anything', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<akomaNtoso xmlns="${AKN}"><act><body><article eId="art_1"><content><p>&b;&b;&b;</p></content></article></body></act></akomaNtoso>`;
    refused(laughs, /DTD or entities/);
    const external = `<?xml version="1.0"?><!DOCTYPE akomaNtoso SYSTEM "file:///etc/passwd"><akomaNtoso xmlns="${AKN}"/>`;
    refused(external, /DTD or entities/);
  });

  it('XML nested thousands deep, which would exhaust the stack', () => {
    const depth = 10_000;
    refused(
      `<akomaNtoso xmlns="${AKN}"><act><body><article><content><p>${'<b>'.repeat(depth)}x${'</b>'.repeat(depth)}</p></content></article></body></act></akomaNtoso>`,
      /nested too deeply/,
    );
  });

  it('reads a minimal act with one article', () => {
    const imported = fromAkomaNtoso(
      `<akomaNtoso xmlns="${AKN}"><act name="act"><body><article eId="art_1"><num>Article 1</num><heading> Scope </heading>` +
        `<paragraph eId="art_1__para_1"><num>1.</num><content><p>This   applies
           to all.</p></content></paragraph></article></body></act></akomaNtoso>`,
      () => 'fixed-id',
    );
    expect(toTreatyText(imported.doc)).toEqual({
      preamble: [],
      articles: [
        {
          clauseId: 'fixed-id',
          number: 1,
          title: 'Scope',
          status: 'open',
          paragraphs: [{ kind: 'paragraph', clauseId: 'fixed-id', number: 1, text: 'This applies to all.', brackets: [] }],
        },
      ],
    });
    expect(imported.title).toBeNull();
  });
});
