import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allowedDraftActions, decide, forbidden, notFound, seesDraft, type DraftAction, type PolicyContext } from '@treaty/domain';
import { DataSource } from 'typeorm';
import { Draft } from '../drafts/draft.entity';
import type { AuthUser } from '../identity/auth-user';
import { Delegation } from '../negotiations/delegation.entity';
import { Membership } from '../negotiations/membership.entity';
import { Negotiation } from '../negotiations/negotiation.entity';
import { accessOf, type NegotiationAccess } from './negotiation-access';

/** What the server knows of a person in front of one draft. */
export interface DraftAccess extends NegotiationAccess {
  draft: Draft;
  context: PolicyContext;
  /** The draft actions the policy allows this person now. */
  actions: DraftAction[];
}

@Injectable()
export class DraftAccessResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Resolves access; a draft the person may not see at all does not exist for them (404).
   * One query for the draft, its negotiation and the person's membership: every realtime
   * connection pays it, and a herd of them arrives at once.
   */
  async resolve(user: AuthUser, draftId: string): Promise<DraftAccess> {
    const found = await this.dataSource
      .getRepository(Draft)
      .createQueryBuilder('d')
      .innerJoinAndMapOne('d.negotiation', Negotiation, 'n', 'n.id = d.negotiation_id')
      .leftJoinAndMapOne('d.membership', Membership, 'm', 'm.negotiation_id = d.negotiation_id AND m.user_id = :userId', { userId: user.id })
      .leftJoinAndMapOne('m.delegation', Delegation, 'del', 'del.id = m.delegation_id')
      .where('d.id = :draftId', { draftId })
      .getOne();
    if (!found) throw notFound('Draft');
    const draft = found as Draft & { negotiation: Negotiation; membership?: Membership };
    const access = accessOf(user, draft.negotiation, draft.membership ?? null);
    const state = { stage: draft.stage, observerAccess: draft.observerAccess };
    const context: PolicyContext = { draft: state };
    const actions = allowedDraftActions(access.actor, state);
    if (!seesDraft(actions)) throw notFound('Draft');
    return { ...access, draft, context, actions };
  }

  async authorize(user: AuthUser, draftId: string, action: DraftAction): Promise<DraftAccess> {
    const access = await this.resolve(user, draftId);
    const decision = decide(access.actor, action, access.context);
    if (!decision.allowed) throw forbidden(decision.reason);
    return access;
  }
}
