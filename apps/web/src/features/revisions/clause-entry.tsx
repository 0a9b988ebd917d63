import type { ClauseComparison } from '@treaty/treaty-schema';
import { ClauseWords } from './clause-words';

const CHANGE_LABELS: Record<ClauseComparison['change'], string> = {
  added: 'Added',
  removed: 'Deleted',
  changed: 'Amended',
  moved: 'Moved',
  unchanged: 'Unchanged',
};

/** One clause of a comparison: where it is, what happened to it, its words marked up. */
export function ClauseEntry({ clause }: { clause: ClauseComparison }) {
  const place = clause.after ?? clause.before;
  if (!place) return null;
  const heading = clause.kind === 'article' || clause.kind === 'alternatives';
  return (
    <li className={`revisions__clause revisions__clause--${clause.change} revisions__clause--${clause.kind}`}>
      <p className="revisions__place">
        <strong>{place.label}</strong> <span className="badge">{CHANGE_LABELS[clause.change]}</span>
        {clause.moved && clause.before ? <span className="muted"> (was {clause.before.label})</span> : null}
      </p>
      {clause.kind === 'alternatives' ? null : (
        <p className={heading ? 'revisions__heading' : 'revisions__words'}>
          <ClauseWords clause={clause} />
        </p>
      )}
    </li>
  );
}
