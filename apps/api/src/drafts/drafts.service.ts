import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateDraftRequest, CreatedDraftView, DraftView, Page, PageQuery, UpdateDraftRequest } from '@treaty/contracts';
import { invalid, notFound, seesDraft } from '@treaty/domain';
import { treatyToYDoc, type ImportedTreaty } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import type { DraftAccess } from '../access/draft-access';
import type { NegotiationAccess } from '../access/negotiation-access';
import { AuditLog } from '../audit/audit.service';
import { UpdateStore } from '../collab/update-store';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { Draft } from './draft.entity';
import { toDraftView } from './draft.views';
import { DocumentWorkers } from '../documents/document-workers';

const EMPTY_TREATY: ImportedTreaty = { title: null, doc: { type: 'doc', content: [{ type: 'preamble' }] }, warnings: [] };

@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly updates: UpdateStore,
    private readonly events: DomainEvents,
    private readonly workers: DocumentWorkers,
  ) {}

  /**
   * Creates a draft, from a treaty text when one is given. The server seeds the shared
   * document once, here: clients never seed content (that duplicates text).
   */
  async create(access: NegotiationAccess, input: CreateDraftRequest): Promise<CreatedDraftView> {
    // Reading a whole convention is seconds of CPU: a worker thread does it.
    const read = input.source ? await this.workers.read(input.source, true) : null;
    const imported = read?.treaty ?? EMPTY_TREATY;
    const title = input.title ?? imported.title;
    if (!title) throw invalid('title', 'give a title: the text has none');
    const initial = read?.initialState ?? Y.encodeStateAsUpdate(treatyToYDoc(imported.doc));
    const actor = access.actor;
    const draft = await this.transactions.run(async (manager) => {
      const id = randomUUID();
      await manager.insert(Draft, {
        id,
        negotiationId: access.negotiation.id,
        title,
        stage: 'issue-identification',
        observerAccess: 'open',
        createdBy: actor.userId,
      });
      const author = { userId: actor.userId, delegationId: access.membership?.delegationId ?? null };
      await this.updates.appendIn(manager, id, initial, author);
      const stored = await manager.findOneByOrFail(Draft, { id });
      await this.audit.record(manager, {
        negotiationId: access.negotiation.id,
        actorId: actor.userId,
        actorDelegationId: author.delegationId,
        action: 'draft.create',
        target: { type: 'draft', id },
        after: { title, stage: stored.stage, imported: input.source?.format ?? null, warnings: imported.warnings.length },
      });
      return stored;
    });
    return { ...toDraftView(draft, actor), warnings: imported.warnings };
  }

  /** The negotiation's drafts the caller may see. */
  async list(access: NegotiationAccess, page: PageQuery): Promise<Page<DraftView>> {
    const query = this.dataSource
      .getRepository(Draft)
      .createQueryBuilder('d')
      .where('d.negotiation_id = :id', { id: access.negotiation.id });
    const result = await paginate(query, 'd', page);
    const items = result.items
      .map((draft) => toDraftView(draft, access.actor))
      .filter((view) => seesDraft(view.myActions));
    return { items, nextCursor: result.nextCursor };
  }

  view(access: DraftAccess): DraftView {
    return toDraftView(access.draft, access.actor);
  }

  async update(access: DraftAccess, input: UpdateDraftRequest): Promise<DraftView> {
    const before = { title: access.draft.title, observerAccess: access.draft.observerAccess };
    const draft = await this.transactions.run(async (manager) => {
      await manager.update(Draft, { id: access.draft.id }, { ...input });
      const stored = await manager.findOneBy(Draft, { id: access.draft.id });
      if (!stored) throw notFound('Draft');
      await this.audit.record(manager, {
        negotiationId: stored.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'draft.update',
        target: { type: 'draft', id: stored.id },
        before,
        after: { title: stored.title, observerAccess: stored.observerAccess },
      });
      return stored;
    });
    if (draft.observerAccess !== before.observerAccess) this.events.emit('draft.changed', draft.id);
    return toDraftView(draft, access.actor);
  }
}
