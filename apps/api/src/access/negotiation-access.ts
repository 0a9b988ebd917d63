import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decide, forbidden, notFound, type Actor, type NegotiationAction } from '@treaty/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../identity/auth-user';
import { Membership } from '../negotiations/membership.entity';
import { Negotiation } from '../negotiations/negotiation.entity';

/** What the server knows of a person inside one negotiation. */
export interface NegotiationAccess {
  negotiation: Negotiation;
  membership: Membership | null;
  actor: Actor;
}

/** The person as the policy sees them inside this negotiation. */
export function accessOf(user: AuthUser, negotiation: Negotiation, membership: Membership | null): NegotiationAccess {
  const facts = membership ? { role: membership.role, delegationId: membership.delegationId, delegationKind: membership.delegation?.kind ?? null } : null;
  return { negotiation, membership, actor: actorOf(user, facts) };
}

export function actorOf(user: AuthUser, membership: Actor['membership']): Actor {
  return { userId: user.id, isAdmin: user.isAdmin, membership: membership ?? null };
}

@Injectable()
export class NegotiationAccessResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(user: AuthUser, negotiationId: string): Promise<NegotiationAccess> {
    const negotiation = await this.dataSource.getRepository(Negotiation).findOneBy({ id: negotiationId });
    if (!negotiation) throw notFound('Negotiation');
    const membership = await this.dataSource.getRepository(Membership).findOne({
      where: { negotiationId, userId: user.id },
      relations: { delegation: true },
    });
    return accessOf(user, negotiation, membership);
  }

  /**
   * Asks the policy. What the person may not even read does not exist for them (404);
   * what they may read but not do is 403.
   */
  async authorize(user: AuthUser, negotiationId: string, action: NegotiationAction): Promise<NegotiationAccess> {
    const access = await this.resolve(user, negotiationId);
    if (!decide(access.actor, 'negotiation.read').allowed) throw notFound('Negotiation');
    const decision = decide(access.actor, action);
    if (!decision.allowed) throw forbidden(decision.reason);
    return access;
  }
}

