import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

interface DomainEventMap {
  /** The draft's stage or observer access moved: rights on every channel must be re-decided. */
  'draft.changed': [draftId: string];
  /** A person's membership in a negotiation was removed or changed: their rights must be re-decided. */
  'member.changed': [negotiationId: string, userId: string];
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
