import { z } from 'zod';
import { text } from './common.schema';
import { draftSource } from './draft.schema';
import { LIMITS } from './limits';

export const openRoundRequest = z
  .strictObject({
    name: text(LIMITS.title),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    endsAt: z.iso.datetime({ offset: true }).optional(),
    venue: text(LIMITS.name).optional(),
  })
  .refine((r) => !r.startsAt || !r.endsAt || Date.parse(r.startsAt) <= Date.parse(r.endsAt), {
    message: 'must not be before startsAt',
    path: ['endsAt'],
  });
export type OpenRoundRequest = z.infer<typeof openRoundRequest>;

/**
 * A revision issued outside a round; without `label` it is named by its number (Zero draft,
 * Rev.n). With `source`, the text received as a file becomes the live text first, and the
 * revision is of it (a version circulated outside the workspace, or a history brought in).
 */
export const issueRevisionRequest = z.strictObject({ label: text(LIMITS.name).optional(), source: draftSource.optional() });
export type IssueRevisionRequest = z.infer<typeof issueRevisionRequest>;

/** A text received as a file, to see what it would change before issuing it. */
export const receivedTextPreviewRequest = z.strictObject({ source: draftSource });
export type ReceivedTextPreviewRequest = z.infer<typeof receivedTextPreviewRequest>;

/** `:n` of the revision routes: 0 is the zero draft. */
export const revisionNumberParam = z
  .string()
  .regex(/^\d{1,7}$/, 'must be a revision number (0 is the zero draft)')
  .transform(Number);

export interface RoundView {
  id: string;
  name: string;
  startsAt: string | null;
  endsAt: string | null;
  venue: string | null;
  openedAt: string;
  closedAt: string | null;
  /** The revision its closing issued. */
  revisionNumber: number | null;
}

export interface RevisionSummary {
  number: number;
  label: string;
  /** UN-style document symbol, e.g. `TW/2026/0A1B2C3D/Rev.2`. */
  symbol: string;
  /** SHA-256 (hex) of the canonical JSON of the revision's text. */
  sha256: string;
  bracketCount: number;
  optionCount: number;
  roundId: string | null;
  createdAt: string;
}

/** A revision issued from a text received as a file, with what the import could not place. */
export interface ImportedRevisionView extends RevisionSummary {
  warnings: { line: number; message: string }[];
}

export interface ClosedRoundView {
  round: RoundView;
  revision: RevisionSummary;
}
