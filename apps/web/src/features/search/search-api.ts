import type { Page, SearchHit } from '@treaty/contracts';
import { request } from '../../lib/api-client';

export interface SearchParams {
  q: string;
  negotiationId?: string;
}

export function search(params: SearchParams, cursor: string | undefined): Promise<Page<SearchHit>> {
  const query = new URLSearchParams({ q: params.q });
  if (params.negotiationId) query.set('negotiationId', params.negotiationId);
  if (cursor) query.set('cursor', cursor);
  return request(`/search?${query.toString()}`);
}

/** Where a hit leads: the clause in the live text, or the draft's revisions. */
export function hitLink(hit: SearchHit): string {
  const draft = `/drafts/${encodeURIComponent(hit.draftId)}`;
  if (hit.kind === 'revision') return `${draft}/revisions`;
  return `${draft}#clause-${encodeURIComponent(hit.clauseId)}`;
}

/** How a drafter cites the place: "Article 3(1)", "Article 3", "Preamble". */
export function placeLabel(hit: SearchHit): string {
  if (hit.articleNumber === null) return 'Preamble';
  return hit.paragraphNumber === null ? `Article ${hit.articleNumber}` : `Article ${hit.articleNumber}(${hit.paragraphNumber})`;
}
