import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { conflict, EVERYONE, forbidden, notFound } from '@treaty/domain';
import type { TreatyText } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { Position } from '../positions/position.entity';
import { placeKey, textPlaces } from '../positions/text-places';
import { LiveText } from '../revisions/live-text';
import { RevisionIssuer } from '../revisions/revision-issuer';
import { CURRENT_ATTEMPT, currentDecision, latestDecision, type DecisionRow } from './adoption-decision';
import { tallyOf } from './adoption-tally';
import type { AdoptionView, CastVoteRequest, StandingObjection, Vote } from './adoption.schema';

interface VoteRow {
  vote: Vote;
  cast_at: Date | string;
  delegation_id: string;
  delegation_name: string;
}

const iso = (at: Date | string): string => new Date(at).toISOString();

/**
 * The adoption decision of a draft: party delegations vote (under a vote rule), the secretariat
 * closes the decision, and a passed one freezes the live text as the Adopted text revision.
 */
@Injectable()
export class AdoptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
    private readonly issuer: RevisionIssuer,
    private readonly liveText: LiveText,
  ) {}

  /** In adoption, the decision of this stay (open until recorded); after it, the latest one. */
  async get(access: DraftAccess): Promise<AdoptionView> {
    const manager = this.dataSource.manager;
    const inAdoption = access.draft.stage === 'adoption';
    const decision = inAdoption ? await currentDecision(manager, access.draft.id) : await latestDecision(manager, access.draft.id);
    if (!decision && !inAdoption) throw notFound('Adoption decision');
    const rule = decision?.rule ?? access.negotiation.adoptionRule;
    const objections = !decision?.tally && rule.method === 'consensus' ? await this.objections(manager, access.draft.id, await this.liveText.read(access.draft.id)) : [];
    return this.view(manager, access, decision, objections);
  }

  async vote(access: DraftAccess, input: CastVoteRequest): Promise<AdoptionView> {
    const delegationId = access.membership?.delegationId;
    // The matrix gives votes to heads of party delegations only, who always have a delegation.
    if (!delegationId) throw forbidden('a vote is a delegation’s');
    if (access.negotiation.adoptionRule.method === 'consensus') throw conflict('vote-not-called: this negotiation adopts by consensus; no vote is taken');
    const view = await this.transactions.run(async (manager) => {
      const decision = await this.open(manager, access);
      if (decision.closed_at) throw conflict('decision-closed: the decision is recorded; no more votes are taken');
      const cast: unknown[] = await manager.query('SELECT 1 FROM adoption_votes WHERE decision_id = $1 AND delegation_id = $2', [decision.id, delegationId]);
      if (cast.length) throw conflict('already-voted: your delegation has voted in this decision');
      const id = randomUUID();
      await manager.query('INSERT INTO adoption_votes (id, decision_id, draft_id, delegation_id, vote, cast_by) VALUES ($1, $2, $3, $4, $5, $6)', [
        id,
        decision.id,
        access.draft.id,
        delegationId,
        input.vote,
        access.actor.userId,
      ]);
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: delegationId,
        action: 'vote.cast',
        target: { type: 'adoption-decision', id: decision.id },
        after: { voteId: id, draftId: access.draft.id, delegationId, vote: input.vote },
      });
      return this.view(manager, access, decision, []);
    });
    const delegation = { id: delegationId, name: access.membership?.delegation?.name ?? '' };
    this.events.emit('live', { draftId: access.draft.id, name: 'vote.recorded', audience: EVERYONE, requires: 'revision.read', payload: { delegation, vote: input.vote, tally: view.tally } });
    return view;
  }

  /**
   * Closes the decision under the rule copied into it. A passed one issues the Adopted text in
   * the same transaction, so the decision is recorded as passed if and only if that revision
   * exists. The text is read just before; nobody may edit it in adoption.
   */
  async decide(access: DraftAccess): Promise<AdoptionView> {
    const draftId = access.draft.id;
    const text = await this.liveText.read(draftId);
    const { view, revision } = await this.transactions.run(async (manager) => {
      const decision = await this.open(manager, access);
      if (decision.closed_at) throw conflict('decision-closed: the decision has already been recorded');
      const votes = await this.votes(manager, decision.id);
      const objections = decision.rule.method === 'consensus' ? await this.objections(manager, draftId, text) : [];
      const tally = tallyOf(decision.rule, votes.map((v) => v.vote), objections);
      const revision = tally.passes ? await this.issuer.issue(manager, access, text, { roundId: null, label: 'Adopted text' }) : null;
      const revisionRows: { id: string }[] = revision ? await manager.query('SELECT id FROM revisions WHERE draft_id = $1 AND number = $2', [draftId, revision.number]) : [];
      const outcome = tally.passes ? 'passed' : 'failed';
      await manager.query('UPDATE adoption_decisions SET closed_at = now(), outcome = $2, tally = $3::jsonb, decided_by = $4, revision_id = $5 WHERE id = $1', [
        decision.id,
        outcome,
        JSON.stringify(tally),
        access.actor.userId,
        revisionRows[0]?.id ?? null,
      ]);
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'decision.record',
        target: { type: 'adoption-decision', id: decision.id },
        after: { draftId, outcome, rule: decision.rule, tally, revisionNumber: revision?.number ?? null },
      });
      const closed = await currentDecision(manager, draftId);
      return { view: await this.view(manager, access, closed, objections), revision };
    });
    this.events.emit('live', { draftId, name: 'decision.recorded', audience: EVERYONE, requires: 'revision.read', payload: { decision: view } });
    if (revision) this.events.emit('live', { draftId, name: 'revision.issued', audience: EVERYONE, requires: 'revision.read', payload: { revision } });
    return view;
  }

  /** The decision of this stay, opened with the negotiation's rule if none is yet; locked until commit. */
  private async open(manager: EntityManager, access: DraftAccess): Promise<DecisionRow> {
    await manager.query(
      `INSERT INTO adoption_decisions (id, draft_id, attempt, rule) VALUES ($2, $1, ${CURRENT_ATTEMPT}, $3::jsonb) ON CONFLICT (draft_id, attempt) DO NOTHING`,
      [access.draft.id, randomUUID(), JSON.stringify(access.negotiation.adoptionRule)],
    );
    const decision = await currentDecision(manager, access.draft.id, true);
    if (!decision) throw new Error('the adoption decision just opened is missing');
    return decision;
  }

  private votes(manager: EntityManager, decisionId: string): Promise<VoteRow[]> {
    return manager.query(
      `SELECT v.vote, v.cast_at, d.id AS delegation_id, d.name AS delegation_name
         FROM adoption_votes v JOIN delegations d ON d.id = v.delegation_id
        WHERE v.decision_id = $1 ORDER BY v.cast_at, d.name`,
      [decisionId],
    );
  }

  /** Current objections on anything still in the text; one on a clause since removed stands against nothing. */
  private async objections(manager: EntityManager, draftId: string, text: TreatyText): Promise<StandingObjection[]> {
    const places = textPlaces(text);
    const current = await manager.find(Position, {
      where: { draftId, stance: 'objection', supersededAt: IsNull() },
      relations: { delegation: true },
      order: { seq: 'ASC' },
    });
    return current
      .filter((p) => places.has(placeKey(p.targetType, p.targetId)))
      .map((p) => ({ delegation: { id: p.delegationId, name: p.delegation?.name ?? '' }, target: { type: p.targetType, id: p.targetId }, text: p.text }));
  }

  private async view(manager: EntityManager, access: DraftAccess, decision: DecisionRow | null, objections: StandingObjection[]): Promise<AdoptionView> {
    const rule = decision?.rule ?? access.negotiation.adoptionRule;
    const votes = decision ? await this.votes(manager, decision.id) : [];
    const revision: { number: number }[] = decision?.revision_id ? await manager.query('SELECT number FROM revisions WHERE id = $1', [decision.revision_id]) : [];
    return {
      id: decision?.id ?? null,
      status: decision?.outcome ?? 'open',
      rule,
      openedAt: decision ? iso(decision.opened_at) : null,
      closedAt: decision?.closed_at ? iso(decision.closed_at) : null,
      tally: decision?.tally ?? tallyOf(rule, votes.map((v) => v.vote), objections),
      votes: votes.map((v) => ({ delegation: { id: v.delegation_id, name: v.delegation_name }, vote: v.vote, castAt: iso(v.cast_at) })),
      adoptedRevision: revision[0]?.number ?? null,
    };
  }
}
