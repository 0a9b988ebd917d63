import type { DocumentSource } from '@treaty/treaty-schema';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentPlan, Note, Piece, PlannedParagraph, PlannedSection } from './document-plan';
import { paragraphLines } from './paragraph-lines';
import { planDocument } from './plan-document';

// Roboto ships with pdfmake and covers what treaty texts hold (“ ” — ° ₂ é …), so the PDF looks
// the same on every server whatever fonts the machine has.
const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const MARGIN = 56;
const LABEL_WIDTH = 24;

/**
 * pdfmake's Node API is one shared instance, so its fonts and access policies are set before
 * every document (createPdf reads them at once): another user of pdfmake in the process cannot
 * leave us without Roboto. A text never names a file or URL, yet pdfmake would fetch images and
 * fonts it is told about, so only our fonts may be read and no URL.
 */
function printer(): typeof pdfmake {
  pdfmake.setFonts({
    Roboto: {
      normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  return pdfmake;
}

/**
 * A PDF of the revision (or live text): header with symbol and hash on every page, page numbers.
 * pdfmake has no footnotes, so each article's notes are printed, numbered, at the end of that
 * article (the numbers are the document's, the same as the DOCX footnotes).
 */
export async function toPdf(source: DocumentSource): Promise<Buffer> {
  return printer().createPdf(definition(planDocument(source))).getBuffer();
}

function definition(plan: DocumentPlan): TDocumentDefinitions {
  const { header } = plan;
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, 64, MARGIN, 48],
    info: { title: plan.title, subject: plan.negotiationTitle, creator: 'Treaty Workspace', keywords: header.symbol ?? '' },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    header: () => ({
      margin: [MARGIN, 24, MARGIN, 0],
      alignment: 'right',
      fontSize: 7.5,
      color: '#444444',
      stack: [header.symbol ? `${header.symbol} · ${header.label}` : header.label, ...(header.sha256 ? [`SHA-256 ${header.sha256}`] : [])],
    }),
    footer: (page: number, pages: number) => ({ text: `Page ${page} of ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 16, 0, 0] }),
    content: [
      { text: plan.negotiationTitle, alignment: 'center', fontSize: 10, margin: [0, 0, 0, 4] },
      { text: plan.title, alignment: 'center', bold: true, fontSize: 16, margin: [0, 0, 0, 4] },
      { text: plan.status, alignment: 'center', italics: true, margin: [0, 0, 0, 12] },
      ...sectionContent(plan.preamble),
      ...plan.articles.flatMap(sectionContent),
      ...unplaced(plan),
    ],
  };
}

function sectionContent(section: PlannedSection): Content[] {
  const heading: Content = {
    text: [
      { text: section.heading, bold: true },
      ...(section.title ? [{ text: ` — ${section.title}`, bold: true }] : []),
      ...(section.status ? [{ text: ` ${section.status}`, italics: true }] : []),
    ],
    fontSize: 11.5,
    margin: [0, 10, 0, 4],
  };
  const [first, ...rest] = section.paragraphs.map(paragraph);
  const content: Content[] = first ? [...keptWithNext(heading, first), ...rest] : [heading];
  if (section.concordance.length > 0) {
    content.push({ text: 'Concordance', italics: true, fontSize: 9, margin: [0, 2, 0, 0] });
    content.push(...section.concordance.map((line): Content => ({ text: line, fontSize: 9, margin: [LABEL_WIDTH, 0, 0, 0] })));
  }
  if (section.notes.length > 0) content.push(notes(section.notes));
  return content;
}

/** Room for about two lines of text, the least that may follow a heading on its page. */
const KEEP_WITH_NEXT = 30;

/**
 * A heading never ends a page. pdfmake has no keep-with-next, its `pageBreakBefore` hook lays
 * the whole document out again for every break it adds (minutes for UNCLOS), and an unbreakable
 * block of heading and paragraph would lose whatever of a long paragraph passes the page end.
 * So the heading is unbreakable together with an empty canvas two lines high, whose room the
 * paragraph then takes back (a negative top margin): without that room left on the page, the
 * heading moves to the next one.
 */
function keptWithNext(heading: Content, next: Content): Content[] {
  return [
    { unbreakable: true, stack: [heading, { canvas: [], margin: [0, 0, 0, KEEP_WITH_NEXT] }] },
    { stack: [next], margin: [0, -KEEP_WITH_NEXT, 0, 0] },
  ];
}

/**
 * The number hangs in a column of its own, so every line of an article aligns; the paragraph's
 * (a), (b) … lines sit one column further in.
 */
function paragraph(planned: PlannedParagraph): Content {
  const [first = [], ...items] = paragraphLines(planned.pieces);
  const text: Content = {
    margin: [0, 0, 0, 5],
    stack: [{ text: first.map(inline) }, ...items.map((line): Content => ({ text: line.map(inline), margin: [LABEL_WIDTH, 2, 0, 0] }))],
  };
  if (planned.indent === 0) return text;
  return { columns: [{ width: LABEL_WIDTH * planned.indent, text: planned.label ?? '' }, { width: '*', ...text }] };
}

function inline(piece: Piece): Content {
  if (piece.kind === 'note') return { text: superscript(piece.number) };
  if (piece.kind === 'bracket') return { text: piece.text };
  return { text: piece.text, bold: piece.strong ?? false };
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Note numbers as superscript characters, not raised text: copied or read by a screen reader or
 * pdftotext they stay next to the bracket they belong to (pdfmake's `sup` moves them a line up).
 */
const superscript = (n: number) => [...String(n)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');

function notes(list: Note[]): Content {
  return {
    margin: [0, 4, 0, 6],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5 }], margin: [0, 0, 0, 3] },
      ...list.map((note): Content => ({ columns: [{ width: 14, text: `${note.number}` }, { width: '*', text: note.text }], fontSize: 8.5 })),
    ],
  };
}

function unplaced(plan: DocumentPlan): Content[] {
  if (plan.unplacedCitations.length === 0) return [];
  return [
    { text: 'Concordance of clauses no longer in this text', bold: true, margin: [0, 10, 0, 4] },
    ...plan.unplacedCitations.map((line): Content => ({ text: line, fontSize: 9 })),
  ];
}
