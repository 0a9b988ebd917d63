import { toTreatyText, yDocToTreaty, type TreatyText } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import type { AuditLog } from '../audit/audit.service';
import { Draft } from '../drafts/draft.entity';
import { User } from '../identity/user.entity';
import { Membership } from '../negotiations/membership.entity';
import { Citation } from './citation.entity';
import { Framework } from './framework.entity';

/** Where in the demo zero draft a citation goes: an article's number, and a paragraph's when it has one. */
interface DemoCitation {
  article: number;
  paragraph: number | null;
  framework: string;
  provision: string;
  by: string;
}

const DEMO_CITATIONS: readonly DemoCitation[] = [
  { article: 1, paragraph: null, framework: 'Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law', provision: 'Article 1(1)', by: 'secretariat@demo.treaty.test' },
  { article: 3, paragraph: 1, framework: 'EU AI Act', provision: 'Article 55(1)(b)', by: 'head.aurelia@demo.treaty.test' },
  { article: 3, paragraph: 1, framework: 'NIST AI Risk Management Framework 1.0', provision: 'MAP 5.1', by: 'delegate.borealis@demo.treaty.test' },
  { article: 4, paragraph: 1, framework: 'EU AI Act', provision: 'Article 73(1)', by: 'delegate.borealis@demo.treaty.test' },
  { article: 5, paragraph: 1, framework: 'OECD AI Principles', provision: 'Recommendation 2.5', by: 'head.caledonia@demo.treaty.test' },
];

/**
 * The demo's concordance: a few clauses of the zero draft cite registered instruments, made by
 * the secretariat and delegations as they would through the API, each audited. Runs inside the
 * demo seed's transaction, after the zero draft's first update is stored.
 */
export async function seedDemoCitations(manager: EntityManager, audit: AuditLog, negotiationId: string): Promise<void> {
  const draft = await manager.findOneByOrFail(Draft, { negotiationId });
  const text = await storedText(manager, draft.id);
  for (const demo of DEMO_CITATIONS) {
    const article = text.articles.find((a) => a.number === demo.article);
    const paragraph = article?.paragraphs.find((p) => p.number === demo.paragraph);
    const clauseId = demo.paragraph === null ? article?.clauseId : paragraph?.kind === 'paragraph' ? paragraph.clauseId : null;
    const framework = await manager.findOneBy(Framework, { name: demo.framework });
    const user = await manager.findOneBy(User, { email: demo.by });
    if (!clauseId || !framework || !user) throw new Error(`the demo citation of ${demo.provision} of ${demo.framework} has nothing to stand on`);
    const membership = await manager.findOneByOrFail(Membership, { negotiationId, userId: user.id });
    const id = randomUUID();
    await manager.insert(Citation, { id, draftId: draft.id, clauseId, frameworkId: framework.id, provision: demo.provision, delegationId: membership.delegationId, citedById: user.id });
    await audit.record(manager, {
      negotiationId,
      actorId: user.id,
      actorDelegationId: membership.delegationId,
      action: 'citation.add',
      target: { type: 'citation', id },
      after: { draftId: draft.id, clauseId, frameworkId: framework.id, framework: framework.name, provision: demo.provision },
    });
  }
}

/** The draft's text from its stored updates, read in the seed's own (uncommitted) transaction. */
async function storedText(manager: EntityManager, draftId: string): Promise<TreatyText> {
  const rows: { update: Uint8Array }[] = await manager.query('SELECT update FROM draft_updates WHERE draft_id = $1 ORDER BY seq', [draftId]);
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.update));
  const text = toTreatyText(yDocToTreaty(doc));
  doc.destroy();
  return text;
}
