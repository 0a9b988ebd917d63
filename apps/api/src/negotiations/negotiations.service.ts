import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NegotiationView, Page, PageQuery } from '@treaty/contracts';
import { createNegotiationRequest } from '@treaty/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { NegotiationAccess } from '../access/negotiation-access';
import { AuditLog } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { Membership } from './membership.entity';
import { Negotiation } from './negotiation.entity';
import { toNegotiationView } from './negotiation.views';

type NewNegotiation = z.output<typeof createNegotiationRequest>;

@Injectable()
export class NegotiationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async create(actor: AuthUser, input: NewNegotiation): Promise<NegotiationView> {
    const negotiation = await this.transactions.run(async (manager) => {
      const id = randomUUID();
      await manager.insert(Negotiation, {
        id,
        title: input.title,
        description: input.description ?? null,
        adoptionRule: input.adoptionRule,
        createdBy: actor.id,
      });
      const stored = await manager.findOneByOrFail(Negotiation, { id });
      await this.audit.record(manager, {
        negotiationId: id,
        actorId: actor.id,
        actorDelegationId: null,
        action: 'negotiation.create',
        target: { type: 'negotiation', id },
        after: { title: stored.title, description: stored.description, adoptionRule: stored.adoptionRule },
      });
      return stored;
    });
    return toNegotiationView(negotiation, null);
  }

  /** The negotiations the user belongs to; an admin sees all of them. */
  async listFor(user: AuthUser, page: PageQuery): Promise<Page<NegotiationView>> {
    const query = this.dataSource.getRepository(Negotiation).createQueryBuilder('n');
    if (!user.isAdmin) {
      query.where('EXISTS (SELECT 1 FROM memberships m WHERE m.negotiation_id = n.id AND m.user_id = :userId)', {
        userId: user.id,
      });
    }
    const result = await paginate(query, 'n', page);
    const mine = result.items.length
      ? await this.dataSource
          .getRepository(Membership)
          .createQueryBuilder('m')
          .leftJoinAndSelect('m.delegation', 'd')
          .where('m.user_id = :userId AND m.negotiation_id IN (:...ids)', {
            userId: user.id,
            ids: result.items.map((n) => n.id),
          })
          .getMany()
      : [];
    const byNegotiation = new Map(mine.map((m) => [m.negotiationId, m]));
    return {
      items: result.items.map((n) => toNegotiationView(n, byNegotiation.get(n.id))),
      nextCursor: result.nextCursor,
    };
  }

  async view(access: NegotiationAccess): Promise<NegotiationView> {
    return toNegotiationView(access.negotiation, access.membership);
  }
}
