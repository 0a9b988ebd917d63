import { Logger } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessOf, syncUpdate } from './collab-protocol';
import type { Author, UpdateStore } from './update-store';

/** What a document needs of a connection: somewhere to send bytes. */
export interface Peer {
  send(message: Uint8Array): void;
}

/** Merge the log into a snapshot once this many updates have piled up since the last one. */
const SNAPSHOT_EVERY = 500;

/**
 * One draft's document in memory, shared by its connections. Every change goes through one
 * queue: stored in PostgreSQL first, then applied and relayed, so nobody ever sees an update
 * that a crash could lose, and updates are applied in the order they were stored.
 */
export class LiveDocument {
  readonly ydoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  readonly peers = new Set<Peer>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly logger = new Logger('LiveDocument');

  constructor(
    readonly draftId: string,
    private readonly store: UpdateStore,
    private lastSeq: string | null,
    private updatesSinceSnapshot: number,
  ) {
    // The server's own awareness state would show as a phantom participant.
    this.awareness.setLocalState(null);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => this.broadcast(syncUpdate(update), origin));
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      this.broadcast(awarenessOf(this.awareness, [...added, ...updated, ...removed]), origin);
    });
  }

  /** Runs `work` after everything queued before it (and before anything queued after). */
  enqueue<T>(work: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Stores then applies a client's update. Updates that add nothing the document has not
   * already seen (a reconnecting client's echo) are neither stored nor relayed.
   */
  accept(update: Uint8Array, author: Author, origin: Peer): Promise<void> {
    return this.enqueue(async () => {
      if (!adds(update, this.ydoc)) return;
      this.lastSeq = await this.store.append(this.draftId, update, author);
      this.updatesSinceSnapshot += 1;
      Y.applyUpdate(this.ydoc, update, origin);
      if (this.updatesSinceSnapshot >= SNAPSHOT_EVERY) await this.snapshot();
    });
  }

  /** Merges what is in memory into the stored snapshot (no-op when nothing is new). */
  snapshot(): Promise<void> {
    return this.enqueue(async () => {
      if (this.updatesSinceSnapshot === 0 || this.lastSeq === null) return;
      await this.store.saveSnapshot(this.draftId, Y.encodeStateAsUpdate(this.ydoc), this.lastSeq);
      this.updatesSinceSnapshot = 0;
    });
  }

  private broadcast(message: Uint8Array, origin: unknown): void {
    for (const peer of this.peers) {
      if (peer === origin) continue;
      try {
        peer.send(message);
      } catch (error) {
        this.logger.warn(`could not send to a peer of ${this.draftId}: ${String(error)}`);
      }
    }
  }

  destroy(): void {
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Whether the update holds structs or deletions the document does not have yet. */
function adds(update: Uint8Array, doc: Y.Doc): boolean {
  const novel = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  return novel.structs.length > 0 || novel.ds.clients.size > 0;
}
