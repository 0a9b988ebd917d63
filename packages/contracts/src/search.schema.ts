import { z } from 'zod';
import { text, uuid } from './common.schema';
import { LIMITS } from './limits';

/** Longer questions are not searches but pasted text; the bound keeps the query plan cheap. */
export const SEARCH_QUERY_MAX = 200;
/** Hits are ranked, so a page is a slice of the ranking; past this many, refine the words. */
export const SEARCH_PAGE_MAX = 50;
export const SEARCH_DEPTH_MAX = 500;

export const SEARCH_HIT_KINDS = ['draft', 'revision', 'comment'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

/**
 * `GET /api/search`: the words (web-search syntax: `"a phrase"`, `or`, `-word`), optionally
 * within one negotiation. The cursor is where the next slice of the ranking starts.
 */
export const searchQuery = z.strictObject({
  q: text(SEARCH_QUERY_MAX),
  negotiationId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_PAGE_MAX).default(20),
  cursor: z
    .string()
    .max(LIMITS.cursor)
    .regex(/^\d{1,4}$/, 'must be a cursor from a previous page')
    .refine((value) => Number(value) < SEARCH_DEPTH_MAX, `must be below ${SEARCH_DEPTH_MAX}`)
    .optional(),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export interface SearchHit {
  kind: SearchHitKind;
  draftId: string;
  draftTitle: string;
  negotiationId: string;
  /** The clause the words are in (a comment's: the clause it is anchored to). */
  clauseId: string;
  /** Null for a recital or a comment on one. */
  articleNumber: number | null;
  /** Within the article; null for the article's own heading or an unnumbered paragraph. */
  paragraphNumber: number | null;
  /** For `revision` hits: which revision the words are in. */
  revision?: { number: number; label: string };
  /** For `comment` hits. */
  commentId?: string;
  /** HTML: the matching words in `<mark>`, everything else escaped. */
  snippet: string;
  rank: number;
}
