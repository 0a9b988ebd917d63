import type { DocumentSource } from '@treaty/treaty-schema';
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { DocumentPlan, Piece, PlannedParagraph, PlannedSection } from './document-plan';
import { paragraphLines } from './paragraph-lines';
import { planDocument } from './plan-document';

// Times New Roman is what UN documents use and what every Word has; LibreOffice substitutes
// a metric-compatible serif where it is missing.
const FONT = 'Times New Roman';
const BLACK = '000000';
/** Twips: the width of the number column; an option's paragraphs sit one column further in. */
const HANGING = 567;

/** A Word document of the revision (or live text): real header, page numbers and footnotes. */
export async function toDocx(source: DocumentSource): Promise<Buffer> {
  const plan = planDocument(source);
  const document = new Document({
    title: plan.title,
    subject: plan.negotiationTitle,
    creator: 'Treaty Workspace',
    description: plan.status,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    // Word puts the note's number first; the space keeps it off the words, as Word's own notes do.
    footnotes: Object.fromEntries(plan.notes.map((note) => [note.number, { children: [new Paragraph({ children: [new TextRun({ text: ` ${note.text}`, size: 20 })] })] }])),
    sections: [
      {
        headers: { default: pageHeader(plan) },
        footers: { default: pageFooter() },
        children: [...titleBlock(plan), ...sectionBlock(plan.preamble), ...plan.articles.flatMap(sectionBlock), ...unplaced(plan)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function pageHeader({ header }: DocumentPlan): Header {
  const small = (text: string) => new TextRun({ text, size: 16 });
  const lines = [new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(header.symbol ? `${header.symbol} · ${header.label}` : header.label)] })];
  if (header.sha256) lines.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(`SHA-256 ${header.sha256}`)] }));
  return new Header({ children: lines });
}

function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
  });
}

function titleBlock(plan: DocumentPlan): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: plan.negotiationTitle, smallCaps: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: plan.title, bold: true, size: 36, color: BLACK })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: plan.status, italics: true })] }),
  ];
}

function sectionBlock(section: PlannedSection): Paragraph[] {
  // Black, as treaty texts are printed: Word's built-in heading styles would colour them.
  const heading = [new TextRun({ text: section.heading, bold: true, color: BLACK })];
  if (section.title) heading.push(new TextRun({ text: ` — ${section.title}`, bold: true, color: BLACK }));
  if (section.status) heading.push(new TextRun({ text: ` ${section.status}`, italics: true, color: BLACK }));
  const blocks = [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, keepNext: true, children: heading })];
  blocks.push(...section.paragraphs.flatMap(paragraph));
  if (section.concordance.length > 0) {
    blocks.push(new Paragraph({ spacing: { before: 60 }, children: [new TextRun({ text: 'Concordance', italics: true, size: 20 })] }));
    blocks.push(...section.concordance.map((line) => new Paragraph({ indent: { left: HANGING }, children: [new TextRun({ text: line, size: 20 })] })));
  }
  return blocks;
}

/**
 * The number hangs in the margin of the text column, so every line of an article aligns; its
 * (a), (b) … lines are Word paragraphs of their own, one column further in.
 */
function paragraph(planned: PlannedParagraph): Paragraph[] {
  const [first = [], ...items] = paragraphLines(planned.pieces);
  const label: ParagraphChild[] = planned.label !== null ? [new TextRun(planned.label), new TextRun({ children: [new Tab()] })] : [];
  const after = (last: boolean) => ({ after: last ? 120 : 40 });
  return [
    new Paragraph({
      spacing: after(items.length === 0),
      indent: planned.indent === 0 ? undefined : { left: HANGING * planned.indent, hanging: planned.label !== null ? HANGING : 0 },
      children: [...label, ...first.flatMap(run)],
    }),
    ...items.map(
      (line, i) => new Paragraph({ spacing: after(i === items.length - 1), indent: { left: HANGING * (planned.indent + 1) }, children: line.flatMap(run) }),
    ),
  ];
}

function run(piece: Piece): ParagraphChild[] {
  if (piece.kind === 'note') return [new FootnoteReferenceRun(piece.number)];
  if (piece.kind === 'bracket') return [new TextRun(piece.text)];
  return [new TextRun({ text: piece.text, bold: piece.strong })];
}

function unplaced(plan: DocumentPlan): Paragraph[] {
  if (plan.unplacedCitations.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun({ text: 'Concordance of clauses no longer in this text', bold: true, color: BLACK })] }),
    ...plan.unplacedCitations.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 20 })] })),
  ];
}
