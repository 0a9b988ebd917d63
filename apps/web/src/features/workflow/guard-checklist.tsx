import type { GuardCheck } from '@treaty/domain';
import { GUARD_LABELS } from './workflow-labels';

/** What a move needs, each line saying in words whether it is met and why. */
interface GuardChecklistProps {
  id: string;
  guards: GuardCheck[];
  label: string;
  backward: boolean;
}

/** A met guard's reason often only repeats its line ("No bracket is open — no bracket is open"). */
const sameWords = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function GuardChecklist({ id, guards, label, backward }: GuardChecklistProps) {
  if (guards.length === 0) {
    return <p className="muted workflow__none">{backward ? 'Moving back needs only a reason.' : 'Nothing to check: the move needs only a reason.'}</p>;
  }
  return (
    <ul id={id} className="checklist" aria-label={label}>
      {guards.map((check) => (
        <li key={check.guard} className={`checklist__item checklist__item--${check.met ? 'met' : 'unmet'}`} data-guard={check.guard}>
          <span className="checklist__mark" aria-hidden="true">
            {check.met ? '✓' : '✗'}
          </span>
          <span>
            <span className="visually-hidden">{check.met ? 'Met: ' : 'Not met: '}</span>
            <strong>{GUARD_LABELS[check.guard]}</strong>
            {sameWords(check.reason, GUARD_LABELS[check.guard]) ? null : ` — ${check.reason}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
