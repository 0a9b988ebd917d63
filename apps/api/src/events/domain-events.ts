import { Injectable } from '@nestjs/common';
import type { Audience } from '@treaty/domain';
import { EventEmitter } from 'node:events';

/** The live events of API.md, sent over socket.io to the draft's room. */
export type LiveEventName =
  | 'stage.changed'
  | 'round.opened'
  | 'round.closed'
  | 'revision.issued'
  | 'comment.added'
  | 'comment.resolved'
  | 'comment.reopened'
  | 'clause.status'
  | 'bracket.resolved'
  | 'alternatives.resolved'
  | 'position.recorded'
  | 'proposal.tabled'
  | 'proposal.accepted'
  | 'proposal.rejected'
  | 'vote.recorded'
  | 'decision.recorded'
  | 'citation.added'
  | 'citation.removed';

/**
 * Something happened in a draft that open pages should show without a reload. `audience`
 * says who may receive it (a delegation's private comment reaches that delegation only);
 * `payload` must hold nothing its audience may not see.
 */
export interface LiveEvent {
  draftId: string;
  name: LiveEventName;
  audience: Audience;
  payload: Record<string, unknown>;
  /**
   * What a recipient must be allowed on the draft: by default reading the live text (events
   * quote it or point into it); a stage move concerns everyone who sees the draft at all.
   */
  requires?: 'text.read' | 'revision.read';
}

interface DomainEventMap {
  /** The draft's stage or observer access moved: rights on every channel must be re-decided. */
  'draft.changed': [draftId: string];
  /** A person's membership in a negotiation was removed or changed: their rights must be re-decided. */
  'member.changed': [negotiationId: string, userId: string];
  /** A coalition was formed in a negotiation: whom its members' delegates speak for changed. */
  'coalition.changed': [negotiationId: string];
  /** For the live-events gateway: emitted after the change it reports is committed. */
  'live': [event: LiveEvent];
  /** A person's change to a draft was refused and undone: their open pages say why. */
  'edit.refused': [draftId: string, userId: string, reason: string];
  /** The draft's live text changed in memory (stored with the batch it is in): views derived from it, like search, may refresh. */
  'text.changed': [draftId: string];
}

/** In-process notifications between contexts (drafts, negotiations → collab); Redis carries them across processes later. */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  on<K extends keyof DomainEventMap>(event: K, listener: (...args: DomainEventMap[K]) => void): void {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
  }

  emit<K extends keyof DomainEventMap>(event: K, ...args: DomainEventMap[K]): void {
    this.emitter.emit(event, ...args);
  }
}
