import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DraftView, Page, PageQuery, TransitionRequest, TransitionView } from '@treaty/contracts';
import { conflict } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { DraftTransition } from './draft-transition.entity';
import { Draft } from './draft.entity';
import { toDraftView, toTransitionView } from './draft.views';

/**
 * Moves a draft between stages. For now any move to another stage is allowed with a reason;
 * the workflow issue brings the state machine's guards (packages/workflow). Entering a stage
 * re-decides rights on every open channel at once.
 */
@Injectable()
export class TransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
  ) {}

  async move(access: DraftAccess, input: TransitionRequest): Promise<DraftView> {
    const from = access.draft.stage;
    if (input.to === from) throw conflict(`the draft is already in the ${from} stage`);
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
    return toDraftView(draft, access.actor);
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
