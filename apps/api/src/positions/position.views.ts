import type { ClauseTally, PositionView } from '@treaty/contracts';
import type { Position } from './position.entity';
import type { TextPlace } from './text-places';
import { placeKey } from './text-places';

/** The position, placed in the text as it is now (`clauseId` null once its target has left it). */
export function toPositionView(p: Position, places: Map<string, TextPlace>): PositionView {
  return {
    id: p.id,
    target: { type: p.targetType, id: p.targetId },
    clauseId: places.get(placeKey(p.targetType, p.targetId))?.clauses[0] ?? null,
    stance: p.stance,
    text: p.text,
    delegation: { id: p.delegationId, name: p.delegation?.name ?? '' },
    recordedBy: { id: p.recordedById, name: p.recordedBy?.name ?? '' },
    recordedAt: p.createdAt.toISOString(),
  };
}

/**
 * Current stances by the innermost clause they lie in, in text order; a position on a bracket
 * or on alternatives counts towards the clause holding them. Targets gone from the text count nowhere.
 */
export function tallyByClause(positions: Pick<Position, 'targetType' | 'targetId' | 'stance' | 'delegationId'>[], places: Map<string, TextPlace>): ClauseTally[] {
  const tallies = new Map<string, ClauseTally>();
  for (const [key, place] of places) {
    const clauseId = place.clauses[0];
    if (key.startsWith('clause:') && clauseId) tallies.set(clauseId, { clauseId, support: [], objection: [], reservation: [] });
  }
  for (const p of positions) {
    const clauseId = places.get(placeKey(p.targetType, p.targetId))?.clauses[0];
    const tally = clauseId ? tallies.get(clauseId) : undefined;
    if (tally && !tally[p.stance].includes(p.delegationId)) tally[p.stance].push(p.delegationId);
  }
  return [...tallies.values()].filter((t) => t.support.length + t.objection.length + t.reservation.length > 0);
}
