import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, ProposalView, ProposalsQuery, RejectProposalRequest, TableProposalRequest } from '@treaty/contracts';
import { conflict, DomainError, EVERYONE, forbidden, notFound } from '@treaty/domain';
import { replaceClauseText, TextOperationError, toTreatyText, yDocToTreaty, type ClauseReplacement } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DocumentRegistry } from '../collab/document-registry';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { placeKey, textPlaces } from '../positions/text-places';
import { Proposal } from './proposal.entity';
import { toProposalView } from './proposal.views';

/**
 * Amendment proposals: a delegation tables a replacement text for a clause; the secretariat
 * accepts it (the text is applied live, as the deciding member's change) or rejects it with a
 * reason. A proposal is decided once.
 */
@Injectable()
export class ProposalsService {
  /**
   * Proposals being decided in this process. Accepting applies the text before the status is
   * stored (with it, in the document's transaction), so a second decision arriving meanwhile
   * would still find the proposal pending: it is turned away here instead.
   */
  private readonly deciding = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
    private readonly documents: DocumentRegistry,
  ) {}

  async table(access: DraftAccess, input: TableProposalRequest): Promise<ProposalView> {
    const delegationId = access.membership?.delegationId;
    if (!delegationId) throw forbidden('a proposal is tabled by a delegation');
    const clauseId = input.clauseId.toLowerCase();
    const place = await this.documents.read(access.draft.id, (doc) => textPlaces(toTreatyText(yDocToTreaty(doc))).get(placeKey('clause', clauseId)));
    if (!place) throw notFound('Clause');
    // In review every article is agreed: a proposal then amends the adopted text, not the live draft.
    if (place.lockedArticle !== null && !amendsAdoptedText(access)) throw conflict(`article ${place.lockedArticle} is agreed and locked`);
    const id = randomUUID();
    await this.transactions.run(async (manager) => {
      await manager.insert(Proposal, { id, draftId: access.draft.id, clauseId, text: input.text, rationale: input.rationale ?? null, delegationId, proposedById: access.actor.userId });
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: delegationId,
        action: 'proposal.table',
        target: { type: 'proposal', id },
        after: { clauseId, text: input.text, rationale: input.rationale ?? null },
      });
    });
    return this.announce(access, id, 'proposal.tabled');
  }

  async list(access: DraftAccess, query: ProposalsQuery): Promise<Page<ProposalView>> {
    const q = this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.delegation', 'd')
      .leftJoinAndSelect('p.proposedBy', 'u')
      .leftJoinAndSelect('p.decidedBy', 'dec')
      .where('p.draft_id = :draftId', { draftId: access.draft.id });
    if (query.status) q.andWhere('p.status = :status', { status: query.status });
    if (query.clauseId) q.andWhere('p.clause_id = :clauseId', { clauseId: query.clauseId.toLowerCase() });
    const page = await paginate(q, 'p', query);
    return { items: page.items.map(toProposalView), nextCursor: page.nextCursor };
  }

  /**
   * Applies the text live as the deciding member's change; the status and audit record are
   * stored with that update. In review the adopted text is frozen: an accepted amendment is
   * recorded for the parties' amendment procedure, and the text stays as adopted.
   */
  async accept(access: DraftAccess, proposalId: string): Promise<ProposalView> {
    if (amendsAdoptedText(access)) {
      await this.decide(access, proposalId, (proposal) =>
        this.transactions.run((manager) =>
          this.storeDecision(manager, access, proposal, { status: 'accepted', reason: null }, { after: { text: proposal.text, amendsAdoptedText: true } }),
        ),
      );
      return this.announce(access, proposalId, 'proposal.accepted');
    }
    await this.decide(access, proposalId, async (proposal) => {
      let replaced: ClauseReplacement | null = null;
      const author = { userId: access.actor.userId, delegationId: access.membership?.delegationId ?? null };
      // Runs inside the transaction storing the update: nothing here may throw for a reason of ours.
      const store = (manager: EntityManager) =>
        this.storeDecision(manager, access, proposal, { status: 'accepted', reason: null }, { before: { text: replaced?.before ?? null }, after: { text: proposal.text, article: replaced?.article?.number ?? null } });
      try {
        const changed = await this.documents.change(access.draft.id, author, (doc) => (replaced = replaceClauseText(doc, proposal.clauseId, proposal.text)), store);
        // The clause already read so: no update to store the decision with.
        if (!changed) await this.transactions.run(store);
      } catch (error) {
        if (!(error instanceof TextOperationError)) throw error;
        if (error.code === 'not-found') throw conflict('the clause is no longer in the text');
        throw new DomainError(error.code, error.message);
      }
    });
    return this.announce(access, proposalId, 'proposal.accepted');
  }

  async reject(access: DraftAccess, proposalId: string, input: RejectProposalRequest): Promise<ProposalView> {
    await this.decide(access, proposalId, (proposal) =>
      this.transactions.run((manager) => this.storeDecision(manager, access, proposal, { status: 'rejected', reason: input.reason }, { after: { reason: input.reason } })),
    );
    return this.announce(access, proposalId, 'proposal.rejected');
  }

  /** Runs `decision` on a pending proposal of this draft, one decision at a time. */
  private async decide(access: DraftAccess, proposalId: string, decision: (proposal: Proposal) => Promise<void>): Promise<void> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id: proposalId, draftId: access.draft.id });
    if (!proposal) throw notFound('Proposal');
    if (proposal.status !== 'pending') throw conflict(`the proposal was already ${proposal.status}`);
    if (this.deciding.has(proposalId)) throw conflict('the proposal is being decided');
    this.deciding.add(proposalId);
    try {
      await decision(proposal);
    } finally {
      this.deciding.delete(proposalId);
    }
  }

  private async storeDecision(
    manager: EntityManager,
    access: DraftAccess,
    proposal: Proposal,
    outcome: { status: 'accepted' | 'rejected'; reason: string | null },
    audited: { before?: Record<string, unknown>; after: Record<string, unknown> },
  ): Promise<void> {
    await manager.update(Proposal, { id: proposal.id, status: 'pending' }, { ...outcome, decidedById: access.actor.userId, decidedAt: new Date() });
    await this.audit.record(manager, {
      negotiationId: access.draft.negotiationId,
      actorId: access.actor.userId,
      actorDelegationId: access.membership?.delegationId ?? null,
      action: outcome.status === 'accepted' ? 'proposal.accept' : 'proposal.reject',
      target: { type: 'proposal', id: proposal.id },
      ...(audited.before ? { before: audited.before } : {}),
      after: { clauseId: proposal.clauseId, delegationId: proposal.delegationId, ...audited.after },
    });
  }

  /** The proposal as readers see it, told to every open page of the draft. */
  private async announce(access: DraftAccess, id: string, name: 'proposal.tabled' | 'proposal.accepted' | 'proposal.rejected'): Promise<ProposalView> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneOrFail({ where: { id }, relations: { delegation: true, proposedBy: true, decidedBy: true } });
    const view = toProposalView(proposal);
    this.events.emit('live', { draftId: access.draft.id, name, audience: EVERYONE, payload: { ...view } });
    return view;
  }
}

/** After adoption (review), proposals amend the adopted text rather than the negotiated draft. */
const amendsAdoptedText = (access: DraftAccess): boolean => access.draft.stage === 'review';
