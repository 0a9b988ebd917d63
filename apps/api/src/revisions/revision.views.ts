import type { RevisionSummary, RoundView } from '@treaty/contracts';
import type { Revision } from './revision.entity';
import type { Round } from './round.entity';

export const toRoundView = (r: Round, revisionNumber: number | null): RoundView => ({
  id: r.id,
  name: r.name,
  startsAt: r.startsAt?.toISOString() ?? null,
  endsAt: r.endsAt?.toISOString() ?? null,
  venue: r.venue,
  openedAt: r.openedAt.toISOString(),
  closedAt: r.closedAt?.toISOString() ?? null,
  revisionNumber,
});

export const toRevisionSummary = (r: Revision): RevisionSummary => ({
  number: r.number,
  label: r.label,
  symbol: r.symbol,
  sha256: r.sha256,
  bracketCount: r.bracketCount,
  optionCount: r.optionCount,
  roundId: r.roundId,
  createdAt: r.issuedAt.toISOString(),
});
