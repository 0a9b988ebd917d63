import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type Actor, type DelegationKind, type Membership, type ObserverAccess, type Role, type Stage } from '@treaty/domain';
import { DataSource } from 'typeorm';
import { NegotiationAccessResolver } from '../access/negotiation-access';
import type { AuthUser } from '../identity/auth-user';

/** What one person may search inside one negotiation they are a member of. */
export interface NegotiationScope {
  negotiationId: string;
  membership: Membership;
  /** Drafts whose live text they may read: its words and its comments (as the comments REST). */
  textDraftIds: string[];
  /** Drafts whose revisions they may read (an observer of a closed session: only these). */
  revisionDraftIds: string[];
}

interface Row {
  negotiation_id: string;
  role: Role;
  delegation_id: string | null;
  delegation_kind: DelegationKind | null;
  draft_id: string;
  stage: Stage;
  observer_access: ObserverAccess;
}

/**
 * Decides, draft by draft, what a search may look at, by asking the one policy (`can`) exactly
 * as the draft routes do: only negotiations the person is a member of (the platform admin sets
 * negotiations up but reads no draft of one it is not a member of), and per draft its stage
 * and observer access.
 */
@Injectable()
export class SearchScope {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly negotiations: NegotiationAccessResolver,
  ) {}

  async of(user: AuthUser, negotiationId?: string): Promise<NegotiationScope[]> {
    // A negotiation one may not read does not exist for them (404), as on its own routes.
    if (negotiationId) await this.negotiations.authorize(user, negotiationId, 'negotiation.read');
    const rows: Row[] = await this.dataSource.query(
      `SELECT m.negotiation_id, m.role, m.delegation_id, del.kind AS delegation_kind, d.id AS draft_id, d.stage, d.observer_access
         FROM memberships m
         LEFT JOIN delegations del ON del.id = m.delegation_id
         JOIN drafts d ON d.negotiation_id = m.negotiation_id
        WHERE m.user_id = $1 AND ($2::uuid IS NULL OR m.negotiation_id = $2::uuid)
        ORDER BY m.negotiation_id, d.seq`,
      [user.id, negotiationId ?? null],
    );
    const scopes = new Map<string, NegotiationScope>();
    for (const row of rows) {
      const membership: Membership = { role: row.role, delegationId: row.delegation_id, delegationKind: row.delegation_kind };
      let scope = scopes.get(row.negotiation_id);
      if (!scope) {
        scope = { negotiationId: row.negotiation_id, membership, textDraftIds: [], revisionDraftIds: [] };
        scopes.set(row.negotiation_id, scope);
      }
      const actor: Actor = { userId: user.id, isAdmin: user.isAdmin, membership };
      const draft = { draft: { stage: row.stage, observerAccess: row.observer_access } };
      if (can(actor, 'text.read', draft)) scope.textDraftIds.push(row.draft_id);
      if (can(actor, 'revision.read', draft)) scope.revisionDraftIds.push(row.draft_id);
    }
    return [...scopes.values()];
  }
}
