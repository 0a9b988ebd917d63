import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryView, AuditQuery, Page } from '@treaty/contracts';
import { DataSource } from 'typeorm';
import { User } from '../identity/user.entity';
import { paginate } from '../platform/pagination';
import { AuditEntry } from './audit-entry.entity';

/** Reads a negotiation's audit log, oldest first, keyed by insertion order. */
@Injectable()
export class AuditReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(negotiationId: string, query: AuditQuery): Promise<Page<AuditEntryView>> {
    const q = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .leftJoinAndMapOne('a.actor', User, 'u', 'u.id = a.actor_id')
      .where('a.negotiation_id = :negotiationId', { negotiationId });
    if (query.action) q.andWhere('a.action = :action', { action: query.action });
    if (query.actor) q.andWhere('a.actor_id = :actor', { actor: query.actor });
    if (query.since) q.andWhere('a.at >= :since', { since: query.since });
    const page = await paginate(q, 'a', query);
    return {
      items: (page.items as (AuditEntry & { actor?: User })[]).map((a) => ({
        id: a.id,
        negotiationId: a.negotiationId,
        actor: a.actor ? { id: a.actor.id, name: a.actor.name } : null,
        actorDelegationId: a.actorDelegationId,
        action: a.action,
        target: { type: a.targetType, id: a.targetId },
        before: a.before,
        after: a.after,
        at: a.at.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }
}
