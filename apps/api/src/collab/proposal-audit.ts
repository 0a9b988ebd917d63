import { Injectable } from '@nestjs/common';
import type { ProposalChange } from '@treaty/treaty-schema';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit.service';
import { UUID_PATTERN } from '../platform/id.pipe';
import type { Author } from './update-store';

const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

const ACTIONS = {
  bracket: { made: 'bracket.create', changed: 'bracket.proposers', gone: 'bracket.withdraw' },
  option: { made: 'option.table', changed: 'option.proposers', gone: 'option.withdraw' },
} as const;

/**
 * Brackets and options are made in the editor, not through the API; the audit log still names
 * who made, joined or withdrew each, in the transaction that stores the update doing it. That
 * transaction stores everyone's batch: nothing here may fail on what a client chose to send,
 * so ids that are not UUIDs are recorded as data, against the draft.
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
        target: targetOf(change, draftId),
        ...(change.before ? { before: { proposers: change.before } } : {}),
        after: { draftId, [change.kind]: change.id.slice(0, 100), ...(change.after ? { proposers: change.after } : {}) },
      });
    }
  }
}

/** A bracket by its id; an option by its set of alternatives; otherwise the draft. */
function targetOf(change: ProposalChange, draftId: string): { type: string; id: string } {
  if (change.kind === 'bracket' && UUID.test(change.id)) return { type: 'bracket', id: change.id.toLowerCase() };
  if (change.kind === 'option' && change.set && UUID.test(change.set)) return { type: 'alternatives', id: change.set.toLowerCase() };
  return { type: 'draft', id: draftId };
}
