import type { DraftView, RoundView } from '@treaty/contracts';
import { useState } from 'react';
import { ApiError } from '../../lib/api-error';
import { formatDate } from '../negotiations/negotiation-labels';
import { OpenRoundForm } from './open-round-form';
import { closeRound, issueRevision } from './revisions-api';

const when = (r: RoundView) => [r.startsAt, r.endsAt].filter((d): d is string => d !== null).map(formatDate).join(' – ');

/** Sessions of the negotiation; the secretariat opens one, and closing it issues the next revision. */
export function RoundsSection({ draft, rounds, hasRevisions, onChange }: { draft: DraftView; rounds: RoundView[]; hasRevisions: boolean; onChange: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const mayRunRounds = draft.myActions.includes('round.manage');
  const mayIssue = draft.myActions.includes('draft.manage');
  const open = rounds.find((r) => r.closedAt === null);

  const act = (work: () => Promise<unknown>) => {
    setPending(true);
    setFailure(null);
    work().then(onChange, (error: unknown) => setFailure(error instanceof ApiError ? error.message : 'The request failed.')).finally(() => setPending(false));
  };

  return (
    <section className="revisions__rounds-section" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">Rounds</h2>
      {failure ? <p role="alert" className="alert">{failure}</p> : null}
      {rounds.length === 0 ? (
        <p className="muted">No round has been held on this draft.</p>
      ) : (
        <ul className="plain-list revisions__rounds">
          {rounds.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong>
              {r.venue ? `, ${r.venue}` : ''} {when(r) ? <span className="muted">({when(r)})</span> : null}{' '}
              {r.closedAt === null ? <span className="badge">open</span> : <span className="muted">closed{r.revisionNumber !== null ? `, issued Rev.${r.revisionNumber}` : ''}</span>}
            </li>
          ))}
        </ul>
      )}
      {mayRunRounds && open ? (
        <button type="button" className="button" disabled={pending} onClick={() => act(() => closeRound(draft.id, open.id))}>
          Close “{open.name}” and issue the next revision
        </button>
      ) : null}
      {mayRunRounds && !open ? <OpenRoundForm draftId={draft.id} onOpened={onChange} /> : null}
      {mayIssue && !hasRevisions ? (
        <button type="button" className="button button--quiet" disabled={pending} onClick={() => act(() => issueRevision(draft.id, {}))}>
          Issue the zero draft from the current text
        </button>
      ) : null}
    </section>
  );
}
