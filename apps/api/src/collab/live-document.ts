import { Logger } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { EditorRights, ProposalChange } from '@treaty/treaty-schema';
import type { EntityManager } from 'typeorm';
import { awarenessOf, syncStep2, syncUpdate } from './collab-protocol';
import { EditJudge } from './edit-judge';
import type { Author, StoredUpdate, UpdateStore } from './update-store';

/** What a document needs of a connection: somewhere to send bytes. */
export interface Peer {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Merge the log into a snapshot once this many updates have piled up since the last one. */
const SNAPSHOT_EVERY = 500;
/**
 * Awareness changes (cursors, joins) are sent out together once per this many milliseconds:
 * a reconnect wave of N clients then costs N messages per window, not N² (each renewal fanned
 * out to everyone at once is what makes a plain server's latency jump).
 */
const AWARENESS_WINDOW_MS = 40;

/** What a document tells its owner (the registry), and asks of it. */
export interface LiveDocumentHooks {
  /** The document in memory holds changes the store refused: it must be reloaded. */
  onBroken(document: LiveDocument): void;
  /** Records brackets and options made, joined or withdrawn, with the update that made them. */
  recordChanges(manager: EntityManager, author: Author, changes: ProposalChange[]): Promise<void>;
  /** A change of `author`'s was refused (and undone): they should hear why. */
  onRefused(author: Author, reason: string): void;
}

/** A change waiting for the next flush: a client's update, or a change the server makes. */
type Pending = (
  | { update: Uint8Array; editor: EditorRights; origin: Peer }
  | { produce: (doc: Y.Doc) => void; alongside?: StoredUpdate['alongside']; origin: null }
) & {
  author: Author;
  done: (changed: boolean) => void;
  failed: (error: unknown) => void;
};

/**
 * One draft's document in memory, shared by its connections. Every change is judged on the
 * document it would produce (locked articles, clause status, attribution), then stored in
 * PostgreSQL, then relayed, so nobody ever sees an update that a crash could lose. Updates that
 * arrive while a write is in flight are stored together in the next one; all work on the
 * document runs through one queue, in order.
 */
export class LiveDocument {
  readonly ydoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  readonly peers = new Set<Peer>();
  private readonly judge = new EditJudge(this.ydoc);
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending[] = [];
  private flushQueued = false;
  /** While a batch is being applied, its messages wait here until the batch is stored. */
  private outbox: [Uint8Array, unknown][] | null = null;
  private awarenessChanged = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  /** The whole document as a sync step 2 message, for newcomers; dropped whenever the document changes. */
  private fullStateMessage: Uint8Array | null = null;
  private readonly logger = new Logger('LiveDocument');
  /** Holds changes the store refused: never snapshotted or served again. */
  broken = false;

  constructor(
    readonly draftId: string,
    private readonly store: UpdateStore,
    private lastSeq: string | null,
    private updatesSinceSnapshot: number,
    private readonly hooks: LiveDocumentHooks,
  ) {
    // The server's own awareness state would show as a phantom participant.
    this.awareness.setLocalState(null);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      this.fullStateMessage = null;
      const message = syncUpdate(update);
      if (this.outbox) this.outbox.push([message, origin]);
      else this.broadcast(message, origin);
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
   * Judges, stores, then relays a client's update; resolves once it is durable and relayed.
   * A refused update is stored and relayed undone (see `Judgement`), or, when it cannot be
   * undone exactly, rejected with `EditRefused`. An update that does not decode is refused
   * here, before it can share a batch with anyone else's.
   */
  accept(update: Uint8Array, author: Author, editor: EditorRights, origin: Peer): Promise<void> {
    Y.decodeUpdate(update);
    return new Promise((done, failed) => this.add({ update, editor, origin, author, done: () => done(), failed }));
  }

  /**
   * The server changes the document itself (a resolution, a status, an accepted proposal), as
   * an update attributed to `author`, stored and relayed like anyone's; `alongside` writes its
   * audit record in the same transaction. Resolves to whether anything changed.
   */
  change(author: Author, produce: (doc: Y.Doc) => void, alongside?: StoredUpdate['alongside']): Promise<boolean> {
    return new Promise((done, failed) => this.add({ produce, alongside, origin: null, author, done, failed }));
  }

  private add(pending: Pending): void {
    this.pending.push(pending);
    if (this.flushQueued) return;
    this.flushQueued = true;
    void this.enqueue(() => this.flush());
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const batch = this.pending.splice(0);
    const accepted: (StoredUpdate & { done: Pending['done'] })[] = [];
    const applied: Pending[] = [];
    const outbox: [Uint8Array, unknown][] = (this.outbox = []);
    try {
      for (const p of batch) {
        const admitted = this.admit(p);
        if (!admitted) continue;
        const { update, origin, changes } = admitted;
        Y.applyUpdate(this.ydoc, update, origin);
        const alongside =
          'produce' in p ? p.alongside : changes.length > 0 ? (manager: EntityManager) => this.hooks.recordChanges(manager, p.author, changes) : undefined;
        accepted.push({ update, author: p.author, alongside, done: p.done });
        applied.push(p);
      }
    } finally {
      this.outbox = null;
    }
    if (accepted.length === 0) return;
    try {
      this.lastSeq = await this.store.appendMany(this.draftId, accepted);
    } catch (error) {
      // Applied in memory but not stored: nobody has seen it; the document is reloaded.
      applied.forEach((p) => p.failed(new StorageFailure(error)));
      this.broken = true;
      this.hooks.onBroken(this);
      return;
    }
    this.updatesSinceSnapshot += accepted.length;
    for (const [message, origin] of outbox) this.broadcast(message, origin);
    accepted.forEach((p) => p.done(true));
    if (this.updatesSinceSnapshot >= SNAPSHOT_EVERY) await this.writeSnapshot();
  }

  /**
   * The update to store for this change and whom to spare in relaying it (its sender already
   * has it), or null when there is none (settling `p` then).
   */
  private admit(p: Pending): { update: Uint8Array; origin: unknown; changes: ProposalChange[] } | null {
    if ('produce' in p) {
      try {
        const update = this.judge.produce(p.produce);
        if (!update) p.done(false);
        return update ? { update, origin: null, changes: [] } : null;
      } catch (error) {
        // A change that cannot be made (its bracket is gone meanwhile) changes nothing.
        this.judge.reset();
        p.failed(error);
        return null;
      }
    }
    // A reconnecting client's echo adds nothing: neither stored nor relayed.
    if (!adds(p.update, this.ydoc)) {
      p.done(false);
      return null;
    }
    const judged = this.judge.judge(p.update, p.editor);
    if (judged.ok) return { update: judged.update, origin: p.origin, changes: judged.changes };
    this.logger.warn(`refused a change to ${this.draftId} by ${p.author.userId ?? 'unknown'}: ${judged.reason}`);
    this.hooks.onRefused(p.author, judged.reason);
    if (judged.update) return { update: judged.update, origin: null, changes: [] };
    p.failed(new EditRefused(judged.reason));
    return null;
  }

  /**
   * The answer to a client's sync step 1: what it lacks, given its state vector. A herd of new
   * clients (empty state vectors) shares one message holding the whole document instead of
   * each costing a full encode and a copy of the megabytes.
   */
  answerTo(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) return syncStep2(Y.encodeStateAsUpdate(this.ydoc, stateVector));
    this.fullStateMessage ??= syncStep2(Y.encodeStateAsUpdate(this.ydoc));
    return this.fullStateMessage;
  }

  /** Merges what is in memory into the stored snapshot (no-op when nothing is new). */
  snapshot(): Promise<void> {
    return this.enqueue(() => this.writeSnapshot());
  }

  private async writeSnapshot(): Promise<void> {
    if (this.broken || this.updatesSinceSnapshot === 0 || this.lastSeq === null) return;
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
    this.judge.reset();
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

/** A rule refused the change whole: nothing of it was applied, stored or relayed. */
export class EditRefused extends Error {}

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
