import { join } from 'node:path';
import { countBrackets, importTreaty, toTreatyText, type DocumentSource } from '@treaty/treaty-schema';
import { readFileSync } from 'node:fs';
import type { Piece } from './document-plan';
import { describeWithTools, pdfText } from './external-tools.spec-helper';
import { planDocument } from './plan-document';
import { toPdf } from './pdf-document';
import { sampleSource } from './sample-document-source';

/**
 * The Paris draft agreement of 23 October 2015: a real negotiating text with some 1,050 bracket
 * characters, nested brackets, [a][b] phrase options and Option blocks, imported as structure.
 * Printing it must give every bracket back.
 */
const NEGOTIATING_TEXT = join(__dirname, '../../../fixtures/treaties/negotiating/paris-2015-10-23-adp-draft-agreement.md');

const opening = (text: string) => text.split('[').length - 1;

describe('printing a real negotiating text (Paris, 23 October 2015)', () => {
  const text = toTreatyText(importTreaty(readFileSync(NEGOTIATING_TEXT, 'utf8'), 'markdown').doc);
  const source: DocumentSource = { ...sampleSource(), draft: { id: 'adp', title: 'Draft agreement' }, text, parties: [], citations: [] };
  const plan = planDocument(source);
  const paragraphs = [plan.preamble, ...plan.articles].flatMap((section) => section.paragraphs);

  it('opens and closes every bracket within its paragraph, never closing one that is not open', () => {
    for (const { pieces } of paragraphs) {
      let depth = 0;
      for (const piece of pieces) {
        if (piece.kind !== 'bracket') continue;
        depth += piece.text === '[' ? 1 : -1;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });

  it('prints at least one [ … ] for every bracket and every phrase option of the text, and the words unchanged', () => {
    const printed = paragraphs.flatMap((p) => p.pieces).filter((p): p is Extract<Piece, { kind: 'bracket' }> => p.kind === 'bracket' && p.text === '[');
    const phraseOptions = new Set(
      [...text.preamble, ...text.articles.flatMap((a) => a.paragraphs.flatMap((p) => (p.kind === 'paragraph' ? [p] : p.options.flatMap((o) => o.paragraphs))))]
        .flatMap((w) => (w.phraseOptions ?? []).flatMap((set) => set.options.map((_, i) => `${set.id}/${i}`))),
    );
    expect(countBrackets(text)).toBeGreaterThan(500);
    expect(printed.length).toBeGreaterThanOrEqual(countBrackets(text) + phraseOptions.size);
    // Word for word: each recital and paragraph of the text is one printed paragraph (the
    // "Option n:" headings are the printed paragraphs in between).
    const words = (pieces: Piece[]) => pieces.flatMap((p) => (p.kind === 'text' ? [p.text] : [])).join('');
    const model = [
      ...text.preamble.map((r) => r.text),
      ...text.articles.flatMap((a) => a.paragraphs.flatMap((p) => (p.kind === 'paragraph' ? [p.text] : p.options.flatMap((o) => o.paragraphs.map((q) => q.text))))),
    ];
    const printedParagraphs = paragraphs.filter((p) => !p.pieces.some((piece) => piece.kind === 'text' && piece.strong));
    expect(printedParagraphs.map((p) => words(p.pieces))).toEqual(model);
  });

  describeWithTools(['pdftotext'], 'read back from the PDF', () => {
    it('shows every bracket the plan prints (and any kept as characters) on paper, and never ends a page with a heading', async () => {
      const inPlan = paragraphs.flatMap((p) => p.pieces).reduce((n, p) => n + (p.kind === 'bracket' ? (p.text === '[' ? 1 : 0) : p.kind === 'text' ? opening(p.text) : 0), 0);
      const notes = plan.notes.reduce((n, note) => n + opening(note.text), 0);
      const paper = pdfText(await toPdf(source), { layout: true });
      expect(opening(paper)).toBe(inPlan + notes);
      // No page ends with an article's heading, its text on the next.
      const lastLines = paper
        .split('\f')
        .map((page) => page.split('\n').map((line) => line.trim()).filter((line) => line && !/^Page \d+ of \d+$/.test(line)).at(-1) ?? '');
      expect(lastLines.length).toBeGreaterThan(30);
      expect(lastLines.filter((line) => /^Article \d+( — .+)?$/.test(line))).toEqual([]);
    }, 120_000);
  });
});
