import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CitationsQuery, CitationView, CiteProvisionRequest, Page } from '@treaty/contracts';
import { conflict, EVERYONE, forbidden, invalid, notFound } from '@treaty/domain';
import type { DocumentCitation } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { LiveText } from '../revisions/live-text';
import { Citation } from './citation.entity';
import { clauseIdsOf } from './clause-ids';
import { Framework } from './framework.entity';
import { toCitationView, toDocumentCitation } from './framework.views';

/**
 * The concordance: which provisions of registered instruments each clause cites. A citation is
 * the citing delegation's (or the secretariat's); it is audited on the draft's negotiation chain
 * and announced live to everyone who reads the draft — it says nothing a reader may not see.
 */
@Injectable()
export class CitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly liveText: LiveText,
    private readonly events: DomainEvents,
  ) {}

  async cite(access: DraftAccess, clauseId: string, input: CiteProvisionRequest): Promise<CitationView> {
    const framework = await this.dataSource.getRepository(Framework).findOneBy({ id: input.frameworkId });
    if (!framework) throw invalid('frameworkId', 'no instrument with this id is registered');
    // Checked on the live text as it is now: a clause being removed at this moment may still be
    // cited, and the citation stays on the record like a comment on a removed clause.
    if (!clauseIdsOf(await this.liveText.read(access.draft.id)).has(clauseId)) throw notFound('Clause');
    const id = randomUUID();
    const delegationId = access.membership?.delegationId ?? null;
    const duplicate = () => conflict(`this clause already cites ${input.provision} of ${framework.name}`);
    let stored: Citation;
    try {
      stored = await this.transactions.run(async (manager) => {
        if (await this.alreadyCited(manager, access.draft.id, clauseId, input)) throw duplicate();
        await manager.insert(Citation, { id, draftId: access.draft.id, clauseId, frameworkId: framework.id, provision: input.provision, delegationId, citedById: access.actor.userId });
        await this.audit.record(manager, {
          negotiationId: access.draft.negotiationId,
          actorId: access.actor.userId,
          actorDelegationId: delegationId,
          action: 'citation.add',
          target: { type: 'citation', id },
          after: { draftId: access.draft.id, clauseId, frameworkId: framework.id, framework: framework.name, provision: input.provision },
        });
        return this.withRelations(manager.createQueryBuilder(Citation, 'c')).where('c.id = :id', { id }).getOneOrFail();
      });
    } catch (error) {
      // The same citation made twice at once on PostgreSQL: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw duplicate();
      throw error;
    }
    const view = toCitationView(stored);
    this.events.emit('live', { draftId: access.draft.id, name: 'citation.added', audience: EVERYONE, payload: { citation: view } });
    return view;
  }

  /** The citing delegation may withdraw its citation; the secretariat may withdraw any. */
  async withdraw(access: DraftAccess, clauseId: string, citationId: string): Promise<void> {
    const citation = await this.dataSource.getRepository(Citation).findOne({ where: { id: citationId, draftId: access.draft.id, clauseId }, relations: { framework: true } });
    if (!citation) throw notFound('Citation');
    const membership = access.actor.membership;
    const own = membership?.role !== 'secretariat' && citation.delegationId !== null && citation.delegationId === membership?.delegationId;
    if (membership?.role !== 'secretariat' && !own) throw forbidden("only the citing delegation or the secretariat may withdraw a citation");
    await this.transactions.run(async (manager) => {
      await manager.delete(Citation, { id: citation.id });
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'citation.remove',
        target: { type: 'citation', id: citation.id },
        before: {
          draftId: access.draft.id,
          clauseId,
          frameworkId: citation.frameworkId,
          framework: citation.framework?.name ?? null,
          provision: citation.provision,
          delegationId: citation.delegationId,
          citedBy: citation.citedById,
        },
      });
    });
    this.events.emit('live', { draftId: access.draft.id, name: 'citation.removed', audience: EVERYONE, payload: { id: citation.id, clauseId } });
  }

  /** A draft's citations, or one clause's, in the order they were made. */
  async list(access: DraftAccess, query: CitationsQuery, clauseId?: string): Promise<Page<CitationView>> {
    const q = this.withRelations(this.dataSource.getRepository(Citation).createQueryBuilder('c')).where('c.draft_id = :draftId', { draftId: access.draft.id });
    if (clauseId) q.andWhere('c.clause_id = :clauseId', { clauseId });
    const page = await paginate(q, 'c', query);
    return { items: page.items.map(toCitationView), nextCursor: page.nextCursor };
  }

  /** Every citation of the draft, for the files made from it (exports read all, unpaged). */
  async citationsOf(draftId: string): Promise<DocumentCitation[]> {
    const rows = await this.withRelations(this.dataSource.getRepository(Citation).createQueryBuilder('c'))
      .where('c.draft_id = :draftId', { draftId })
      .orderBy('c.seq', 'ASC')
      .getMany();
    return rows.map(toDocumentCitation);
  }

  private alreadyCited(manager: EntityManager, draftId: string, clauseId: string, input: CiteProvisionRequest): Promise<boolean> {
    return manager
      .createQueryBuilder(Citation, 'c')
      .where('c.draft_id = :draftId AND c.clause_id = :clauseId AND c.framework_id = :frameworkId', { draftId, clauseId, frameworkId: input.frameworkId })
      .andWhere('lower(c.provision) = lower(:provision)', { provision: input.provision })
      .getExists();
  }

  private withRelations(q: SelectQueryBuilder<Citation>): SelectQueryBuilder<Citation> {
    return q.innerJoinAndSelect('c.framework', 'f').leftJoinAndSelect('c.delegation', 'd').leftJoinAndSelect('c.citedBy', 'u');
  }
}
