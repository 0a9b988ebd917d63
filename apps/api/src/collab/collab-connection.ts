import { Logger } from '@nestjs/common';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import {
  CLOSE,
  MESSAGE,
  SYNC,
  awarenessOf,
  decodeAwareness,
  encodeAwareness,
  isEmptyUpdate,
  syncStep1,
} from './collab-protocol';
import { EditRefused, StorageFailure, type LiveDocument, type Peer } from './live-document';
import type { Participant } from './participant';

/** A connection's standing, re-decided whenever the draft's stage or the person's rights move. */
export interface Rights {
  write: boolean;
}

/**
 * One websocket on one draft: the y-websocket message loop with our rules. A connection
 * without the write right has no write path at all: its sync step 2 and update messages are
 * dropped whole. It speaks in awareness only for the client ids it first claimed, and always
 * as the participant its token names.
 */
export class CollabConnection implements Peer {
  private readonly clientIds = new Set<number>();
  private readonly logger = new Logger('CollabConnection');
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    readonly document: LiveDocument,
    readonly participant: Participant,
    public rights: Rights,
    private readonly claimedElsewhere: (clientId: number, by: CollabConnection) => boolean,
  ) {}

  start(): void {
    this.send(syncStep1(this.document.ydoc));
    const states = [...this.document.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessOf(this.document.awareness, states));
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(message, { binary: true });
  }

  owns(clientId: number): boolean {
    return this.clientIds.has(clientId);
  }

  async receive(data: Uint8Array): Promise<void> {
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE.sync) return await this.onSync(decoder);
      if (type === MESSAGE.awareness) return this.onAwareness(decoding.readVarUint8Array(decoder));
      if (type === MESSAGE.queryAwareness) {
        return this.send(awarenessOf(this.document.awareness, [...this.document.awareness.getStates().keys()]));
      }
      if (type === MESSAGE.auth) return;
      this.close(CLOSE.malformed, 'unknown message type');
    } catch (error) {
      if (error instanceof StorageFailure) throw error;
      // Garbage, truncated lengths, undecodable updates: this connection ends, nobody else notices.
      this.logger.warn(`malformed message on ${this.document.draftId}: ${String(error)}`);
      this.close(CLOSE.malformed, 'malformed message');
    }
  }

  private async onSync(decoder: decoding.Decoder): Promise<void> {
    const kind = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (kind === SYNC.step1) {
      await this.document.enqueue(() => this.send(this.document.answerTo(payload)));
      return;
    }
    if (kind !== SYNC.step2 && kind !== SYNC.update) return this.close(CLOSE.malformed, 'unknown sync message');
    // A new client's empty answer to our sync step 1 changes nothing: it costs no query (a herd
    // of them arrives at once, and the database is busy letting them in).
    if (!this.rights.write || this.closed || isEmptyUpdate(payload)) return;
    const { userId, delegationId, role } = this.participant;
    const editor = { speaksFor: new Set(await this.participant.speaksFor()), chair: role === 'secretariat' };
    try {
      await this.document.accept(payload, { userId, delegationId }, editor, this);
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      this.close(CLOSE.refused, error.message.slice(0, 123));
    }
  }

  private onAwareness(update: Uint8Array): void {
    const entries = decodeAwareness(update).filter((entry) => {
      if (this.clientIds.has(entry.clientId)) return true;
      if (this.claimedElsewhere(entry.clientId, this) || this.document.awareness.getStates().has(entry.clientId)) return false;
      this.clientIds.add(entry.clientId);
      return true;
    });
    if (entries.length === 0) return;
    const bound = entries.map((entry) => ({
      ...entry,
      state: entry.state === null ? null : { ...entry.state, user: this.identity() },
    }));
    // The next awareness window tells everyone, the sender included, the identity the server gave.
    awarenessProtocol.applyAwarenessUpdate(this.document.awareness, encodeAwareness(bound), this);
  }

  private identity() {
    const { name, delegation, role, color } = this.participant;
    return { name, delegation, role, color };
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }

  /** Forgets this connection's presence; called once the socket has closed. */
  leave(): void {
    this.closed = true;
    awarenessProtocol.removeAwarenessStates(this.document.awareness, [...this.clientIds], null);
  }
}
