import type { DraftView } from '@treaty/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ListSection, type Column } from '../../lib/list-section';
import type { PagedList } from '../../lib/use-paged-list';
import { formatDate } from '../negotiations/negotiation-labels';
import { STAGE_LABELS } from './draft-labels';

interface DraftsSectionProps {
  list: PagedList<DraftView>;
  /** The secretariat's "New draft" form, when the caller may manage. */
  children?: ReactNode;
}

const COLUMNS: Column<DraftView>[] = [
  { header: 'Title', cell: (d) => <Link to={`/drafts/${d.id}`}>{d.title}</Link> },
  { header: 'Stage', cell: (d) => STAGE_LABELS[d.stage] },
  { header: 'Created', cell: (d) => <time dateTime={d.createdAt}>{formatDate(d.createdAt)}</time> },
];

export function DraftsSection({ list, children }: DraftsSectionProps) {
  return (
    <ListSection id="drafts" title="Drafts" caption="Draft texts of this negotiation" noun="drafts" list={list} columns={COLUMNS}>
      {children}
    </ListSection>
  );
}
