export type { DocumentPlan, Note, Piece, PlannedParagraph, PlannedSection } from './document-plan';
export { planDocument, LIVE_TEXT } from './plan-document';
export { toDocx } from './docx-document';
export { toPdf } from './pdf-document';
