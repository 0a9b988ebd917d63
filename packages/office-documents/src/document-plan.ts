/**
 * What a printed revision shows, decided once for every paper format: the words with their
 * brackets already placed, the labels, the notes and the concordance. The DOCX and PDF
 * renderers only lay this out, so a bracket can never open in one format and not the other.
 */
export interface DocumentPlan {
  /** File metadata and the first lines of the first page. */
  negotiationTitle: string;
  title: string;
  /** "Rev.2 — issued 2026-11-30" or "Live text — not an issued revision". */
  status: string;
  /** The running header of every page. */
  header: PageHeader;
  preamble: PlannedSection;
  articles: PlannedSection[];
  /** Every note in number order: DOCX footnotes are made from this list. */
  notes: Note[];
  /** Citations of clauses that this text does not hold (a clause deleted since it was cited). */
  unplacedCitations: string[];
}

export interface PageHeader {
  /** The UN-style symbol, or null for the live text. */
  symbol: string | null;
  /** "Rev.2", "Zero draft", or the live-text notice. */
  label: string;
  sha256: string | null;
}

export interface PlannedSection {
  /** "Preamble", "Article 3". */
  heading: string;
  title: string | null;
  /** "(agreed ad ref.)", "(agreed)", or null while open. */
  status: string | null;
  paragraphs: PlannedParagraph[];
  /** One line per citation of this section's clauses. */
  concordance: string[];
  /** The notes referred to in this section, in number order (the PDF prints them after it). */
  notes: Note[];
}

export interface PlannedParagraph {
  /** "1." for numbered paragraphs, null otherwise. */
  label: string | null;
  /**
   * 0: flush (recitals); 1: an article's paragraphs, text aligned after the number column;
   * 2: paragraphs inside an "Option n:" of an alternatives block.
   */
  indent: 0 | 1 | 2;
  pieces: Piece[];
}

export type Piece =
  | { kind: 'text'; text: string; strong?: boolean }
  | { kind: 'bracket'; text: '[' | ']' }
  | { kind: 'note'; number: number };

export interface Note {
  number: number;
  text: string;
}
