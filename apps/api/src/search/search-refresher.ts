import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../events/domain-events';
import { SearchIndex } from './search-index';

/**
 * How long the live text must rest before it is re-indexed: typing sends an update per
 * keystroke, and reading a whole document per keystroke would cost more than the search saves.
 */
export const REFRESH_DEBOUNCE_MS = 2_000;

/**
 * Re-indexes in the background so that searches rarely wait: a draft's live text once it has
 * rested after a change, a revision as soon as it is issued. Searches do not depend on it —
 * `SearchIndex.catchUp` brings in anything still behind — so a lost refresh costs time, not hits.
 */
@Injectable()
export class SearchRefresher implements OnModuleInit, BeforeApplicationShutdown {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private readonly logger = new Logger('SearchRefresher');
  private stopped = false;

  constructor(
    private readonly events: DomainEvents,
    private readonly index: SearchIndex,
  ) {}

  onModuleInit(): void {
    this.events.on('text.changed', (draftId) => this.schedule(draftId));
    this.events.on('live', (event) => {
      if (event.name === 'revision.issued') this.run(() => this.index.catchUp([], [event.draftId]));
    });
  }

  /** Resolves once every refresh scheduled so far has run (tests, shutdown). */
  async settled(): Promise<void> {
    for (const [draftId, timer] of this.timers) {
      clearTimeout(timer);
      this.timers.delete(draftId);
      this.run(() => this.index.refreshLiveText(draftId));
    }
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private schedule(draftId: string): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(draftId));
    const timer = setTimeout(() => {
      this.timers.delete(draftId);
      this.run(() => this.index.refreshLiveText(draftId));
    }, REFRESH_DEBOUNCE_MS);
    timer.unref();
    this.timers.set(draftId, timer);
  }

  private run(work: () => Promise<void>): void {
    if (this.stopped) return;
    const done: Promise<void> = work()
      .catch((error: unknown) => this.logger.warn(`search refresh failed (the next search catches up): ${String(error)}`))
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }
}
