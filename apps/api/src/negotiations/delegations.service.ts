import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateDelegationRequest, DelegationView, Page, PageQuery } from '@treaty/contracts';
import { conflict } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { NegotiationAccess } from '../access/negotiation-access';
import { AuditLog } from '../audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { Delegation } from './delegation.entity';
import { toDelegationView } from './negotiation.views';

@Injectable()
export class DelegationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async create(access: NegotiationAccess, input: CreateDelegationRequest): Promise<DelegationView> {
    const negotiationId = access.negotiation.id;
    const delegation = await this.transactions.run(async (manager) => {
      const clash = await manager
        .createQueryBuilder(Delegation, 'd')
        .where('d.negotiation_id = :negotiationId AND lower(d.name) = lower(:name)', { negotiationId, name: input.name })
        .getExists();
      if (clash) throw conflict('A delegation with this name is already in the negotiation');
      const id = randomUUID();
      await manager.insert(Delegation, { id, negotiationId, name: input.name, kind: input.kind });
      const stored = await manager.findOneByOrFail(Delegation, { id });
      await this.audit.record(manager, {
        negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'delegation.create',
        target: { type: 'delegation', id },
        after: { name: stored.name, kind: stored.kind },
      });
      return stored;
    });
    return toDelegationView(delegation);
  }

  async list(access: NegotiationAccess, page: PageQuery): Promise<Page<DelegationView>> {
    const query = this.dataSource
      .getRepository(Delegation)
      .createQueryBuilder('d')
      .where('d.negotiation_id = :id', { id: access.negotiation.id });
    const result = await paginate(query, 'd', page);
    return { items: result.items.map(toDelegationView), nextCursor: result.nextCursor };
  }
}
