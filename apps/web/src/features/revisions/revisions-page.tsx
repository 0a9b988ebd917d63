import type { DraftView, RevisionSummary, RoundView } from '@treaty/contracts';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/not-found-page';
import { getDraft } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { useLiveEvents } from '../negotiating/use-live-events';
import { formatDate } from '../negotiations/negotiation-labels';
import { CompareForm } from './compare-form';
import { ReceivedTextForm } from './received-text-form';
import { RoundsSection } from './rounds-section';
import { listRevisions, listRounds } from './revisions-api';
import './revisions.css';

interface Loaded {
  draft: DraftView;
  revisions: RevisionSummary[];
  rounds: RoundView[];
}

type State = { status: 'loading' } | ({ status: 'ready' } & Loaded) | { status: 'missing' } | { status: 'error'; message: string };

const LIVE = new Set(['round.opened', 'round.closed', 'revision.issued', 'stage.changed']);

/** The draft's revisions, Zero draft to the latest, with the bracket count of each as the trend; rounds for the secretariat. */
export function RevisionsRoute() {
  const { id = '' } = useParams();
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = useCallback(() => {
    Promise.all([getDraft(id), listRevisions(id), listRounds(id)]).then(
      ([draft, revisions, rounds]) => setState({ status: 'ready', draft, revisions: revisions.items, rounds: rounds.items }),
      (failure: unknown) => {
        const status = failure instanceof ApiError ? failure.status : 0;
        setState(status === 404 || status === 403 ? { status: 'missing' } : { status: 'error', message: failure instanceof Error ? failure.message : 'Loading failed.' });
      },
    );
  }, [id]);
  useEffect(load, [load]);
  useLiveEvents(
    id,
    useCallback((name: string) => LIVE.has(name) && load(), [load]),
  );

  if (state.status === 'missing') return <NotFoundPage />;
  if (state.status === 'loading') return <p role="status" className="page-status">Loading the revisions…</p>;
  if (state.status === 'error') return <p role="alert" className="alert">{state.message}</p>;
  return <Revisions {...state} onChange={load} />;
}

function Revisions({ draft, revisions, rounds, onChange }: Loaded & { onChange: () => void }) {
  return (
    <section className="revisions">
      <title>{`Revisions · ${draft.title} · Treaty Workspace`}</title>
      <p>
        <Link to={`/drafts/${draft.id}`}>Back to the draft</Link>
      </p>
      <h1>Revisions</h1>
      <p className="muted">{draft.title}</p>
      {revisions.length === 0 ? <p className="muted">No revision has been issued yet.</p> : <RevisionTable revisions={revisions} />}
      {/* Keyed by the count so that a newly issued revision becomes the default “to”. */}
      {revisions.length > 1 ? <CompareForm key={revisions.length} draftId={draft.id} revisions={revisions} /> : null}
      <RoundsSection draft={draft} rounds={rounds} hasRevisions={revisions.length > 0} onChange={onChange} />
      {draft.myActions.includes('draft.manage') ? <ReceivedTextForm draftId={draft.id} onIssued={onChange} /> : null}
    </section>
  );
}

function RevisionTable({ revisions }: { revisions: RevisionSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Revision</th>
            <th scope="col">Symbol</th>
            <th scope="col">Issued</th>
            <th scope="col">Brackets</th>
            <th scope="col">Options</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.number}>
              <th scope="row">{r.label}</th>
              <td>{r.symbol}</td>
              <td>
                <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
              </td>
              <td>{r.bracketCount}</td>
              <td>{r.optionCount}</td>
              <td>
                {/* The full hash stays in the title: it is what a delegation checks its copy against. */}
                <code title={r.sha256}>{r.sha256.slice(0, 12)}…</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
