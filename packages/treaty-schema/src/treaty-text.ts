import type { BracketReason, ClauseStatus } from './clause-status';

/** The structured read model of a draft: what `GET /api/drafts/:id/text` returns. */
export interface TreatyText {
  preamble: RecitalText[];
  articles: ArticleText[];
}

export interface RecitalText extends NegotiatedWords {
  clauseId: string | null;
  text: string;
}

/**
 * What is not agreed inside a run of words. Present only where there is some, so a text
 * without brackets reads (and hashes) as it always did.
 */
export interface NegotiatedWords {
  brackets?: BracketText[];
  /** Phrases offered in competing wordings, set by set. */
  phraseOptions?: PhraseOptionsText[];
  /**
   * The words in order, each run with the brackets (indexes into `brackets`, outermost first)
   * and the phrase option (`set` indexes `phraseOptions`) it lies in: where each bracket opens
   * and closes, which exports and imports need and `text` alone cannot say.
   */
  runs?: TextRun[];
}

export interface TextRun {
  text: string;
  brackets?: number[];
  option?: { set: number; index: number };
}

export interface ArticleText {
  clauseId: string | null;
  /** 1-based position among the articles. */
  number: number;
  title: string | null;
  status: ClauseStatus;
  paragraphs: (ParagraphText | AlternativesText)[];
}

export interface ParagraphText extends NegotiatedWords {
  kind: 'paragraph';
  clauseId: string | null;
  /** Position among the numbered paragraphs of the article; null when unnumbered. */
  number: number | null;
  text: string;
  brackets: BracketText[];
}

/** One set of competing wordings of a phrase: Option 1, Option 2 … with their proposers. */
export interface PhraseOptionsText {
  id: string | null;
  options: { proposers: string[]; text: string }[];
}

export interface AlternativesText {
  kind: 'alternatives';
  id: string | null;
  number: number | null;
  options: { proposers: string[]; paragraphs: ParagraphText[] }[];
}

export interface BracketText {
  id: string | null;
  proposers: string[];
  reason: BracketReason | null;
  note: string | null;
  /** The bracketed words, as one string (nested brackets appear inside their parents' text too). */
  text: string;
}
