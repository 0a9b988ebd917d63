import type { DraftView } from '@treaty/contracts';
import { useCallback, useEffect, useState } from 'react';
import { useMe } from '../../app/auth-context';
import { ApiError } from '../../lib/api-error';
import { ReservationsSection } from './reservations-section';
import { castVote, getAdoption, recordDecision, type AdoptionView, type Vote } from './adoption-api';

const VOTE_LABELS: Record<Vote, string> = { yes: 'Yes', no: 'No', abstain: 'Abstain' };
const STATUS_LABELS: Record<AdoptionView['status'], string> = { open: 'Decision open', passed: 'Adopted', failed: 'Not adopted' };

const ruleLabel = ({ rule }: AdoptionView): string =>
  rule.method === 'consensus' ? 'By consensus: adopted unless an objection stands' : `By vote: ${rule.majority.numerator}/${rule.majority.denominator} of those present and voting`;

/** In adoption, the decision with its tally and votes; in review, also the statements on the Adopted text. */
export function AdoptionPanel({ draft, version = 0 }: { draft: DraftView; version?: number }) {
  if (!['adoption', 'review'].includes(draft.stage) || !draft.myActions.includes('revision.read')) return null;
  return <AdoptionBody key={`${draft.id}:${draft.stage}`} draft={draft} version={version} />;
}

function AdoptionBody({ draft, version }: { draft: DraftView; version: number }) {
  const me = useMe();
  const ownDelegation = me.memberships.find((m) => m.negotiationId === draft.negotiationId)?.delegation?.id ?? null;
  const [view, setView] = useState<AdoptionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const load = useCallback(() => {
    let current = true;
    getAdoption(draft.id).then(
      (v) => current && setView(v),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [draft.id]);
  // Live events (a vote, the decision) change the version: the tally is read again.
  useEffect(() => load(), [load, version]);

  const act = (work: () => Promise<AdoptionView>) => {
    setPending(true);
    setError(null);
    work()
      .then(setView, (failure: unknown) => setError(failure instanceof ApiError ? failure.problem.detail : 'The request failed.'))
      .finally(() => setPending(false));
  };

  if (!view) return null;
  const open = view.status === 'open' && draft.stage === 'adoption';
  const voted = view.votes.some((v) => v.delegation.id === ownDelegation);
  const { tally } = view;

  return (
    <section aria-labelledby="adoption-heading" className="panel adoption">
      <h2 id="adoption-heading">Adoption</h2>
      <p>{ruleLabel(view)}</p>
      <p role="status">
        {STATUS_LABELS[view.status]}
        {view.adoptedRevision !== null ? ` — the Adopted text is revision ${view.adoptedRevision}` : ''}
      </p>
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      {view.rule.method === 'vote' ? (
        <>
          <p>
            Yes {tally.yes} · No {tally.no} · Abstain {tally.abstain} · present and voting {tally.presentAndVoting} — {tally.passes ? 'passes' : 'does not pass'}
            {open ? ' as it stands' : ''}
          </p>
          <ul aria-label="Votes">
            {view.votes.map((v) => (
              <li key={v.delegation.id}>
                {v.delegation.name}: {VOTE_LABELS[v.vote]}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ul aria-label="Objections standing">
          {tally.objections.length === 0 ? <li>No objection stands.</li> : null}
          {tally.objections.map((o) => (
            <li key={`${o.delegation.id}:${o.target.id}`}>{o.delegation.name} objects</li>
          ))}
        </ul>
      )}
      {open && view.rule.method === 'vote' && draft.myActions.includes('vote.cast') && !voted ? (
        <p>
          {(['yes', 'no', 'abstain'] as const).map((v) => (
            <button key={v} type="button" className="button" disabled={pending} onClick={() => act(() => castVote(draft.id, v))}>
              Vote {VOTE_LABELS[v].toLowerCase()}
            </button>
          ))}
        </p>
      ) : null}
      {open && draft.myActions.includes('decision.record') ? (
        <button type="button" className="button" disabled={pending} onClick={() => act(() => recordDecision(draft.id))}>
          Record the decision
        </button>
      ) : null}
      {draft.stage === 'review' && view.adoptedRevision !== null ? <ReservationsSection draft={draft} adoptedRevision={view.adoptedRevision} version={version} /> : null}
    </section>
  );
}
