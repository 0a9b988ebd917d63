import { OBSERVER_ACCESS, STAGES, type DraftAction, type GuardCheck, type ObserverAccess, type Stage } from '@treaty/domain';
import { z } from 'zod';
import { text } from './common.schema';
import { LIMITS } from './limits';

export const draftSource = z.strictObject({
  // akn: an Akoma Ntoso 3.0 file, such as the workspace's own export (docs/akoma-ntoso.md).
  format: z.enum(['markdown', 'text', 'akn']),
  content: z.string().max(LIMITS.treatySourceChars, `must be at most ${LIMITS.treatySourceChars} characters`),
});

export type DraftSource = z.infer<typeof draftSource>;

export const createDraftRequest = z.strictObject({
  title: text(LIMITS.title).optional(),
  source: draftSource.optional(),
});
export type CreateDraftRequest = z.infer<typeof createDraftRequest>;

export const updateDraftRequest = z
  .strictObject({ title: text(LIMITS.title).optional(), observerAccess: z.enum(OBSERVER_ACCESS).optional() })
  .refine((v) => v.title !== undefined || v.observerAccess !== undefined, 'give title or observerAccess');
export type UpdateDraftRequest = z.infer<typeof updateDraftRequest>;

export const transitionRequest = z.strictObject({
  to: z.enum(STAGES),
  reason: text(LIMITS.description),
});
export type TransitionRequest = z.infer<typeof transitionRequest>;

export interface DraftView {
  id: string;
  negotiationId: string;
  title: string;
  stage: Stage;
  observerAccess: ObserverAccess;
  createdAt: string;
  /** The draft actions the caller may take now. */
  myActions: DraftAction[];
}

export interface CreatedDraftView extends DraftView {
  /** What the importer could not place, with the source line. */
  warnings: { line: number; message: string }[];
}

export interface TransitionView {
  id: string;
  from: Stage;
  to: Stage;
  reason: string;
  actor: { id: string; name: string } | null;
  at: string;
}

/** `GET /api/drafts/:id/workflow`: where the draft may go next, each move with its guards met or not. */
export interface WorkflowView {
  stage: Stage;
  next: { to: Stage; guards: GuardCheck[] }[];
}
