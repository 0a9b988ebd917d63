import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PositionTallyQuery, PositionTallyView, PositionView, PositionsQuery, RecordPositionRequest } from '@treaty/contracts';
import { EVERYONE, forbidden, notFound } from '@treaty/domain';
import { toTreatyText, yDocToTreaty } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DocumentRegistry } from '../collab/document-registry';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { Position } from './position.entity';
import { tallyByClause, toPositionView } from './position.views';
import { placeKey, textPlaces, type TextPlace } from './text-places';

// Two-key advisory locks: this class key keeps them apart from the audit chain's.
const POSITION_LOCK = 0x504f5354;

const TARGET_NAMES = { clause: 'Clause', bracket: 'Bracket', alternative: 'Alternatives' } as const;

/**
 * Delegations' stances on the text. A delegation has one current position per target; a new
 * one supersedes the old, which stays on record.
 */
@Injectable()
export class PositionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
    private readonly documents: DocumentRegistry,
  ) {}

  async record(access: DraftAccess, input: RecordPositionRequest): Promise<PositionView> {
    const delegationId = access.membership?.delegationId;
    // The matrix grants positions to party members only, who always have a delegation.
    if (!delegationId) throw forbidden('a position is a delegation’s');
    const places = await this.places(access.draft.id);
    if (!places.has(placeKey(input.target.type, input.target.id))) throw notFound(TARGET_NAMES[input.target.type]);
    const target = { draftId: access.draft.id, delegationId, targetType: input.target.type, targetId: input.target.id.toLowerCase() };

    const id = await this.transactions.run(async (manager) => {
      // Two members of one delegation stating a position at once: one supersedes the other, in turn.
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [POSITION_LOCK, `${access.draft.id}:${delegationId}:${placeKey(input.target.type, input.target.id)}`]);
      const current = await manager.findOneBy(Position, { ...target, supersededAt: IsNull() });
      if (current) await manager.update(Position, { id: current.id }, { supersededAt: new Date() });
      const id = randomUUID();
      await manager.insert(Position, { ...target, id, recordedById: access.actor.userId, stance: input.stance, text: input.text ?? null, replaces: current?.id ?? null });
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: delegationId,
        action: 'position.record',
        target: { type: input.target.type, id: target.targetId },
        ...(current ? { before: { positionId: current.id, stance: current.stance, text: current.text } } : {}),
        after: { positionId: id, delegationId, stance: input.stance, text: input.text ?? null },
      });
      return id;
    });
    const view = toPositionView(await this.load(id), places);
    this.events.emit('live', { draftId: access.draft.id, name: 'position.recorded', audience: EVERYONE, payload: { ...view } });
    return view;
  }

  /** Current positions; with `clauseId`, those on that clause and on anything inside it. */
  async list(access: DraftAccess, query: PositionsQuery): Promise<Page<PositionView>> {
    const places = await this.places(access.draft.id);
    const q = this.dataSource
      .getRepository(Position)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.delegation', 'd')
      .leftJoinAndSelect('p.recordedBy', 'u')
      .where('p.draft_id = :draftId AND p.superseded_at IS NULL', { draftId: access.draft.id });
    if (query.clauseId) {
      // The clause's own positions stay listed even after it has left the text.
      const keys = [placeKey('clause', query.clauseId), ...inside(places, query.clauseId)];
      q.andWhere(`(p.target_type || ':' || p.target_id::text) IN (:...keys)`, { keys });
    }
    const page = await paginate(q, 'p', query);
    return { items: page.items.map((p) => toPositionView(p, places)), nextCursor: page.nextCursor };
  }

  /** Per clause, which delegations support, object to or reserve on it (or on what lies in it). */
  async tally(access: DraftAccess, query: PositionTallyQuery): Promise<PositionTallyView> {
    const places = await this.places(access.draft.id);
    const current = await this.dataSource.getRepository(Position).find({
      select: { targetType: true, targetId: true, stance: true, delegationId: true },
      where: { draftId: access.draft.id, supersededAt: IsNull() },
      order: { seq: 'ASC' },
    });
    const clauses = tallyByClause(current, places);
    const within = query.clauseId ? new Set(inside(places, query.clauseId)) : null;
    return { clauses: within ? clauses.filter((t) => within.has(placeKey('clause', t.clauseId))) : clauses };
  }

  private places(draftId: string): Promise<Map<string, TextPlace>> {
    return this.documents.read(draftId, (doc) => textPlaces(toTreatyText(yDocToTreaty(doc))));
  }

  private load(id: string): Promise<Position> {
    return this.dataSource.getRepository(Position).findOneOrFail({ where: { id }, relations: { delegation: true, recordedBy: true } });
  }
}

/** The keys of everything lying in the clause, the clause itself included. */
function inside(places: Map<string, TextPlace>, clauseId: string): string[] {
  const id = clauseId.toLowerCase();
  return [...places].filter(([, place]) => place.clauses.some((c) => c.toLowerCase() === id)).map(([key]) => key);
}
