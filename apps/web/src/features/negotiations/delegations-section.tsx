import type { DelegationView } from '@treaty/contracts';
import type { ReactNode } from 'react';
import { ListSection, type Column } from '../../lib/list-section';
import type { PagedList } from '../../lib/use-paged-list';

interface DelegationsSectionProps {
  list: PagedList<DelegationView>;
  /** The secretariat's "Add delegation" form, when the caller may manage. */
  children?: ReactNode;
}

const COLUMNS: Column<DelegationView>[] = [
  { header: 'Name', cell: (d) => d.name },
  { header: 'Kind', cell: (d) => d.kind },
];

export function DelegationsSection({ list, children }: DelegationsSectionProps) {
  return (
    <ListSection
      id="delegations"
      title="Delegations"
      caption="Delegations and observer organisations in this negotiation"
      noun="delegations"
      list={list}
      columns={COLUMNS}
    >
      {children}
    </ListSection>
  );
}
