import { Injectable } from '@nestjs/common';
import type { ProposalChange } from '@treaty/treaty-schema';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit.service';
import type { Author } from './update-store';

const ACTIONS = {
  bracket: { made: 'bracket.create', changed: 'bracket.proposers', gone: 'bracket.withdraw' },
  option: { made: 'option.table', changed: 'option.proposers', gone: 'option.withdraw' },
} as const;

/**
 * Brackets and options are made in the editor, not through the API; the audit log still names
 * who made, joined or withdrew each, in the transaction that stores the update doing it.
 */
@Injectable()
export class ProposalAudit {
  constructor(private readonly audit: AuditLog) {}

  async record(manager: EntityManager, draftId: string, author: Author, changes: ProposalChange[]): Promise<void> {
    if (!author.userId) return;
    const rows: { negotiation_id: string }[] = await manager.query('SELECT negotiation_id FROM drafts WHERE id = $1', [draftId]);
    const negotiationId = rows[0]?.negotiation_id ?? null;
    for (const change of changes) {
      const action = change.before === null ? 'made' : change.after === null ? 'gone' : 'changed';
      await this.audit.record(manager, {
        negotiationId,
        actorId: author.userId,
        actorDelegationId: author.delegationId,
        action: ACTIONS[change.kind][action],
        target: { type: change.kind, id: change.id },
        ...(change.before ? { before: { proposers: change.before } } : {}),
        after: { draftId, ...(change.after ? { proposers: change.after } : {}) },
      });
    }
  }
}
