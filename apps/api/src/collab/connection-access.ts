import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  allowedDraftActions,
  DomainError,
  notFound,
  seesDraft,
  type DelegationKind,
  type DraftAction,
  type ObserverAccess,
  type Role,
  type Stage,
} from '@treaty/domain';
import { DataSource } from 'typeorm';
import { actorOf } from '../access/negotiation-access';
import type { AuthUser } from '../identity/auth-user';
import { Tokens } from '../identity/tokens';

/** What one realtime connection is: its person, their seat, and what the policy lets them do now. */
export interface ConnectionAccess {
  user: AuthUser;
  negotiationId: string;
  membership: { role: Role; delegationId: string | null; delegation: string | null } | null;
  actions: DraftAction[];
}

interface Row {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  negotiation_id: string | null;
  stage: Stage | null;
  observer_access: ObserverAccess | null;
  role: Role | null;
  delegation_id: string | null;
  delegation_name: string | null;
  delegation_kind: DelegationKind | null;
}

/*
 * The person, the draft's stage and observer access, and the person's membership in its
 * negotiation, in one round trip. The same facts REST reads through TokenUsers and
 * DraftAccessResolver (two queries and the query builder's work): a herd of connections
 * arrives at once after a restart, and on the embedded database each query holds the event
 * loop that is sending the others their documents.
 */
const FACTS = `
  SELECT u.id, u.email, u.name, u.is_admin, d.negotiation_id, d.stage, d.observer_access,
         m.role, m.delegation_id, del.name AS delegation_name, del.kind AS delegation_kind
    FROM users u
    LEFT JOIN drafts d ON d.id = $2
    LEFT JOIN memberships m ON m.negotiation_id = d.negotiation_id AND m.user_id = u.id
    LEFT JOIN delegations del ON del.id = m.delegation_id
   WHERE u.id = $1`;

/**
 * Admits realtime connections: re-reads the person and their access from the database each
 * time (a removed account or membership stops working at once) and asks the one policy.
 */
@Injectable()
export class ConnectionAccessResolver {
  constructor(
    private readonly tokens: Tokens,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A token and a draft id in; 401 for a bad token or a removed account, 404 for a draft they may not see. */
  async admit(token: string, draftId: string): Promise<{ access: ConnectionAccess; expiresAt: Date }> {
    const { userId, expiresAt } = await this.tokens.verify(token);
    return { access: await this.resolve(userId, draftId), expiresAt };
  }

  async resolve(userId: string, draftId: string): Promise<ConnectionAccess> {
    const [row] = (await this.dataSource.query(FACTS, [userId, draftId])) as Row[];
    if (!row) throw new DomainError('unauthenticated', 'The access token is missing, expired or invalid');
    if (!row.negotiation_id || !row.stage || !row.observer_access) throw notFound('Draft');
    const user: AuthUser = { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin };
    const membership = row.role ? { role: row.role, delegationId: row.delegation_id, delegationKind: row.delegation_kind } : null;
    const actions = allowedDraftActions(actorOf(user, membership), { stage: row.stage, observerAccess: row.observer_access });
    if (!seesDraft(actions)) throw notFound('Draft');
    return {
      user,
      negotiationId: row.negotiation_id,
      membership: membership && { role: membership.role, delegationId: membership.delegationId, delegation: row.delegation_name },
      actions,
    };
  }
}
