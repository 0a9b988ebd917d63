import { Injectable } from '@nestjs/common';
import type { RevisionSummary } from '@treaty/contracts';
import { canonicalJson, countBrackets, countOptions, revisionLabel, revisionSymbol, type TreatyText } from '@treaty/treaty-schema';
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit.service';
import { Revision } from './revision.entity';
import { toRevisionSummary } from './revision.views';

/** SHA-256 of the canonical JSON: what anyone holding the text can recompute to check it. */
export const revisionHash = (text: TreatyText): string => createHash('sha256').update(canonicalJson(text), 'utf8').digest('hex');

/** Who issues a revision of which draft: a person's access, or the demo seed acting for the secretariat. */
export interface Issuing {
  draft: { id: string; negotiationId: string };
  actor: { userId: string };
  membership: { delegationId: string | null } | null;
}

/** Writes the next revision of a draft, with its audit record, inside the caller's transaction. */
@Injectable()
export class RevisionIssuer {
  constructor(private readonly audit: AuditLog) {}

  async issue(manager: EntityManager, access: Issuing, text: TreatyText, options: { roundId: string | null; label?: string }): Promise<RevisionSummary> {
    const draftId = access.draft.id;
    // Held until commit: two revisions issued at once must not both take the same number.
    await manager.query('SELECT id FROM drafts WHERE id = $1 FOR UPDATE', [draftId]);
    const number = await manager.countBy(Revision, { draftId });
    const issuedAt = new Date();
    const revision = manager.create(Revision, {
      id: randomUUID(),
      draftId,
      number,
      label: options.label ?? revisionLabel(number),
      symbol: revisionSymbol(draftId, number, issuedAt),
      text,
      sha256: revisionHash(text),
      bracketCount: countBrackets(text),
      optionCount: countOptions(text),
      roundId: options.roundId,
      issuedBy: access.actor.userId,
      issuedAt,
    });
    await manager.insert(Revision, revision);
    const summary = toRevisionSummary(revision);
    await this.audit.record(manager, {
      negotiationId: access.draft.negotiationId,
      actorId: access.actor.userId,
      actorDelegationId: access.membership?.delegationId ?? null,
      action: 'revision.issue',
      target: { type: 'revision', id: revision.id },
      after: { draftId, number, label: summary.label, symbol: summary.symbol, sha256: summary.sha256, roundId: options.roundId },
    });
    return summary;
  }
}
