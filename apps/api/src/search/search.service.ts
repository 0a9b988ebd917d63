import { Injectable } from '@nestjs/common';
import type { Page, SearchHit, SearchQuery } from '@treaty/contracts';
import type { AuthUser } from '../identity/auth-user';
import { byRank, SearchHits } from './search-hits';
import { SearchIndex } from './search-index';
import { SearchScope } from './search-scope';

/**
 * `GET /api/search`: what the person may see, caught up, then ranked. Each negotiation is
 * searched on its own (the comment audience depends on the membership there) for its best
 * hits down to the end of the asked page; the merged ranking is then cut to the page, which
 * is exact because no hit below a negotiation's cut could rank above the page's last.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly scope: SearchScope,
    private readonly index: SearchIndex,
    private readonly hits: SearchHits,
  ) {}

  async search(user: AuthUser, query: SearchQuery): Promise<Page<SearchHit>> {
    const scopes = await this.scope.of(user, query.negotiationId);
    await this.index.catchUp(
      scopes.flatMap((s) => s.textDraftIds),
      scopes.flatMap((s) => s.revisionDraftIds),
    );
    const offset = query.cursor ? Number(query.cursor) : 0;
    // One more than the page: whether there is a next one.
    const depth = offset + query.limit + 1;
    const found = (await Promise.all(scopes.map((s) => this.hits.find(s, query.q, depth)))).flat().sort(byRank);
    const page = found.slice(offset, offset + query.limit).map((r) => r.hit);
    const more = found.length > offset + query.limit;
    return { items: page, nextCursor: more ? String(offset + query.limit) : null };
  }
}
