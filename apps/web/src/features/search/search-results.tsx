import type { SearchHit, SearchHitKind } from '@treaty/contracts';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { ListFooter } from '../../lib/list-footer';
import { usePagedList } from '../../lib/use-paged-list';
import { hitLink, placeLabel, search, type SearchParams } from './search-api';
import { SearchSnippet } from './search-snippet';

const KIND_LABELS: Record<SearchHitKind, string> = { draft: 'Live text', revision: 'Revision', comment: 'Comment' };

/** The hits for one search, best first, each labelled with what it is and where; more on request. */
export function SearchResults({ params }: { params: SearchParams }) {
  const fetchPage = useCallback((cursor: string | undefined) => search(params, cursor), [params]);
  const list = usePagedList(fetchPage);
  const done = !list.loading && !list.error;
  return (
    <section className="search-results" aria-label="Results">
      {done && list.items.length === 0 ? <p className="muted">Nothing you may read holds these words.</p> : null}
      <ol className="search-results__list">
        {list.items.map((hit) => (
          <li key={hitKey(hit)} className="search-hit">
            <p className="search-hit__where">
              <span className={`badge search-hit__kind search-hit__kind--${hit.kind}`}>{KIND_LABELS[hit.kind]}</span>{' '}
              <Link to={hitLink(hit)}>
                {hit.draftTitle} · {placeLabel(hit)}
                {hit.revision ? ` · ${hit.revision.label}` : ''}
              </Link>
            </p>
            <SearchSnippet html={hit.snippet} />
          </li>
        ))}
      </ol>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.nextCursor !== null} onMore={list.loadMore} onRetry={list.reload} noun="results" />
    </section>
  );
}

const hitKey = (hit: SearchHit): string => [hit.kind, hit.draftId, hit.revision?.number ?? '', hit.commentId ?? '', hit.clauseId, hit.paragraphNumber ?? ''].join(':');
