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
 * Awareness changes (cursors, joins) are sent out together once per this many milliseconds:
 * a reconnect wave of N clients then costs N messages per window, not N² (each renewal fanned
 * out to everyone at once is what makes a plain server's latency jump).
 */
const AWARENESS_WINDOW_MS = 40;

interface Pending {
  update: Uint8Array;
  author: Author;
  origin: Peer;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * One draft's document in memory, shared by its connections. Every change is stored in
 * PostgreSQL first, then applied and relayed, so nobody ever sees an update that a crash
 * could lose. Updates that arrive while a write is in flight are stored together in the next
 * one; all work on the document runs through one queue, in order.
 */
export class LiveDocument {
  readonly ydoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  readonly peers = new Set<Peer>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending[] = [];
  private flushQueued = false;
  private awarenessChanged = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  /** The whole document as one update, for newcomers; dropped whenever the document changes. */
  private fullState: Uint8Array | null = null;
  private readonly logger = new Logger('LiveDocument');

  constructor(
    readonly draftId: string,
    private readonly store: UpdateStore,
    private lastSeq: string | null,
    private updatesSinceSnapshot: number,
  ) {
    // The server's own awareness state would show as a phantom participant.
    this.awareness.setLocalState(null);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      this.fullState = null;
      this.broadcast(syncUpdate(update), origin);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      for (const id of [...added, ...updated, ...removed]) this.awarenessChanged.add(id);
      this.awarenessTimer ??= setTimeout(() => this.flushAwareness(), AWARENESS_WINDOW_MS);
    });
  }

  /** Runs `work` after everything queued before it (and before anything queued after). */
  enqueue<T>(work: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Stores then applies a client's update; resolves once it is durable and relayed. An update
   * that does not decode is refused here, before it can share a batch with anyone else's.
   */
  accept(update: Uint8Array, author: Author, origin: Peer): Promise<void> {
    Y.decodeUpdate(update);
    return new Promise((done, failed) => {
      this.pending.push({ update, author, origin, done, failed });
      if (this.flushQueued) return;
      this.flushQueued = true;
      void this.enqueue(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const batch = this.pending.splice(0);
    try {
      // A reconnecting client's echo adds nothing: neither stored nor relayed.
      const novel = batch.filter((p) => adds(p.update, this.ydoc));
      if (novel.length > 0) {
        this.lastSeq = await this.store.appendMany(this.draftId, novel);
        this.updatesSinceSnapshot += novel.length;
        for (const p of novel) Y.applyUpdate(this.ydoc, p.update, p.origin);
      }
      batch.forEach((p) => p.done());
    } catch (error) {
      batch.forEach((p) => p.failed(new StorageFailure(error)));
      return;
    }
    if (this.updatesSinceSnapshot >= SNAPSHOT_EVERY) await this.writeSnapshot();
  }

  /**
   * What a client lacks, given its state vector. A herd of new clients (empty state vectors)
   * shares one encoding of the whole document instead of each costing a full encode.
   */
  missingFor(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) return Y.encodeStateAsUpdate(this.ydoc, stateVector);
    this.fullState ??= Y.encodeStateAsUpdate(this.ydoc);
    return this.fullState;
  }

  /** Merges what is in memory into the stored snapshot (no-op when nothing is new). */
  snapshot(): Promise<void> {
    return this.enqueue(() => this.writeSnapshot());
  }

  private async writeSnapshot(): Promise<void> {
    if (this.updatesSinceSnapshot === 0 || this.lastSeq === null) return;
    await this.store.saveSnapshot(this.draftId, Y.encodeStateAsUpdate(this.ydoc), this.lastSeq);
    this.updatesSinceSnapshot = 0;
  }

  /** Sends the awareness changes of the window to everyone, their senders included. */
  private flushAwareness(): void {
    this.awarenessTimer = null;
    const changed = [...this.awarenessChanged];
    this.awarenessChanged.clear();
    if (changed.length > 0) this.broadcast(awarenessOf(this.awareness, changed), null);
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
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

/** The database refused or lost an update: the sender is told (1011) and keeps its edit to resend. */
export class StorageFailure extends Error {
  constructor(readonly reason: unknown) {
    super(`the update could not be stored: ${String(reason)}`);
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
