import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { searchQuery, type Page, type SearchHit, type SearchQuery } from '@treaty/contracts';
import { CurrentUser, type AuthUser } from '../identity/auth-user';
import { QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { SearchService } from './search.service';

/**
 * Any signed-in person may search; what they find is limited, draft by draft and comment by
 * comment, to what the policy lets them read (see SearchScope and SearchHits).
 */
@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @QuerySchema(searchQuery)
  find(@CurrentUser() user: AuthUser, @Query(new SchemaPipe(searchQuery)) query: SearchQuery): Promise<Page<SearchHit>> {
    return this.search.search(user, query);
  }
}
