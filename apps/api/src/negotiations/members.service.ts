import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AddMemberRequest, MemberView, Page, PageQuery } from '@treaty/contracts';
import { assertMembershipFits, can, conflict, invalid, notFound } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { NegotiationAccess } from '../access/negotiation-access';
import { AuditLog } from '../audit/audit.service';
import { DomainEvents } from '../events/domain-events';
import { User } from '../identity/user.entity';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { Delegation } from './delegation.entity';
import { Membership } from './membership.entity';
import { toMemberView } from './negotiation.views';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
  ) {}

  async add(access: NegotiationAccess, input: AddMemberRequest): Promise<MemberView> {
    const negotiationId = access.negotiation.id;
    const membership = await this.transactions.run(async (manager) => {
      const user = await this.findUser(manager, input);
      const delegation = input.delegationId
        ? await manager.findOneBy(Delegation, { id: input.delegationId, negotiationId })
        : null;
      if (input.delegationId && !delegation) throw invalid('delegationId', 'no such delegation in this negotiation');
      assertMembershipFits(input.role, delegation?.kind ?? null);
      if (await manager.existsBy(Membership, { negotiationId, userId: user.id })) {
        throw conflict(`${user.name} is already a member of this negotiation`);
      }
      const id = randomUUID();
      await manager.insert(Membership, { id, negotiationId, userId: user.id, role: input.role, delegationId: delegation?.id ?? null });
      const stored = await manager.findOneOrFail(Membership, { where: { id }, relations: { user: true, delegation: true } });
      await this.audit.record(manager, {
        negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'member.add',
        target: { type: 'membership', id },
        after: { userId: user.id, role: stored.role, delegationId: stored.delegationId },
      });
      return stored;
    });
    return toMemberView(membership, true);
  }

  /**
   * Ends a membership. Open realtime connections of that person lose their rights at once;
   * the last secretariat member cannot be removed (nobody could run the negotiation).
   */
  async remove(access: NegotiationAccess, membershipId: string): Promise<void> {
    const negotiationId = access.negotiation.id;
    const removed = await this.transactions.run(async (manager) => {
      const membership = await manager.findOneBy(Membership, { id: membershipId, negotiationId });
      if (!membership) throw notFound('Member');
      if (membership.role === 'secretariat' && (await manager.countBy(Membership, { negotiationId, role: 'secretariat' })) <= 1) {
        throw conflict('the last secretariat member cannot be removed: add another first');
      }
      await manager.delete(Membership, { id: membership.id });
      await this.audit.record(manager, {
        negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'member.remove',
        target: { type: 'membership', id: membership.id },
        before: { userId: membership.userId, role: membership.role, delegationId: membership.delegationId },
      });
      return membership;
    });
    this.events.emit('member.changed', negotiationId, removed.userId);
  }

  async list(access: NegotiationAccess, page: PageQuery): Promise<Page<MemberView>> {
    const query = this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .leftJoinAndSelect('m.delegation', 'd')
      .where('m.negotiation_id = :id', { id: access.negotiation.id });
    const result = await paginate(query, 'm', page);
    const showEmail = can(access.actor, 'negotiation.manage');
    return { items: result.items.map((m) => toMemberView(m, showEmail)), nextCursor: result.nextCursor };
  }

  private async findUser(manager: EntityManager, input: AddMemberRequest): Promise<User> {
    const user = input.userId
      ? await manager.findOneBy(User, { id: input.userId })
      : input.email
        ? await manager.findOneBy(User, { email: input.email })
        : null;
    if (user) return user;
    throw input.userId ? invalid('userId', 'no such user') : invalid('email', 'no account has this email');
  }
}
