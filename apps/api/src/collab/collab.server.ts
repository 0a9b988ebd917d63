import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '@treaty/domain';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { AuthUser } from '../identity/auth-user';
import { CoalitionMembership } from '../negotiations/coalition-membership';
import { DomainEvents } from '../events/domain-events';
import { UUID_PATTERN } from '../platform/id.pipe';
import { CLOSE, MAX_MESSAGE_BYTES } from './collab-protocol';
import { CollabConnection, type Rights } from './collab-connection';
import { ConnectionAccessResolver, type ConnectionAccess } from './connection-access';
import { DocumentRegistry } from './document-registry';
import { StorageFailure, type LiveDocument } from './live-document';
import { participantOf } from './participant';

const COLLAB_PATH = new RegExp(`^/collab/(${UUID_PATTERN})/?$`, 'i');
const OTHER_UPGRADES = /^\/socket\.io\//;
/** A well-behaved client sends sync step 1 and its awareness before it hears from us: two. */
const MAX_EARLY_MESSAGES = 64;

interface Session {
  connection: CollabConnection;
  user: AuthUser;
  negotiationId: string;
  /** Forgets whom the connection speaks for: asked again at its next change. */
  forgetCoalitions: () => void;
  expiry: NodeJS.Timeout;
}

/**
 * `/collab/:draftId?token=` on the API's own port, speaking the standard y-websocket
 * protocol. The token and the domain policy decide, per connection, whether it may read and
 * whether it may write; when a draft's stage moves, open connections are told at once.
 */
@Injectable()
export class CollabServer implements BeforeApplicationShutdown {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  private readonly sessions = new Map<string, Set<Session>>();
  private readonly logger = new Logger('Collab');
  private server: Server | null = null;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => this.route(request, socket, head);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly registry: DocumentRegistry,
    private readonly access: ConnectionAccessResolver,
    private readonly coalitions: CoalitionMembership,
    events: DomainEvents,
  ) {
    events.on('draft.changed', (draftId) => void this.refreshRights(draftId));
    events.on('member.changed', (_negotiationId, userId) => void this.refreshUser(userId));
    events.on('coalition.changed', (negotiationId) => this.forgetCoalitions(negotiationId));
  }

  /** Called once the HTTP server exists (from main/createApp). */
  attach(): void {
    this.server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.server.on('upgrade', this.onUpgrade);
  }

  private route(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (OTHER_UPGRADES.test(url.pathname)) return; // socket.io handles its own
    const match = COLLAB_PATH.exec(url.pathname);
    if (!match?.[1]) {
      socket.destroy();
      return;
    }
    const draftId = match[1].toLowerCase();
    const token = url.searchParams.get('token') ?? '';
    this.wss.handleUpgrade(request, socket, head, (ws) => void this.open(ws, draftId, token));
  }

  private async open(ws: WebSocket, draftId: string, token: string): Promise<void> {
    // Messages that arrive while we authenticate and load are kept, in order, for later; a
    // client that floods before it is let in is cut off rather than buffered without end.
    const early: { data: RawData; isBinary: boolean }[] = [];
    const hold = (data: RawData, isBinary: boolean) => {
      if (early.push({ data, isBinary }) > MAX_EARLY_MESSAGES) ws.terminate();
    };
    ws.on('message', hold);
    ws.on('error', () => ws.terminate());

    let access: ConnectionAccess, expiresAt: Date;
    try {
      ({ access, expiresAt } = await this.access.admit(token, draftId));
    } catch (error) {
      return this.refuse(ws, error);
    }
    if (!access.actions.includes('text.read')) return ws.close(CLOSE.forbidden, 'no read access to the live text');

    const { user } = access;
    const delegationId = access.membership?.delegationId ?? null;
    let asked: Promise<string[]> | null = null;
    const speaksFor = () => {
      // Asked at the first change, and again after a coalition forms in the negotiation; a failed
      // query is asked again at the next change.
      asked ??= this.coalitions.speaksFor(delegationId).catch((error: unknown) => {
        asked = null;
        throw new StorageFailure(error);
      });
      return asked;
    };

    let attached: { document: LiveDocument; peer: CollabConnection };
    try {
      attached = await this.registry.attach(draftId, (document) =>
        new CollabConnection(ws, document, participantOf(access, speaksFor), rightsOf(access), (clientId, by) =>
          [...(this.sessions.get(draftId) ?? [])].some((s) => s.connection !== by && s.connection.owns(clientId)),
        ),
      );
    } catch (error) {
      this.logger.error(`could not load ${draftId}: ${String(error)}`);
      return ws.close(CLOSE.serverError, 'the document could not be loaded');
    }
    const { document, peer: connection } = attached;
    if (ws.readyState !== ws.OPEN) {
      // The client left while we were authenticating and loading.
      this.registry.detach(document, connection);
      return;
    }

    const session: Session = {
      connection,
      user,
      negotiationId: access.negotiationId,
      forgetCoalitions: () => (asked = null),
      expiry: this.closeAt(expiresAt, connection),
    };
    const sessions = this.sessions.get(draftId) ?? new Set<Session>();
    sessions.add(session);
    this.sessions.set(draftId, sessions);

    ws.off('message', hold);
    let chain: Promise<void> = Promise.resolve();
    const receive = (data: RawData) => {
      const bytes = toBytes(data);
      chain = chain.then(() => connection.receive(bytes)).catch((error: unknown) => {
        this.logger.error(`storing an update of ${draftId} failed: ${String(error)}`);
        connection.close(CLOSE.serverError, 'the update could not be stored');
      });
    };
    const onMessage = (data: RawData, isBinary: boolean) =>
      isBinary ? receive(data) : connection.close(CLOSE.malformed, 'text frames are not part of the protocol');
    ws.on('message', onMessage);
    ws.on('close', () => {
      clearTimeout(session.expiry);
      sessions.delete(session);
      connection.leave();
      this.registry.detach(document, connection);
    });
    connection.start();
    for (const { data, isBinary } of early) onMessage(data, isBinary);
  }

  private refuse(ws: WebSocket, error: unknown): void {
    if (error instanceof DomainError && error.code === 'unauthenticated') return ws.close(CLOSE.unauthenticated, error.message);
    if (error instanceof DomainError && error.code === 'not-found') return ws.close(CLOSE.notFound, 'no such draft');
    this.logger.error(`collab authentication failed: ${String(error)}`);
    ws.close(CLOSE.serverError, 'authentication failed');
  }

  /** An expired token ends the connection when it expires, not at the next reconnect. */
  private closeAt(expiresAt: Date, connection: CollabConnection): NodeJS.Timeout {
    const timer = setTimeout(() => connection.close(CLOSE.unauthenticated, 'the access token expired'), Math.max(0, expiresAt.getTime() - Date.now()));
    timer.unref();
    return timer;
  }

  /** Re-asks the policy for every open connection of the draft after its stage or access moved. */
  async refreshRights(draftId: string): Promise<void> {
    await this.refresh(draftId, [...(this.sessions.get(draftId) ?? [])]);
  }

  private forgetCoalitions(negotiationId: string): void {
    for (const sessions of this.sessions.values()) {
      for (const session of sessions) if (session.negotiationId === negotiationId) session.forgetCoalitions();
    }
  }

  /** Re-asks the policy for every open connection of a person whose membership changed. */
  async refreshUser(userId: string): Promise<void> {
    for (const [draftId, sessions] of this.sessions) {
      await this.refresh(draftId, [...sessions].filter((s) => s.user.id === userId));
    }
  }

  private async refresh(draftId: string, sessions: Session[]): Promise<void> {
    for (const session of sessions) {
      let access: ConnectionAccess;
      try {
        access = await this.access.resolve(session.user.id, draftId);
      } catch {
        session.connection.close(CLOSE.forbidden, 'no longer allowed to read this draft');
        continue;
      }
      if (!access.actions.includes('text.read')) {
        session.connection.close(CLOSE.forbidden, 'no longer allowed to read the live text');
        continue;
      }
      const rights = rightsOf(access);
      if (rights.write !== session.connection.rights.write) {
        // Writing stops at once; the client is told by the close and reconnects with its new rights.
        session.connection.rights = rights;
        session.connection.close(CLOSE.rightsChanged, 'your rights on this draft changed');
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.server?.off('upgrade', this.onUpgrade);
    for (const sessions of this.sessions.values()) {
      for (const session of sessions) session.connection.close(CLOSE.goingAway, 'server shutting down');
    }
    this.wss.close();
  }
}

const rightsOf = (access: ConnectionAccess): Rights => ({ write: access.actions.includes('text.edit') });

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
