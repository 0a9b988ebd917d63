import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

interface DraftEventMap {
  /** The draft's stage or observer access moved: rights on every channel must be re-decided. */
  'draft.changed': [draftId: string];
}

/** In-process notifications between contexts (drafts → collab); Redis carries them across processes later. */
@Injectable()
export class DraftEvents {
  private readonly emitter = new EventEmitter();

  on<K extends keyof DraftEventMap>(event: K, listener: (...args: DraftEventMap[K]) => void): void {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
  }

  emit<K extends keyof DraftEventMap>(event: K, ...args: DraftEventMap[K]): void {
    this.emitter.emit(event, ...args);
  }
}
