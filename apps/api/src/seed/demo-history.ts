import { Injectable } from '@nestjs/common';
import { importTreaty, replaceText, toTreatyText, treatyToYDoc, yDocToTreaty } from '@treaty/treaty-schema';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { AuditLog } from '../audit/audit.service';
import { UpdateStore } from '../collab/update-store';
import { DraftTransition } from '../drafts/draft-transition.entity';
import { Draft } from '../drafts/draft.entity';
import { RevisionIssuer } from '../revisions/revision-issuer';

/** The Paris Agreement as negotiated in 2015, text by text: the demo's history of a real negotiation. */
export const PARIS_HISTORY = [
  { label: 'ADP draft, 23 Oct 2015', file: 'negotiating/paris-2015-10-23-adp-draft-agreement.md' },
  { label: 'ADP draft, 4 Dec 2015', file: 'negotiating/paris-2015-12-04-adp-draft-agreement.md' },
  { label: 'COP draft, 9 Dec 2015', file: 'negotiating/paris-2015-12-09-cop-draft-agreement.md' },
  { label: 'L.9/Rev.1, 12 Dec 2015', file: 'negotiating/paris-2015-12-12-L9Rev1-agreement.md' },
  { label: 'Adopted text', file: 'paris-agreement-2015.md' },
] as const;

export const PARIS_HISTORY_TITLE = 'Paris Agreement negotiations, 2015 (history)';

/** The repository's fixtures/treaties, found upwards from here: the same from the sources and from dist. */
function treatiesFolder(): string | null {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'fixtures', 'treaties');
    if (existsSync(join(candidate, 'negotiating'))) return candidate;
  }
  return null;
}

/**
 * A second demo draft holding the five texts of 2015 as its revisions, each made the live text
 * in turn (as `POST /revisions` with a source does), so the bracket trend shows a real
 * negotiation closing: hundreds of brackets in October, none on 12 December.
 */
@Injectable()
export class DemoHistory {
  constructor(
    private readonly updates: UpdateStore,
    private readonly issuer: RevisionIssuer,
    private readonly audit: AuditLog,
  ) {}

  /** False when the fixtures are not beside this build (a deployment without the repository). */
  async seed(manager: EntityManager, negotiationId: string, secretary: string): Promise<boolean> {
    const folder = treatiesFolder();
    if (!folder) return false;
    const texts = PARIS_HISTORY.map((entry) => ({ ...entry, source: readFileSync(join(folder, entry.file), 'utf8') }));
    const [first, ...rest] = texts;
    if (!first) return false;
    const id = randomUUID();
    await manager.insert(Draft, { id, negotiationId, title: PARIS_HISTORY_TITLE, stage: 'negotiation', observerAccess: 'open', createdBy: secretary });
    const reason = 'The negotiating texts of 2015, brought in as revisions.';
    await manager.insert(DraftTransition, { id: randomUUID(), draftId: id, from: 'issue-identification', to: 'negotiation', reason, actorId: secretary });
    await this.audit.record(manager, {
      negotiationId,
      actorId: secretary,
      actorDelegationId: null,
      action: 'draft.create',
      target: { type: 'draft', id },
      after: { title: PARIS_HISTORY_TITLE, stage: 'negotiation', reason },
    });

    const doc = treatyToYDoc(importTreaty(first.source, 'markdown').doc);
    const author = { userId: secretary, delegationId: null };
    const issuing = { draft: { id, negotiationId }, actor: { userId: secretary }, membership: null };
    await this.updates.appendIn(manager, id, Y.encodeStateAsUpdate(doc), author);
    await this.issuer.issue(manager, issuing, toTreatyText(yDocToTreaty(doc)), { roundId: null, label: first.label });
    for (const text of rest) {
      const before = Y.encodeStateVector(doc);
      replaceText(doc, importTreaty(text.source, 'markdown').doc);
      await this.updates.appendIn(manager, id, Y.encodeStateAsUpdate(doc, before), author);
      await this.issuer.issue(manager, issuing, toTreatyText(yDocToTreaty(doc)), { roundId: null, label: text.label });
    }
    return true;
  }
}
