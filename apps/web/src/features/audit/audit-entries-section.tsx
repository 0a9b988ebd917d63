import type { AuditEntryView } from '@treaty/contracts';
import { useCallback } from 'react';
import { ListSection, type Column } from '../../lib/list-section';
import { usePagedList } from '../../lib/use-paged-list';
import { listAudit, type AuditFilters } from './audit-api';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

const json = (value: unknown): string => JSON.stringify(value);

/** What an entry changed: the values before and after, or only the one there is. */
function change(entry: AuditEntryView): string {
  if (entry.before !== null && entry.after !== null) return `${json(entry.before)} → ${json(entry.after)}`;
  if (entry.before !== null) return `was ${json(entry.before)}`;
  return entry.after === null ? '—' : json(entry.after);
}

const COLUMNS: Column<AuditEntryView>[] = [
  { header: 'When (UTC)', cell: (e) => <time dateTime={e.at}>{timeFormat.format(new Date(e.at))}</time> },
  { header: 'Who', cell: (e) => e.actor?.name ?? '—' },
  { header: 'Action', cell: (e) => <code>{e.action}</code> },
  { header: 'On', cell: (e) => e.target.type },
  { header: 'Change', cell: (e) => <code>{change(e)}</code> },
];

interface AuditEntriesSectionProps {
  negotiationId: string;
  filters: AuditFilters;
}

/** The log, oldest first, a page at a time. Mount it afresh (a `key`) for other filters. */
export function AuditEntriesSection({ negotiationId, filters }: AuditEntriesSectionProps) {
  const fetchPage = useCallback((cursor: string | undefined) => listAudit(negotiationId, filters, cursor), [negotiationId, filters]);
  const list = usePagedList(fetchPage);
  return (
    <ListSection
      id="audit-entries"
      title="Entries"
      caption="The audit log of this negotiation, oldest first"
      noun="entries"
      list={list}
      columns={COLUMNS}
    />
  );
}
