import type { DelegationView } from '@treaty/contracts';
import type { ReactNode } from 'react';
import { ListFooter } from '../../lib/list-footer';
import type { PagedList } from '../../lib/use-paged-list';

interface DelegationsSectionProps {
  list: PagedList<DelegationView>;
  /** The secretariat's "Add delegation" form, when the caller may manage. */
  children?: ReactNode;
}

export function DelegationsSection({ list, children }: DelegationsSectionProps) {
  const empty = !list.loading && !list.error && list.items.length === 0;
  return (
    <section aria-labelledby="delegations-heading" className="panel">
      <h2 id="delegations-heading">Delegations</h2>
      {empty ? (
        <p className="muted">No delegations yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Delegations and observer organisations in this negotiation</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((delegation) => (
                <tr key={delegation.id}>
                  <td>{delegation.name}</td>
                  <td>{delegation.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListFooter
        noun="delegations"
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
