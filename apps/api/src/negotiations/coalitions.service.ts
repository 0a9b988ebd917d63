import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoalitionView, CreateCoalitionRequest, DelegationRef, Page, PageQuery } from '@treaty/contracts';
import { conflict, invalid } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { NegotiationAccess } from '../access/negotiation-access';
import { AuditLog } from '../audit/audit.service';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { Coalition, CoalitionMember } from './coalition.entity';
import { Delegation } from './delegation.entity';
import { toDelegationRef } from './negotiation.views';

@Injectable()
export class CoalitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
  ) {}

  async create(access: NegotiationAccess, input: CreateCoalitionRequest): Promise<CoalitionView> {
    const negotiationId = access.negotiation.id;
    const view = await this.transactions.run(async (manager) => {
      const memberIds = input.memberDelegationIds.map((id) => id.toLowerCase());
      await this.assertParties(manager, negotiationId, memberIds);
      const clash = await manager
        .createQueryBuilder(Coalition, 'c')
        .where('c.negotiation_id = :negotiationId AND lower(c.name) = lower(:name)', { negotiationId, name: input.name })
        .getExists();
      if (clash) throw conflict('A coalition with this name is already in the negotiation');
      const id = randomUUID();
      await manager.insert(Coalition, { id, negotiationId, name: input.name });
      await manager.insert(
        CoalitionMember,
        memberIds.map((delegationId) => ({ coalitionId: id, delegationId })),
      );
      const stored = await manager.findOneByOrFail(Coalition, { id });
      await this.audit.record(manager, {
        negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'coalition.create',
        target: { type: 'coalition', id },
        after: { name: stored.name, memberDelegationIds: memberIds },
      });
      const members = await this.membersOf(manager, [id]);
      return toCoalitionView(stored, members.get(id) ?? []);
    });
    // Open realtime connections of its members' delegates may speak for it from now on.
    this.events.emit('coalition.changed', negotiationId);
    return view;
  }

  async list(access: NegotiationAccess, page: PageQuery): Promise<Page<CoalitionView>> {
    const query = this.dataSource
      .getRepository(Coalition)
      .createQueryBuilder('c')
      .where('c.negotiation_id = :id', { id: access.negotiation.id });
    const result = await paginate(query, 'c', page);
    const members = await this.membersOf(this.dataSource.manager, result.items.map((c) => c.id));
    return { items: result.items.map((c) => toCoalitionView(c, members.get(c.id) ?? [])), nextCursor: result.nextCursor };
  }

  /** Only party delegations of this negotiation speak in it; the error names the first that is not one. */
  private async assertParties(manager: EntityManager, negotiationId: string, ids: string[]): Promise<void> {
    const found = new Map((await manager.findBy(Delegation, { id: In(ids), negotiationId })).map((d) => [d.id, d]));
    ids.forEach((id, index) => {
      const delegation = found.get(id);
      const path = `memberDelegationIds.${index}`;
      if (!delegation) throw invalid(path, `${id} is not a delegation of this negotiation`);
      if (delegation.kind !== 'party') throw invalid(path, `${delegation.name} is an observer delegation: only parties may form a coalition`);
    });
  }

  /** The member delegations of a page of coalitions in one query, rather than one per coalition. */
  private async membersOf(manager: EntityManager, coalitionIds: string[]): Promise<Map<string, DelegationRef[]>> {
    const byCoalition = new Map<string, DelegationRef[]>();
    if (coalitionIds.length === 0) return byCoalition;
    const rows = await manager
      .createQueryBuilder(CoalitionMember, 'm')
      .innerJoinAndSelect('m.delegation', 'd')
      .where('m.coalition_id IN (:...coalitionIds)', { coalitionIds })
      .orderBy('d.seq', 'ASC')
      .getMany();
    for (const row of rows) {
      if (!row.delegation) continue;
      byCoalition.set(row.coalitionId, [...(byCoalition.get(row.coalitionId) ?? []), toDelegationRef(row.delegation)]);
    }
    return byCoalition;
  }
}

const toCoalitionView = (c: Coalition, members: DelegationRef[]): CoalitionView => ({
  id: c.id,
  negotiationId: c.negotiationId,
  name: c.name,
  members,
  createdAt: c.createdAt.toISOString(),
});
