import type { BracketDashboard, DraftView } from '@treaty/contracts';
import type { ClauseStatus } from '@treaty/treaty-schema';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../lib/api-error';
import type { DelegationNames } from './use-delegation-names';
import './open-items-panel.css';
import { getBracketDashboard, getDraftText, keepAlternative, resolveBracket, setClauseStatus } from './text-api';

interface ArticleRow {
  clauseId: string | null;
  number: number;
  title: string | null;
  status: ClauseStatus;
}

const STATUS_LABELS: Record<ClauseStatus, string> = { open: 'Open', 'agreed-ad-ref': 'Agreed ad ref.', agreed: 'Agreed' };

/**
 * What is still open in the text, article by article: brackets and options with their
 * proposers, each article's status; for the secretariat, the buttons that settle them.
 * `version` changes whenever the text or the negotiation moved (live events, edits).
 */
export function OpenItemsPanel({ draft, names, version }: { draft: DraftView; names: DelegationNames; version: number }) {
  const [dashboard, setDashboard] = useState<BracketDashboard | null>(null);
  const [articles, setArticles] = useState<ArticleRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const mayResolve = draft.myActions.includes('bracket.resolve');
  const maySetStatus = draft.myActions.includes('clause.status');
  const readable = draft.myActions.includes('text.read');

  const load = useCallback(async () => {
    if (!readable) return;
    const [open, text] = await Promise.all([getBracketDashboard(draft.id), getDraftText(draft.id)]);
    setDashboard(open);
    setArticles(text.articles.map(({ clauseId, number, title, status }) => ({ clauseId, number, title, status })));
  }, [draft.id, readable]);

  useEffect(() => {
    load().catch(() => undefined);
  }, [load, version]);

  const act = (work: () => Promise<unknown>) => {
    setError(null);
    work()
      .then(load)
      .catch((failure: unknown) => setError(failure instanceof ApiError ? failure.problem.detail : 'That did not work.'));
  };

  if (!readable || !dashboard) return null;
  const openOf = (clauseId: string | null) => dashboard.articles.find((a) => a.clauseId === clauseId);

  return (
    <section aria-labelledby="open-items-heading" className="panel open-items">
      <h2 id="open-items-heading">Open in the text</h2>
      <p className="muted">
        {dashboard.totals.brackets} bracket{dashboard.totals.brackets === 1 ? '' : 's'}, {dashboard.totals.alternatives} set
        {dashboard.totals.alternatives === 1 ? '' : 's'} of options · <Link to={`/drafts/${draft.id}/brackets`}>Bracket dashboard</Link>
      </p>
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      <ol className="open-items__articles">
        {articles.map((article) => {
          const open = openOf(article.clauseId);
          return (
            <li key={article.clauseId ?? article.number} className="open-items__article">
              <div className="open-items__head">
                <strong>
                  Article {article.number}
                  {article.title ? ` — ${article.title}` : ''}
                </strong>
                <span className={`status status--${article.status}`}>{STATUS_LABELS[article.status]}</span>
              </div>
              {maySetStatus && article.clauseId ? (
                <div className="open-items__actions" aria-label={`Status of article ${article.number}`}>
                  {(['agreed-ad-ref', 'agreed', 'open'] as const)
                    .filter((s) => s !== article.status)
                    .map((status) => (
                      <button
                        key={status}
                        type="button"
                        className="button button--quiet"
                        onClick={() => act(() => setClauseStatus(draft.id, article.clauseId ?? '', { status }))}
                      >
                        {status === 'open' ? 'Reopen' : `Mark ${STATUS_LABELS[status].toLowerCase()}`}
                      </button>
                    ))}
                </div>
              ) : null}
              {open?.brackets.map((bracket) => (
                <div key={bracket.id ?? bracket.text} className="open-items__bracket">
                  <span>
                    [{bracket.text}] <span className="muted">— {bracket.proposers.map((p) => names.name(p)).join(', ') || 'proposer not recorded'}</span>
                  </span>
                  {mayResolve && bracket.id ? (
                    <span className="open-items__actions">
                      <button type="button" className="button button--quiet" onClick={() => act(() => resolveBracket(draft.id, bracket.id ?? '', { action: 'accept' }))}>
                        Accept
                      </button>
                      <button
                        type="button"
                        className="button button--quiet button--danger"
                        onClick={() => act(() => resolveBracket(draft.id, bracket.id ?? '', { action: 'drop' }))}
                      >
                        Drop
                      </button>
                    </span>
                  ) : null}
                </div>
              ))}
              {open?.alternatives.map((set) => (
                <div key={set.id ?? 'options'} className="open-items__options">
                  {set.options.map((option, index) => (
                    <div key={index} className="open-items__bracket">
                      <span>
                        Option {index + 1} <span className="muted">— {option.proposers.map((p) => names.name(p)).join(', ') || 'proposer not recorded'}</span>
                      </span>
                      {mayResolve && set.id ? (
                        <button type="button" className="button button--quiet" onClick={() => act(() => keepAlternative(draft.id, set.id ?? '', { keep: index }))}>
                          Keep this option
                        </button>
                      ) : null}
                    </div>
                  ))}
                </div>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
