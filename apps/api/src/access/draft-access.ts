import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DRAFT_ACTIONS, decide, forbidden, notFound, type DraftAction, type PolicyContext } from '@treaty/domain';
import { DataSource } from 'typeorm';
import { Draft } from '../drafts/draft.entity';
import type { AuthUser } from '../identity/auth-user';
import { NegotiationAccessResolver, type NegotiationAccess } from './negotiation-access';

/** What the server knows of a person in front of one draft. */
export interface DraftAccess extends NegotiationAccess {
  draft: Draft;
  context: PolicyContext;
  /** The draft actions the policy allows this person now. */
  actions: DraftAction[];
}

const isVisible = (actions: DraftAction[]) => actions.includes('text.read') || actions.includes('revision.read');

@Injectable()
export class DraftAccessResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly negotiations: NegotiationAccessResolver,
  ) {}

  /** Resolves access; a draft the person may not see at all does not exist for them (404). */
  async resolve(user: AuthUser, draftId: string): Promise<DraftAccess> {
    const draft = await this.dataSource.getRepository(Draft).findOneBy({ id: draftId });
    if (!draft) throw notFound('Draft');
    const access = await this.negotiations.resolve(user, draft.negotiationId);
    const context: PolicyContext = { draft: { stage: draft.stage, observerAccess: draft.observerAccess } };
    const actions = DRAFT_ACTIONS.filter((action) => decide(access.actor, action, context).allowed);
    if (!isVisible(actions)) throw notFound('Draft');
    return { ...access, draft, context, actions };
  }

  async authorize(user: AuthUser, draftId: string, action: DraftAction): Promise<DraftAccess> {
    const access = await this.resolve(user, draftId);
    const decision = decide(access.actor, action, access.context);
    if (!decision.allowed) throw forbidden(decision.reason);
    return access;
  }
}
