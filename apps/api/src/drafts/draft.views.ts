import type { DraftView, TransitionView } from '@treaty/contracts';
import type { DraftAction } from '@treaty/domain';
import type { DraftTransition } from './draft-transition.entity';
import type { Draft } from './draft.entity';

export const toDraftView = (draft: Draft, actions: DraftAction[]): DraftView => ({
  id: draft.id,
  negotiationId: draft.negotiationId,
  title: draft.title,
  stage: draft.stage,
  observerAccess: draft.observerAccess,
  createdAt: draft.createdAt.toISOString(),
  myActions: actions,
});

export const toTransitionView = (t: DraftTransition): TransitionView => ({
  id: t.id,
  from: t.from,
  to: t.to,
  reason: t.reason,
  actor: t.actor ? { id: t.actor.id, name: t.actor.name } : null,
  at: t.createdAt.toISOString(),
});
