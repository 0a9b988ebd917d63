import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { DraftView } from '@treaty/contracts';
import { ListFooter } from '../../lib/list-footer';
import type { PagedList } from '../../lib/use-paged-list';
import { formatDate } from '../negotiations/negotiation-labels';
import { STAGE_LABELS } from './draft-labels';

interface DraftsSectionProps {
  list: PagedList<DraftView>;
  /** The secretariat's "New draft" form, when the caller may manage. */
  children?: ReactNode;
}

export function DraftsSection({ list, children }: DraftsSectionProps) {
  const empty = !list.loading && !list.error && list.items.length === 0;
  return (
    <section aria-labelledby="drafts-heading" className="panel">
      <h2 id="drafts-heading">Drafts</h2>
      {empty ? (
        <p className="muted">No drafts yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Draft texts of this negotiation</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Stage</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((draft) => (
                <tr key={draft.id}>
                  <td>
                    <Link to={`/drafts/${draft.id}`}>{draft.title}</Link>
                  </td>
                  <td>{STAGE_LABELS[draft.stage]}</td>
                  <td>
                    <time dateTime={draft.createdAt}>{formatDate(draft.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListFooter
        noun="drafts"
        loading={list.loading}
        error={list.error}
        hasMore={list.nextCursor !== null}
        onMore={list.loadMore}
        onRetry={list.reload}
      />
      {children}
    </section>
  );
}
