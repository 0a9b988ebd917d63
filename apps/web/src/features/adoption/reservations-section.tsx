import type { DraftView } from '@treaty/contracts';
import { useCallback, useEffect, useState } from 'react';
import { ListFooter } from '../../lib/list-footer';
import { usePagedList } from '../../lib/use-paged-list';
import { getRevisionText, listReservations } from './adoption-api';
import { KIND_LABELS, ReservationForm } from './reservation-form';

/** The reservations, declarations and explanations on the Adopted text, with a form for heads of delegation. */
export function ReservationsSection({ draft, adoptedRevision, version }: { draft: DraftView; adoptedRevision: number; version: number }) {
  const fetchPage = useCallback((cursor: string | undefined) => listReservations(draft.id, cursor), [draft.id]);
  const list = usePagedList(fetchPage);
  const { reload } = list;
  const [articles, setArticles] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    let current = true;
    getRevisionText(draft.id, adoptedRevision).then(
      (text) => {
        if (!current) return;
        setArticles(text.articles.flatMap((a) => (a.clauseId ? [{ value: a.clauseId, label: `Article ${a.number}${a.title ? ` — ${a.title}` : ''}` }] : [])));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [draft.id, adoptedRevision]);
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  const articleOf = (clauseId: string) => articles.find((a) => a.value === clauseId)?.label ?? 'An article';

  return (
    <>
      <h3>Reservations and declarations</h3>
      {list.items.length === 0 && !list.loading && !list.error ? <p className="muted">None recorded.</p> : null}
      <ol>
        {list.items.map((r) => (
          <li key={r.id}>
            <strong>
              {articleOf(r.clauseId)} · {KIND_LABELS[r.kind] ?? r.kind} · {r.delegation.name}
            </strong>
            <p>{r.text}</p>
          </li>
        ))}
      </ol>
      <ListFooter noun="statements" loading={list.loading} error={list.error} hasMore={list.nextCursor !== null} onMore={list.loadMore} onRetry={reload} />
      {draft.myActions.includes('reservation.record') && articles.length > 0 ? <ReservationForm draftId={draft.id} articles={articles} onRecorded={reload} /> : null}
    </>
  );
}
