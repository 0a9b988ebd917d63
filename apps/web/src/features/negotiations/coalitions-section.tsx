import type { CoalitionView, DelegationView } from '@treaty/contracts';
import { useCallback } from 'react';
import { ListSection, type Column } from '../../lib/list-section';
import { usePagedList } from '../../lib/use-paged-list';
import { listCoalitions } from './coalitions-api';
import { NewCoalitionForm } from './new-coalition-form';

interface CoalitionsSectionProps {
  negotiationId: string;
  /** The negotiation's delegations, from which the secretariat picks a coalition's members. */
  delegations: DelegationView[];
  canManage: boolean;
}

const COLUMNS: Column<CoalitionView>[] = [
  { header: 'Name', cell: (c) => c.name },
  { header: 'Members', cell: (c) => c.members.map((m) => m.name).join(', ') },
];

export function CoalitionsSection({ negotiationId, delegations, canManage }: CoalitionsSectionProps) {
  const fetchCoalitions = useCallback(
    (cursor: string | undefined) => listCoalitions(negotiationId, { cursor }),
    [negotiationId],
  );
  const coalitions = usePagedList(fetchCoalitions);
  return (
    <ListSection
      id="coalitions"
      title="Coalitions"
      caption="Groups of delegations that propose as one"
      noun="coalitions"
      list={coalitions}
      columns={COLUMNS}
    >
      {canManage ? (
        <NewCoalitionForm negotiationId={negotiationId} delegations={delegations} onCreated={coalitions.reload} />
      ) : null}
    </ListSection>
  );
}
