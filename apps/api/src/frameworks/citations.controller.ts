import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { citationsQuery, citeProvisionRequest, type CitationsQuery, type CitationView, type CiteProvisionRequest, type Page } from '@treaty/contracts';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { IdPipe } from '../platform/id.pipe';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { CitationsService } from './citations.service';

/** The concordance of a draft: per clause, and all of the draft's at once. */
@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('drafts/:id')
export class CitationsController {
  constructor(private readonly citations: CitationsService) {}

  @Get('citations')
  @RequireOnDraft('text.read')
  @QuerySchema(citationsQuery)
  listAll(@OnDraft() access: DraftAccess, @Query(new SchemaPipe(citationsQuery)) query: CitationsQuery): Promise<Page<CitationView>> {
    return this.citations.list(access, query);
  }

  @Get('clauses/:clauseId/citations')
  @RequireOnDraft('text.read')
  @QuerySchema(citationsQuery)
  list(
    @OnDraft() access: DraftAccess,
    @Param('clauseId', IdPipe) clauseId: string,
    @Query(new SchemaPipe(citationsQuery)) query: CitationsQuery,
  ): Promise<Page<CitationView>> {
    return this.citations.list(access, query, clauseId);
  }

  @Post('clauses/:clauseId/citations')
  @RequireOnDraft('citation.add')
  @BodySchema(citeProvisionRequest)
  cite(
    @OnDraft() access: DraftAccess,
    @Param('clauseId', IdPipe) clauseId: string,
    @Body(new SchemaPipe(citeProvisionRequest)) body: CiteProvisionRequest,
  ): Promise<CitationView> {
    return this.citations.cite(access, clauseId, body);
  }

  @Delete('clauses/:clauseId/citations/:citationId')
  @HttpCode(204)
  @RequireOnDraft('citation.add')
  withdraw(
    @OnDraft() access: DraftAccess,
    @Param('clauseId', IdPipe) clauseId: string,
    @Param('citationId', IdPipe) citationId: string,
  ): Promise<void> {
    return this.citations.withdraw(access, clauseId, citationId);
  }
}
