import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DraftView, Page, PageQuery, TransitionRequest, TransitionView, WorkflowView } from '@treaty/contracts';
import { conflict, decideTransition, EVERYONE, forbidden, guardChecklist, movesFrom, type WorkflowFacts } from '@treaty/domain';
import { yDocToTreaty } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { decisionPassed } from '../adoption/adoption-decision';
import { AuditLog } from '../audit/audit.service';
import { DocumentRegistry } from '../collab/document-registry';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { DraftTransition } from './draft-transition.entity';
import { Draft } from './draft.entity';
import { toDraftView, toTransitionView } from './draft.views';
import { textFacts } from './workflow-facts';

/**
 * Moves a draft between stages through the workflow machine of packages/domain, its guards
 * judged on the live text. A refused move answers 409 with the guard's name and reason, and
 * changes nothing. Entering a stage re-decides rights on every open channel at once.
 */
@Injectable()
export class TransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
    private readonly documents: DocumentRegistry,
  ) {}

  async move(access: DraftAccess, input: TransitionRequest): Promise<DraftView> {
    const from = access.draft.stage;
    const state = { stage: from, observerAccess: access.draft.observerAccess };
    // Judged on the text as read here: an edit landing between this read and the commit is not
    // seen, since parties keep their write right until the stage has moved.
    const decision = decideTransition(access.actor, state, input.to, await this.facts(access.draft.id));
    if (!decision.allowed) {
      if (decision.guard === 'secretariat-moves') throw forbidden(decision.reason);
      throw conflict(`${decision.guard}: ${decision.reason}`);
    }
    const draft = await this.transactions.run(async (manager) => {
      // Only from the stage the caller saw: two moves at once cannot both win.
      const moved = await manager.update(Draft, { id: access.draft.id, stage: from }, { stage: input.to });
      if (!moved.affected) throw conflict('the draft changed stage meanwhile; reload and try again');
      const id = randomUUID();
      await manager.insert(DraftTransition, { id, draftId: access.draft.id, from, to: input.to, reason: input.reason, actorId: access.actor.userId });
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'draft.transition',
        target: { type: 'draft', id: access.draft.id },
        before: { stage: from },
        after: { stage: input.to, reason: input.reason },
      });
      return manager.findOneByOrFail(Draft, { id: access.draft.id });
    });
    this.events.emit('draft.changed', draft.id);
    this.events.emit('live', { draftId: draft.id, name: 'stage.changed', audience: EVERYONE, requires: 'revision.read', payload: { from, to: draft.stage, reason: input.reason } });
    return toDraftView(draft, access.actor);
  }

  /** Where the draft may go next and what each move still needs: the workflow panel's checklist. */
  async workflow(access: DraftAccess): Promise<WorkflowView> {
    const stage = access.draft.stage;
    const facts = await this.facts(access.draft.id);
    return { stage, next: movesFrom(stage).map((to) => ({ to, guards: guardChecklist(stage, to, facts) })) };
  }

  private async facts(draftId: string): Promise<WorkflowFacts> {
    const text = await this.documents.read(draftId, (doc) => textFacts(yDocToTreaty(doc)));
    return { ...text, decisionPassed: await decisionPassed(this.dataSource.manager, draftId) };
  }

  async history(access: DraftAccess, page: PageQuery): Promise<Page<TransitionView>> {
    const query = this.dataSource
      .getRepository(DraftTransition)
      .createQueryBuilder('t')
      .leftJoinAndSelect('t.actor', 'u')
      .where('t.draft_id = :id', { id: access.draft.id });
    const result = await paginate(query, 't', page);
    return { items: result.items.map(toTransitionView), nextCursor: result.nextCursor };
  }
}
