import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClosedRoundView, OpenRoundRequest, Page, PageQuery, RoundView } from '@treaty/contracts';
import { conflict, EVERYONE, notFound } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { LiveText } from './live-text';
import { RevisionIssuer } from './revision-issuer';
import { Revision } from './revision.entity';
import { toRoundView } from './revision.views';
import { Round } from './round.entity';

/** Negotiation rounds: at most one open per draft; closing one issues the next revision. */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
    private readonly issuer: RevisionIssuer,
    private readonly liveText: LiveText,
  ) {}

  async open(access: DraftAccess, input: OpenRoundRequest): Promise<RoundView> {
    const draftId = access.draft.id;
    const round = await this.transactions.run(async (manager) => {
      // The partial unique index decides a race; this check names the guard for the usual case.
      if (await manager.existsBy(Round, { draftId, closedAt: IsNull() })) throw conflict('round-open: a round is already open on this draft; close it first');
      const id = randomUUID();
      await manager.insert(Round, {
        id,
        draftId,
        name: input.name,
        startsAt: input.startsAt ? new Date(input.startsAt) : null,
        endsAt: input.endsAt ? new Date(input.endsAt) : null,
        venue: input.venue ?? null,
        openedBy: access.actor.userId,
      });
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'round.open',
        target: { type: 'round', id },
        after: { draftId, name: input.name, startsAt: input.startsAt ?? null, endsAt: input.endsAt ?? null, venue: input.venue ?? null },
      });
      return manager.findOneByOrFail(Round, { id });
    });
    const view = toRoundView(round, null);
    this.events.emit('live', { draftId, name: 'round.opened', audience: EVERYONE, requires: 'revision.read', payload: { round: view } });
    return view;
  }

  /**
   * Closes the round and issues the next revision from the live text in one transaction: the
   * round is closed if and only if its revision exists. The text is read just before; an edit
   * landing between the read and the commit belongs to the next revision.
   */
  async close(access: DraftAccess, roundId: string): Promise<ClosedRoundView> {
    const draftId = access.draft.id;
    const text = await this.liveText.read(draftId);
    const result = await this.transactions.run(async (manager) => {
      const round = await manager.findOneBy(Round, { id: roundId, draftId });
      if (!round) throw notFound('Round');
      // Only if still open: two closes at once cannot both issue a revision.
      const closed = await manager.update(Round, { id: roundId, closedAt: IsNull() }, { closedAt: new Date(), closedBy: access.actor.userId });
      if (!closed.affected) throw conflict('round-closed: this round is already closed');
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'round.close',
        target: { type: 'round', id: roundId },
        after: { draftId, name: round.name },
      });
      const revision = await this.issuer.issue(manager, access, text, { roundId });
      return { round: toRoundView(await manager.findOneByOrFail(Round, { id: roundId }), revision.number), revision };
    });
    this.events.emit('live', { draftId, name: 'round.closed', audience: EVERYONE, requires: 'revision.read', payload: { round: result.round } });
    this.events.emit('live', { draftId, name: 'revision.issued', audience: EVERYONE, requires: 'revision.read', payload: { revision: result.revision } });
    return result;
  }

  async list(access: DraftAccess, page: PageQuery): Promise<Page<RoundView>> {
    const query = this.dataSource.getRepository(Round).createQueryBuilder('r').where('r.draft_id = :id', { id: access.draft.id });
    const result = await paginate(query, 'r', page);
    const ids = result.items.map((r) => r.id);
    const issued = ids.length ? await this.dataSource.getRepository(Revision).find({ select: { roundId: true, number: true }, where: { roundId: In(ids) } }) : [];
    const numberOf = new Map(issued.map((r) => [r.roundId, r.number]));
    return { items: result.items.map((r) => toRoundView(r, numberOf.get(r.id) ?? null)), nextCursor: result.nextCursor };
  }
}
