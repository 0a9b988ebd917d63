import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CollabModule } from '../collab/collab.module';
import { SearchController } from './search.controller';
import { SearchHits } from './search-hits';
import { SearchIndex } from './search-index';
import { SearchRefresher } from './search-refresher';
import { SearchScope } from './search-scope';
import { SearchService } from './search.service';

/** Full-text search over drafts' live text, revisions and comments, within what each person may read. */
@Module({
  imports: [AccessModule, CollabModule],
  controllers: [SearchController],
  providers: [SearchScope, SearchIndex, SearchHits, SearchRefresher, SearchService],
  exports: [SearchRefresher],
})
export class SearchModule {}
