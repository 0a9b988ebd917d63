import type { ClauseTally, PositionStance } from '@treaty/contracts';

const STANCES: { stance: PositionStance; label: string }[] = [
  { stance: 'support', label: 'Support' },
  { stance: 'objection', label: 'Objection' },
  { stance: 'reservation', label: 'Reservation' },
];

/** Each clause with positions on it: which delegations support, object or reserve, in a line. */
export function PositionTally({ tally, labels, nameOf }: { tally: ClauseTally[]; labels: Map<string, string>; nameOf: (delegationId: string) => string }) {
  if (tally.length === 0) return <p className="muted">No positions stated yet.</p>;
  return (
    <ul className="position-tally">
      {tally.map((clause) => (
        <li key={clause.clauseId}>
          <strong>{labels.get(clause.clauseId) ?? 'A clause'}</strong>
          {STANCES.filter(({ stance }) => clause[stance].length > 0).map(({ stance, label }) => (
            <span key={stance} className={`position-tally__stance position-tally__stance--${stance}`}>
              {label}: {clause[stance].map(nameOf).join(', ')}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
