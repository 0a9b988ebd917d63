import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import { liveJoinRequest } from '@treaty/contracts';
import { DomainError, seesDraft, withinAudience } from '@treaty/domain';
import type { Server, Socket } from 'socket.io';
import { DraftAccessResolver, type DraftAccess } from '../access/draft-access';
import { DomainEvents, type LiveEvent } from '../events/domain-events';
import type { AuthUser } from '../identity/auth-user';
import { TokenUsers } from '../identity/token-users';

interface SocketData {
  user: AuthUser;
  /**
   * What the policy said for each draft this socket joined; null once rights may have moved
   * (a stage, a membership), to be asked again before anything more is delivered.
   */
  drafts: Map<string, DraftAccess | null>;
}

type Events = Record<string, (...args: unknown[]) => void>;
type LiveSocket = Socket<Events, Events, Events, SocketData>;
type JoinAck = { ok: true } | { error: { code: string; message?: string } };

const room = (draftId: string) => `draft:${draftId}`;

/**
 * Live events over socket.io on the API's own port (API.md, Realtime): a client signs in
 * with `auth: {token}`, emits `join` with `{draftId}`, and then receives the draft's events —
 * each only if it may see the draft and is within the event's audience, decided per socket by
 * the same rules as REST. Rights are re-asked when the draft's stage or a membership moves.
 */
@WebSocketGateway({ serveClient: false })
export class LiveEventsGateway implements OnGatewayInit, OnApplicationShutdown {
  @WebSocketServer() private server!: Server;
  private readonly logger = new Logger('LiveEvents');
  private delivering: Promise<void> = Promise.resolve();

  constructor(
    private readonly tokens: TokenUsers,
    private readonly drafts: DraftAccessResolver,
    events: DomainEvents,
  ) {
    // One after another, so pages hear of changes in the order they were made.
    events.on('live', (event) => {
      this.delivering = this.delivering
        .then(() => this.deliver(event))
        .catch((error: unknown) => this.logger.error(`delivering ${event.name}: ${String(error)}`));
    });
    events.on('edit.refused', (draftId, userId, reason) => void this.tellAuthor(draftId, userId, reason));
    events.on('draft.changed', (draftId) => this.reconsider((s) => s.data.drafts.has(draftId)));
    events.on('member.changed', (_negotiationId, userId) => this.reconsider((s) => s.data.user.id === userId));
  }

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.['token'];
      this.tokens
        .userOf(typeof token === 'string' ? token : '')
        .then(({ user, expiresAt }) => {
          Object.assign(socket.data, { user, drafts: new Map() } satisfies SocketData);
          // A token ends its socket when it expires, not at the next reconnect.
          const timer = setTimeout(() => socket.disconnect(true), Math.max(0, expiresAt.getTime() - Date.now()));
          timer.unref();
          socket.on('disconnect', () => clearTimeout(timer));
          socket.on('join', (body: unknown, ack?: (reply: JoinAck) => void) => {
            void this.join(socket as LiveSocket, body).then((reply) => (typeof ack === 'function' ? ack(reply) : undefined));
          });
          next();
        })
        .catch(() => next(new Error('unauthenticated')));
    });
  }

  private async join(socket: LiveSocket, body: unknown): Promise<JoinAck> {
    const parsed = liveJoinRequest.safeParse(body);
    if (!parsed.success) return { error: { code: 'invalid', message: 'join takes {draftId: <uuid>}' } };
    const draftId = parsed.data.draftId;
    try {
      const access = await this.drafts.resolve(socket.data.user, draftId);
      // A draft the person may not see does not exist for them, as on REST.
      if (!seesDraft(access.actions)) return { error: { code: 'not-found' } };
      socket.data.drafts.set(draftId, access);
      await socket.join(room(draftId));
      return { ok: true };
    } catch (error) {
      if (error instanceof DomainError) return { error: { code: error.code } };
      throw error;
    }
  }

  private async deliver(event: LiveEvent): Promise<void> {
    const sockets = (await this.server.in(room(event.draftId)).fetchSockets()) as unknown as LiveSocket[];
    for (const socket of sockets) {
      const access = socket.data.drafts.get(event.draftId) ?? (await this.reask(socket, event.draftId));
      const membership = access?.actor.membership;
      if (!membership || !access.actions.includes(event.requires ?? 'text.read')) continue;
      if (!withinAudience(membership, event.audience)) continue;
      socket.emit(event.name, event.payload);
    }
  }

  /** Only to the person whose change it was, on the pages of that draft. */
  private async tellAuthor(draftId: string, userId: string, reason: string): Promise<void> {
    const sockets = (await this.server.in(room(draftId)).fetchSockets()) as unknown as LiveSocket[];
    for (const socket of sockets) if (socket.data.user.id === userId) socket.emit('edit.refused', { reason });
  }

  /**
   * Rights may have moved for matching sockets: their answers are forgotten at once (so the
   * very next event is decided afresh) and asked again.
   */
  private reconsider(matches: (socket: LiveSocket) => boolean): void {
    const sockets = [...this.server.sockets.sockets.values()] as LiveSocket[];
    for (const socket of sockets.filter((s) => s.data.drafts && matches(s))) {
      for (const draftId of socket.data.drafts.keys()) {
        socket.data.drafts.set(draftId, null);
        void this.reask(socket, draftId);
      }
    }
  }

  /** Asks the policy again; a socket that may no longer see the draft leaves its room. */
  private async reask(socket: LiveSocket, draftId: string): Promise<DraftAccess | null> {
    try {
      const access = await this.drafts.resolve(socket.data.user, draftId);
      if (seesDraft(access.actions)) {
        if (socket.data.drafts.has(draftId)) socket.data.drafts.set(draftId, access);
        return access;
      }
    } catch {
      // Not visible any more (or gone): leave, below.
    }
    socket.data.drafts.delete(draftId);
    await socket.leave(room(draftId));
    return null;
  }

  onApplicationShutdown(): void {
    this.server?.disconnectSockets(true);
  }
}
