import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/not-found-page';
import { useResource } from '../../lib/use-resource';
import { ClauseEntry } from './clause-entry';
import { compareRevisions } from './revisions-api';
import './revisions.css';

const revisionParam = (value: string | null): number | null => (value !== null && /^\d{1,7}$/.test(value) ? Number(value) : null);

/** `/drafts/:id/revisions/compare?a=&b=`: revision `a` → `b`, clause by clause. */
export function RevisionCompareRoute() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const a = revisionParam(params.get('a'));
  const b = revisionParam(params.get('b'));
  if (a === null || b === null) return <NotFoundPage />;
  return <Comparison key={`${id}/${a}/${b}`} draftId={id} a={a} b={b} />;
}

function Comparison({ draftId, a, b }: { draftId: string; a: number; b: number }) {
  const state = useResource(useCallback(() => compareRevisions(draftId, a, b), [draftId, a, b]));
  const [showUnchanged, setShowUnchanged] = useState(false);
  if (state.status === 'loading') return <p role="status" className="page-status">Comparing…</p>;
  if (state.status === 'error') return state.error.status === 404 || state.error.status === 403 ? <NotFoundPage /> : <p role="alert" className="alert">{state.error.message}</p>;
  const { from, to, clauses, totals } = state.data;
  const shown = showUnchanged ? clauses : clauses.filter((c) => c.change !== 'unchanged');
  return (
    <section className="revisions">
      <title>{`${from.label} → ${to.label} · Treaty Workspace`}</title>
      <p>
        <Link to={`/drafts/${draftId}/revisions`}>Back to the revisions</Link>
      </p>
      <h1>
        {from.label} → {to.label}
      </h1>
      <p className="muted">
        {from.symbol} → {to.symbol}. {totals.changed} amended, {totals.added} added, {totals.removed} deleted, {totals.moved} moved. Brackets{' '}
        {from.bracketCount} → {to.bracketCount}, options {from.optionCount} → {to.optionCount}.
      </p>
      <p className="muted revisions__legend">
        <ins>Inserted words</ins> · <del>deleted words</del>
      </p>
      <label className="revisions__toggle">
        <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} /> Show unchanged clauses
      </label>
      {shown.length === 0 ? <p className="muted">The two revisions are the same.</p> : null}
      <ol className="plain-list revisions__clauses">
        {shown.map((clause) => (
          <ClauseEntry key={`${clause.key}/${clause.change}`} clause={clause} />
        ))}
      </ol>
    </section>
  );
}
