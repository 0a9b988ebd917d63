import type { DraftView, TransitionView } from '@treaty/contracts';
import { allowedDraftActions, type Actor } from '@treaty/domain';
import type { DraftTransition } from './draft-transition.entity';
import type { Draft } from './draft.entity';

/** The draft as `actor` sees it, with what they may do on it now. */
export const toDraftView = (draft: Draft, actor: Actor): DraftView => ({
  id: draft.id,
  negotiationId: draft.negotiationId,
  title: draft.title,
  stage: draft.stage,
  observerAccess: draft.observerAccess,
  createdAt: draft.createdAt.toISOString(),
  myActions: allowedDraftActions(actor, { stage: draft.stage, observerAccess: draft.observerAccess }),
});

export const toTransitionView = (t: DraftTransition): TransitionView => ({
  id: t.id,
  from: t.from,
  to: t.to,
  reason: t.reason,
  actor: t.actor ? { id: t.actor.id, name: t.actor.name } : null,
  at: t.createdAt.toISOString(),
});
