import type { MemberView } from '@treaty/contracts';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../lib/api-error';
import { FormAlert } from '../../lib/form-fields';
import { ListSection, type Column } from '../../lib/list-section';
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
  // The API sends email addresses only to those who manage the negotiation.
  const showEmail = list.items.some((member) => member.user.email !== null);
  const columns: Column<MemberView>[] = [
    { header: 'Name', cell: (m) => m.user.name },
    ...(showEmail ? [{ header: 'Email', cell: (m: MemberView) => m.user.email ?? '—' }] : []),
    { header: 'Role', cell: (m) => m.role },
    { header: 'Delegation', cell: (m) => delegationName(m.delegation) },
    ...(onRemove
      ? [
          {
            header: <span className="visually-hidden">Actions</span>,
            cell: (m: MemberView) => (
              <button type="button" className="button button--danger" onClick={() => void remove(m)} aria-label={`Remove ${m.user.name}`}>
                Remove
              </button>
            ),
          },
        ]
      : []),
  ];
  return (
    <ListSection
      id="members"
      title="Members"
      caption="Members of this negotiation"
      noun="members"
      list={list}
      columns={columns}
      notice={<FormAlert message={removeError} />}
    >
      {children}
    </ListSection>
  );
}
