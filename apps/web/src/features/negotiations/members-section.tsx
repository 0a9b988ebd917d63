import type { MemberView } from '@treaty/contracts';
import type { ReactNode } from 'react';
import { ListFooter } from '../../lib/list-footer';
import type { PagedList } from '../../lib/use-paged-list';
import { delegationName } from './negotiation-labels';

interface MembersSectionProps {
  list: PagedList<MemberView>;
  /** The secretariat's "Add member" form, when the caller may manage. */
  children?: ReactNode;
}

export function MembersSection({ list, children }: MembersSectionProps) {
  const empty = !list.loading && !list.error && list.items.length === 0;
  // The API sends email addresses only to those who manage the negotiation.
  const showEmail = list.items.some((member) => member.user.email !== null);
  return (
    <section aria-labelledby="members-heading" className="panel">
      <h2 id="members-heading">Members</h2>
      {empty ? (
        <p className="muted">No members yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Members of this negotiation</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                {showEmail && <th scope="col">Email</th>}
                <th scope="col">Role</th>
                <th scope="col">Delegation</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((member) => (
                <tr key={member.id}>
                  <td>{member.user.name}</td>
                  {showEmail && <td>{member.user.email ?? '—'}</td>}
                  <td>{member.role}</td>
                  <td>{delegationName(member.delegation)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListFooter
        noun="members"
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
