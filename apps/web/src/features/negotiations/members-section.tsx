import type { MemberView } from '@treaty/contracts';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../lib/api-error';
import { FormAlert } from '../../lib/form-fields';
import { ListFooter } from '../../lib/list-footer';
import type { PagedList } from '../../lib/use-paged-list';
import { delegationName } from './negotiation-labels';

interface MembersSectionProps {
  list: PagedList<MemberView>;
  /** The secretariat's "Add member" form, when the caller may manage. */
  children?: ReactNode;
  /** Ends a membership; given only to those who manage the negotiation. */
  onRemove?: (member: MemberView) => Promise<void>;
}

export function MembersSection({ list, children, onRemove }: MembersSectionProps) {
  const [removeError, setRemoveError] = useState<string | null>(null);
  const remove = async (member: MemberView) => {
    if (!onRemove || !window.confirm(`Remove ${member.user.name} from this negotiation?`)) return;
    setRemoveError(null);
    try {
      await onRemove(member);
    } catch (error) {
      setRemoveError(error instanceof ApiError ? error.message : 'The member could not be removed.');
    }
  };
  const empty = !list.loading && !list.error && list.items.length === 0;
  // The API sends email addresses only to those who manage the negotiation.
  const showEmail = list.items.some((member) => member.user.email !== null);
  return (
    <section aria-labelledby="members-heading" className="panel">
      <h2 id="members-heading">Members</h2>
      <FormAlert message={removeError} />
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
                {onRemove && <th scope="col"><span className="visually-hidden">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {list.items.map((member) => (
                <tr key={member.id}>
                  <td>{member.user.name}</td>
                  {showEmail && <td>{member.user.email ?? '—'}</td>}
                  <td>{member.role}</td>
                  <td>{delegationName(member.delegation)}</td>
                  {onRemove && (
                    <td>
                      <button type="button" className="button button--danger" onClick={() => void remove(member)} aria-label={`Remove ${member.user.name}`}>
                        Remove
                      </button>
                    </td>
                  )}
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
