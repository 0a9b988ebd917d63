import { join } from 'node:path';
import { importTreaty, toTreatyText, type DocumentSource } from '@treaty/treaty-schema';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { toDocx } from './docx-document';
import { describeWithTools, expectInOrder, libreOfficePdf, pdfText } from './external-tools.spec-helper';
import { SAMPLE_SHA256, SAMPLE_SYMBOL, sampleSource } from './sample-document-source';

const piece = (m: RegExpMatchArray): string => {
  if (m[3]) return `^${m[3]}`;
  if (m[2]) return m[2] === 'tab' ? '\t' : '\n';
  return m[1] ?? '';
};

/** One part of the DOCX as XML; a missing part fails the spec. */
function partXml(files: Record<string, Uint8Array>, name: string): string {
  const xml = files[name];
  if (!xml) throw new Error(`${name} is missing from the DOCX`);
  return strFromU8(xml);
}

/** The words of one Word XML part, a line per paragraph (w:p), tabs as tabs. */
function partText(files: Record<string, Uint8Array>, name: string): string {
  return partXml(files, name)
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>|<w:footnoteReference w:id="(\d+)"\/>/g)].map(piece).join(''))
    .filter((line) => line.length > 0)
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');
/**
 * LibreOffice may break "pre-industrial" at its hyphen, and pdftotext joins the two halves
 * without it: compare words without hyphens when the line breaks are LibreOffice's.
 */
const unhyphenated = (text: string) => oneLine(text).replace(/-/g, '');

const parisSource = (): DocumentSource => {
  const imported = importTreaty(readFileSync(join(__dirname, '../../../fixtures/treaties/paris-agreement-2015.md'), 'utf8'), 'markdown');
  return { ...sampleSource(), draft: { id: 'p', title: imported.title ?? 'Paris Agreement' }, text: toTreatyText(imported.doc), citations: [] };
};

describe('DOCX of a revision', () => {
  let files: Record<string, Uint8Array>;
  let docx: Buffer;
  beforeAll(async () => {
    docx = await toDocx(sampleSource());
    files = unzipSync(docx);
  });

  it('heads every page with a real Word header holding the symbol, label and SHA-256', () => {
    const headers = Object.keys(files).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers).not.toHaveLength(0);
    const text = headers.map((name) => partText(files, name)).join('\n');
    expect(text).toContain(`${SAMPLE_SYMBOL} · Rev.2`);
    expect(text).toContain(`SHA-256 ${SAMPLE_SHA256}`);
    expect(partXml(files, 'word/document.xml')).toMatch(/<w:headerReference w:type="default"/);
    expect(partText(files, 'word/footer1.xml')).toMatch(/^Page .*of/);
    expect(partXml(files, 'word/footer1.xml')).toContain('PAGE');
  });

  it('numbers articles and paragraphs and shows brackets as brackets with real footnotes after them', () => {
    const body = partText(files, 'word/document.xml');
    expectInOrder(body, [
      'Agreement on Climate Cooperation',
      'Rev.2 — issued 2026-11-28',
      'Preamble',
      'Recognizing [the “common but differentiated responsibilities” of Parties]^1,',
      'Noting decisions 1/CP.21 & 2/CP.21 <as adopted> and "Article 4",',
      'Article 1 — Definitions (agreed)',
      '1.\t“Emissions” means the release of CO₂',
      'Article 2 — Objective',
      '1.\tParties shall hold the increase in temperature [well below [1.5]^2[2]^3 °C above pre-industrial levels]^4 [by [2050]^5 at the latest]^6.',
      '2.\tOption 1:^7',
      'Each Party shall report annually.',
      'Option 2:^8',
      'Each Party shall report [biennially]^9.',
      '3.\tParties shall cooperate',
      'Concordance',
      'paragraph 3: United Nations Framework Convention on Climate Change (1992), Article 5(a)',
      'Article 3 — Review (agreed ad ref.)',
    ]);
  });

  it('names the proposers of each bracket and option in the footnotes, never their ids', () => {
    const notes = partText(files, 'word/footnotes.xml');
    expectInOrder(notes, [
      'Bracketed by Borealis: wording to be modified.',
      'Option 1 of 2, proposed by Aurelia.',
      'Option 2 of 2, proposed by Northern Coalition.',
      'Bracketed by Aurelia and Borealis.',
      'Linked to the finance article.',
      'Option 2 of 2, proposed by Borealis and Northern Coalition.',
      'Bracketed by Aurelia: proposed for deletion.',
    ]);
    expect(partXml(files, 'word/footnotes.xml')).toMatch(/<w:footnote w:id="9"/);
    expect(Object.values(files).map((bytes) => strFromU8(bytes)).join('')).not.toMatch(/0b3c2f4e-/);
  });

  it('says "Live text — not an issued revision" in the header of the live text', async () => {
    const live = unzipSync(await toDocx({ ...sampleSource(), revision: null }));
    const header = Object.keys(live).filter((name) => name.startsWith('word/header')).map((name) => partText(live, name)).join('\n');
    expect(header).toContain('Live text — not an issued revision');
    expect(header).not.toContain('SHA-256');
  });

  it('prints the Paris Agreement whole: 29 numbered articles, preamble first, sub-items on their own lines', async () => {
    const paris = unzipSync(await toDocx(parisSource()));
    const body = partText(paris, 'word/document.xml');
    expectInOrder(body, ['Paris Agreement', 'Preamble', 'The Parties to this Agreement,', 'Article 1', 'In addition:\n(a) "Convention" means', 'Article 2', '1.\tThis Agreement', 'Article 29']);
    expect(body).not.toContain('Article 30');
    expect(body.match(/^Article \d+$/gm)).toHaveLength(29);
  });

  describeWithTools(['soffice', 'pdftotext'], 'opened in LibreOffice', () => {
    it('keeps the header, numbers, brackets and footnotes when LibreOffice prints it', () => {
      const text = pdfText(libreOfficePdf(docx));
      expect(text).toContain(SAMPLE_SYMBOL);
      expect(text).toContain(SAMPLE_SHA256);
      expectInOrder(unhyphenated(text), [
        'Article 2',
        '1. Parties shall hold the increase in temperature [well below [1.5]2[2]3 °C above preindustrial levels]4 [by [2050]5 at the latest]6.',
        'Option 1:7',
        'Each Party shall report [biennially]9.',
      ]);
      expect(text).toContain('Bracketed by Aurelia and Borealis.');
      expect(oneLine(text)).toContain('Noting decisions 1/CP.21 & 2/CP.21 <as adopted> and "Article 4",');
      expect(oneLine(text)).toContain('“Emissions” means the release of CO₂ and other greenhouse gases into the atmosphere — the régime’s central term.');
      expect(text).toMatch(/Page 1 of \d/);
    }, 180_000);
  });
});
