import { CLAUSE_STATUSES, type ClauseStatus } from '@treaty/domain';
import { z } from 'zod';

export const clauseStatusRequest = z.strictObject({ status: z.enum(CLAUSE_STATUSES) });
export type ClauseStatusRequest = z.infer<typeof clauseStatusRequest>;

export const bracketResolutionRequest = z.strictObject({ action: z.enum(['accept', 'drop']) });
export type BracketResolutionRequest = z.infer<typeof bracketResolutionRequest>;

/** `keep` is the 0-based index of the option kept (Option 1 is 0). */
export const alternativeResolutionRequest = z.strictObject({ keep: z.number().int().min(0).max(99) });
export type AlternativeResolutionRequest = z.infer<typeof alternativeResolutionRequest>;

export interface ClauseStatusView {
  clauseId: string;
  /** The article's number now (from its position). */
  number: number;
  status: ClauseStatus;
  previous: ClauseStatus;
  locked: boolean;
}

export interface ResolutionView {
  /** The bracket or the set of alternatives resolved. */
  id: string;
  outcome: 'accepted' | 'dropped' | 'kept';
  /** For alternatives: the option kept (0-based). */
  kept?: number;
  article: { clauseId: string | null; number: number };
}

/** Open brackets and alternatives of one article, by proposing delegation. */
export interface ArticleOpenItems {
  clauseId: string | null;
  number: number;
  title: string | null;
  status: ClauseStatus;
  brackets: { id: string | null; proposers: string[]; reason: string | null; note: string | null; text: string }[];
  alternatives: { id: string | null; options: { proposers: string[]; text: string }[] }[];
}

/** Open brackets and options of the preamble's recitals. */
export type PreambleOpenItems = Pick<ArticleOpenItems, 'brackets' | 'alternatives'> & { recitalsOpen: number };

export interface BracketDashboard {
  /** Brackets and sets of options of the whole text, preamble included. */
  totals: { brackets: number; alternatives: number; articlesOpen: number };
  /** Per proposing delegation id: brackets and options it proposed (or co-proposed). */
  byProposer: { delegationId: string; brackets: number; options: number }[];
  /** Null when no recital holds a bracket or options. */
  preamble: PreambleOpenItems | null;
  articles: ArticleOpenItems[];
}

/** socket.io `join` (API.md, Realtime). */
export const liveJoinRequest = z.strictObject({ draftId: z.uuid() });
