import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import * as Y from 'yjs';
import { DomainEvents } from '../events/domain-events';
import { CLOSE } from './collab-protocol';
import { LiveDocument, type Peer } from './live-document';
import { ProposalAudit } from './proposal-audit';
import { UpdateStore, type Author, type StoredUpdate } from './update-store';

/** A document with no connection is kept this long before it is snapshotted and unloaded. */
const IDLE_MS = 30_000;

/**
 * Loads each draft's document once, however many connections (and REST reads) ask for it at
 * the same moment, and unloads it when idle. A failed load caches nothing, so a later attempt
 * loads again instead of serving (and one day storing) an empty document.
 */
@Injectable()
export class DocumentRegistry implements BeforeApplicationShutdown {
  private readonly documents = new Map<string, Promise<LiveDocument>>();
  /** Which load made each document, so a stale one never evicts its successor. */
  private readonly loadedBy = new WeakMap<LiveDocument, Promise<LiveDocument>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly logger = new Logger('DocumentRegistry');

  constructor(
    private readonly store: UpdateStore,
    private readonly proposalAudit: ProposalAudit,
    private readonly events: DomainEvents,
  ) {}

  /** Opens the draft's document and joins a peer made for it. */
  async attach<P extends Peer>(draftId: string, makePeer: (document: LiveDocument) => P): Promise<{ document: LiveDocument; peer: P }> {
    const document = await this.load(draftId);
    this.cancelIdle(draftId);
    const peer = makePeer(document);
    document.peers.add(peer);
    return { document, peer };
  }

  detach(document: LiveDocument, peer: Peer): void {
    document.peers.delete(peer);
    if (document.peers.size === 0) this.scheduleIdle(document);
  }

  /** Reads the current document (loading it for a moment if no one has it open). */
  async read<T>(draftId: string, reader: (doc: Y.Doc) => T): Promise<T> {
    const document = await this.load(draftId);
    const result = await document.enqueue(() => reader(document.ydoc));
    if (document.peers.size === 0) this.scheduleIdle(document);
    return result;
  }

  /** The server changes the document as `author` (see LiveDocument.change). */
  async change(draftId: string, author: Author, produce: (doc: Y.Doc) => void, alongside?: StoredUpdate['alongside']): Promise<boolean> {
    const document = await this.load(draftId);
    try {
      return await document.change(author, produce, alongside);
    } finally {
      if (document.peers.size === 0) this.scheduleIdle(document);
    }
  }

  private load(draftId: string): Promise<LiveDocument> {
    let pending = this.documents.get(draftId);
    if (!pending) {
      pending = this.store.load(draftId).then((stored) => {
        const document = new LiveDocument(draftId, this.store, stored.lastSeq, stored.updatesSinceSnapshot, {
          onBroken: (d) => this.discard(d),
          recordChanges: (manager, author, changes) => this.proposalAudit.record(manager, draftId, author, changes),
          onRefused: (author, reason) => {
            if (author.userId) this.events.emit('edit.refused', draftId, author.userId, reason);
          },
        });
        if (pending) this.loadedBy.set(document, pending);
        Y.transact(document.ydoc, () => {
          if (stored.snapshot) Y.applyUpdate(document.ydoc, stored.snapshot);
          for (const update of stored.updates) Y.applyUpdate(document.ydoc, update);
        });
        // After the stored state is in: loading is no change. Fired as each change is applied, so
        // listeners must debounce (search does).
        document.ydoc.on('update', () => this.events.emit('text.changed', draftId));
        return document;
      });
      pending.catch(() => this.documents.delete(draftId));
      this.documents.set(draftId, pending);
    }
    return pending;
  }

  /**
   * The document in memory holds changes the store refused. Its peers are told (they keep their
   * edits and resend them on reconnecting); the next connection loads what was stored.
   */
  private discard(document: LiveDocument): void {
    this.logger.error(`the document of ${document.draftId} could not be stored; it will be reloaded`);
    this.forget(document);
    this.cancelIdle(document.draftId);
    for (const peer of [...document.peers]) peer.close(CLOSE.serverError, 'the update could not be stored; reconnect');
  }

  /** Drops the registry's entry for this document, unless a newer load has replaced it. */
  private forget(document: LiveDocument): void {
    if (this.documents.get(document.draftId) === this.loadedBy.get(document)) this.documents.delete(document.draftId);
  }

  private scheduleIdle(document: LiveDocument): void {
    if (document.broken) {
      if (document.peers.size === 0) document.destroy();
      return;
    }
    this.cancelIdle(document.draftId);
    const timer = setTimeout(() => void this.unload(document), IDLE_MS);
    timer.unref();
    this.idleTimers.set(document.draftId, timer);
  }

  private cancelIdle(draftId: string): void {
    const timer = this.idleTimers.get(draftId);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(draftId);
  }

  private async unload(document: LiveDocument): Promise<void> {
    if (document.peers.size > 0) return;
    try {
      await document.snapshot();
    } catch (error) {
      // The update log still holds everything; the next load replays it.
      this.logger.warn(`snapshot of ${document.draftId} failed: ${String(error)}`);
    }
    if (document.peers.size > 0) return;
    this.forget(document);
    this.idleTimers.delete(document.draftId);
    document.destroy();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    const documents = await Promise.allSettled(this.documents.values());
    for (const result of documents) {
      if (result.status !== 'fulfilled') continue;
      await result.value.snapshot().catch(() => undefined);
      // Awareness keeps an interval running; a document left alive keeps the process alive.
      result.value.destroy();
    }
    this.documents.clear();
  }
}
