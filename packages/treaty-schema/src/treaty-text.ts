import type { BracketReason, ClauseStatus } from './clause-status';

/** The structured read model of a draft: what `GET /api/drafts/:id/text` returns. */
export interface TreatyText {
  preamble: RecitalText[];
  articles: ArticleText[];
}

export interface RecitalText {
  clauseId: string | null;
  text: string;
}

export interface ArticleText {
  clauseId: string | null;
  /** 1-based position among the articles. */
  number: number;
  title: string | null;
  status: ClauseStatus;
  paragraphs: (ParagraphText | AlternativesText)[];
}

export interface ParagraphText {
  kind: 'paragraph';
  clauseId: string | null;
  /** Position among the numbered paragraphs of the article; null when unnumbered. */
  number: number | null;
  text: string;
  brackets: BracketText[];
  /** Phrases inside the paragraph offered in competing wordings, set by set. */
  phraseOptions?: PhraseOptionsText[];
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
