import type { ArticleOpenItems, BracketDashboard, DraftView } from '@treaty/contracts';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/not-found-page';
import { getDraft } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { getBracketDashboard } from './text-api';
import { useDelegationNames, type DelegationNames } from './use-delegation-names';
import { useLiveEvents } from './use-live-events';
import './open-items-panel.css';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

type State = { status: 'loading' } | { status: 'ready'; draft: DraftView; dashboard: BracketDashboard } | { status: 'missing' } | { status: 'error'; message: string };

/**
 * The bracket dashboard: what is still open, by proposing delegation and by article — the
 * page a chair plans the next informal consultations from. Follows the text live.
 */
export function BracketDashboardRoute() {
  const { id = '' } = useParams();
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = useCallback(() => {
    Promise.all([getDraft(id), getBracketDashboard(id)]).then(
      ([draft, dashboard]) => setState({ status: 'ready', draft, dashboard }),
      (failure: unknown) => {
        const status = failure instanceof ApiError ? failure.status : 0;
        setState(status === 404 || status === 403 ? { status: 'missing' } : { status: 'error', message: failure instanceof Error ? failure.message : 'Loading failed.' });
      },
    );
  }, [id]);
  useEffect(load, [load]);
  useLiveEvents(id, load);

  if (state.status === 'missing') return <NotFoundPage />;
  if (state.status === 'loading') return <p role="status" className="page-status">Loading the dashboard…</p>;
  if (state.status === 'error') return <p role="alert" className="alert">{state.message}</p>;
  return <Dashboard draft={state.draft} dashboard={state.dashboard} />;
}

function Dashboard({ draft, dashboard }: { draft: DraftView; dashboard: BracketDashboard }) {
  const names = useDelegationNames(draft.negotiationId);
  return (
    <section className="bracket-dashboard">
      <title>{`Open brackets · ${draft.title} · Treaty Workspace`}</title>
      <p>
        <Link to={`/drafts/${draft.id}`}>Back to the draft</Link>
      </p>
      <h1>Open brackets and options</h1>
      <p className="muted">
        {draft.title}: {count(dashboard.totals.brackets, 'open bracket')} and {count(dashboard.totals.alternatives, 'set')} of options in{' '}
        {dashboard.preamble ? `${count(dashboard.preamble.recitalsOpen, 'recital')} and ` : ''}
        {count(dashboard.totals.articlesOpen, 'article')}.
      </p>
      <h2>By proposing delegation</h2>
      {dashboard.byProposer.length === 0 ? (
        <p className="muted">Nothing is bracketed.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col">Brackets</th>
              <th scope="col">Options</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.byProposer.map((row) => (
              <tr key={row.delegationId}>
                <th scope="row">{names.name(row.delegationId)}</th>
                <td>{row.brackets}</td>
                <td>{row.options}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>By clause</h2>
      <ByArticle dashboard={dashboard} names={names} />
    </section>
  );
}

function ByArticle({ dashboard, names }: { dashboard: BracketDashboard; names: DelegationNames }) {
  if (dashboard.articles.length === 0 && !dashboard.preamble) return <p className="muted">Every article is clean.</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Article</th>
          <th scope="col">Open brackets</th>
          <th scope="col">Options</th>
        </tr>
      </thead>
      <tbody>
        {dashboard.preamble ? <OpenItemsRow heading="Preamble" items={dashboard.preamble} names={names} /> : null}
        {dashboard.articles.map((article) => (
          <OpenItemsRow
            key={article.clauseId ?? article.number}
            heading={`Article ${article.number}${article.title ? ` — ${article.title}` : ''}`}
            items={article}
            names={names}
          />
        ))}
      </tbody>
    </table>
  );
}

function OpenItemsRow({ heading, items, names }: { heading: string; items: Pick<ArticleOpenItems, 'brackets' | 'alternatives'>; names: DelegationNames }) {
  return (
    <tr>
      <th scope="row">{heading}</th>
      <td>
        <ul className="plain-list">
          {items.brackets.map((b) => (
            <li key={b.id ?? b.text}>
              [{b.text}] <span className="muted">{b.proposers.map((p) => names.name(p)).join(', ') || 'proposer not recorded'}</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        <ul className="plain-list">
          {items.alternatives.map((set, i) => (
            <li key={set.id ?? i}>
              {set.options.map((o, n) => `Option ${n + 1}: ${o.proposers.map((p) => names.short(p)).join(', ') || 'text on the table'}`).join(' · ')}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
