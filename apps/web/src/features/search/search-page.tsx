import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SearchParams } from './search-api';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';
import './search.css';

/** `/search?q=&negotiationId=`: the address holds the search, so a result list can be shared and reloaded. */
export function SearchPage() {
  const [query, setQuery] = useSearchParams();
  const q = query.get('q')?.trim() ?? '';
  const negotiationId = query.get('negotiationId') ?? undefined;
  const params = useMemo<SearchParams>(() => ({ q, negotiationId }), [q, negotiationId]);
  const onSearch = (next: SearchParams) => {
    setQuery(next.negotiationId ? { q: next.q, negotiationId: next.negotiationId } : { q: next.q });
  };
  return (
    <section className="search-page">
      <title>{q ? `${q} · Search · Treaty Workspace` : 'Search · Treaty Workspace'}</title>
      <h1>Search</h1>
      <p className="muted">The live text of drafts, their revisions and comments — only what you may read.</p>
      {/* Keyed by the search: the form and the list start afresh when the address changes. */}
      <SearchForm key={`form:${q}:${negotiationId ?? ''}`} initial={params} onSearch={onSearch} />
      {q ? <SearchResults key={`results:${q}:${negotiationId ?? ''}`} params={params} /> : null}
    </section>
  );
}
