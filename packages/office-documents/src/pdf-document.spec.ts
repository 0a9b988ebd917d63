import { join } from 'node:path';
import { importTreaty, toTreatyText } from '@treaty/treaty-schema';
import { readFileSync } from 'node:fs';
import { describeWithTools, expectInOrder, pdfText } from './external-tools.spec-helper';
import { toPdf } from './pdf-document';
import { SAMPLE_SHA256, SAMPLE_SYMBOL, sampleSource } from './sample-document-source';

/** pdftotext's pages (it ends each with a form feed). */
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim().length > 0);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('PDF of a revision', () => {
  it('is a PDF carrying the title and symbol in its metadata', async () => {
    const pdf = await toPdf(sampleSource());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('Agreement on Climate Cooperation');
  });

  describeWithTools(['pdftotext'], 'read back with pdftotext', () => {
    let text: string;
    beforeAll(async () => {
      text = pdfText(await toPdf(sampleSource()), { layout: true });
    });

    it('reads in order: title, preamble, numbered articles with their status, brackets as brackets, notes after each article (numbered as in the DOCX)', () => {
      expectInOrder(oneLine(text), [
        'Climate Cooperation Talks 2026',
        'Agreement on Climate Cooperation',
        'Rev.2 — issued 2026-11-28',
        'Preamble',
        'Recognizing [the “common but differentiated responsibilities” of Parties]¹,',
        'Noting decisions 1/CP.21 & 2/CP.21 <as adopted> and "Article 4",',
        '1 Bracketed by Borealis: wording to be modified.',
        'Article 1 — Definitions (agreed)',
        '1. “Emissions” means the release of CO₂ and other greenhouse gases into the atmosphere — the régime’s central term.',
        'Article 2 — Objective',
        '1. Parties shall hold the increase in temperature [well below [1.5]²[2]³ °C above pre-industrial levels]⁴ [by [2050]⁵ at the latest]⁶.',
        '2. Option 1:⁷',
        'Each Party shall report annually.',
        'Option 2:⁸',
        'Each Party shall report [biennially]⁹.',
        '3. Parties shall cooperate on research and systematic observation.',
        'Concordance',
        'paragraph 3: United Nations Framework Convention on Climate Change (1992), Article 5(a)',
        '2 Option 1 of 2, proposed by Aurelia.',
        '6 Bracketed by Northern Coalition: proposed for deletion.',
        '8 Option 2 of 2, proposed by Borealis and Northern Coalition.',
        '9 Bracketed by Aurelia: proposed for deletion.',
        'Article 3 — Review (agreed ad ref.)',
        'Page 1 of 1',
      ]);
      expect(text).not.toMatch(/0b3c2f4e-/);
    });

    it('heads the page with the symbol and the SHA-256', () => {
      expect(pagesOf(text)[0]).toContain(`${SAMPLE_SYMBOL} · Rev.2`);
      expect(pagesOf(text)[0]).toContain(`SHA-256 ${SAMPLE_SHA256}`);
    });

    it('heads every page of a long text (the Paris Agreement) and numbers the pages', async () => {
      const imported = importTreaty(readFileSync(join(__dirname, '../../../fixtures/treaties/paris-agreement-2015.md'), 'utf8'), 'markdown');
      const paris = pdfText(await toPdf({ ...sampleSource(), draft: { id: 'p', title: 'Paris Agreement' }, text: toTreatyText(imported.doc), citations: [] }), { layout: true });
      const pages = pagesOf(paris);
      expect(pages.length).toBeGreaterThan(5);
      pages.forEach((page, i) => {
        expect(page).toContain(SAMPLE_SHA256);
        expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      expectInOrder(oneLine(paris), ['Preamble', 'Have agreed as follows:', 'Article 1', 'Article 2', '1. This Agreement', '(a) Holding the increase in the global average temperature to well below 2 °C', 'Article 29']);
    });

    it('says "Live text — not an issued revision" on the live text, and prints no hash', async () => {
      const live = pdfText(await toPdf({ ...sampleSource(), revision: null }));
      expect(pagesOf(live)[0]).toContain('Live text — not an issued revision');
      expect(live).not.toContain('SHA-256');
    });
  });
});
