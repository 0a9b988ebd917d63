import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  positionsQuery,
  positionTallyQuery,
  recordPositionRequest,
  type Page,
  type PositionsQuery,
  type PositionTallyQuery,
  type PositionTallyView,
  type PositionView,
  type RecordPositionRequest,
} from '@treaty/contracts';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { PositionsService } from './positions.service';

@ApiTags('positions')
@ApiBearerAuth()
@Controller('drafts/:id/positions')
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  /** States the caller's delegation's position on a clause, bracket or set of alternatives, replacing its previous one. */
  @Post()
  @RequireOnDraft('position.record')
  @BodySchema(recordPositionRequest)
  record(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Body(new SchemaPipe(recordPositionRequest)) body: RecordPositionRequest,
  ): Promise<PositionView> {
    return this.positions.record(access, body);
  }

  // Read against the live text (targets are placed in it), so for those who read the live text.
  @Get()
  @RequireOnDraft('text.read')
  @QuerySchema(positionsQuery)
  list(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Query(new SchemaPipe(positionsQuery)) query: PositionsQuery,
  ): Promise<Page<PositionView>> {
    return this.positions.list(access, query);
  }

  /** Per clause, the delegations that support, object or reserve: the positions matrix. */
  @Get('tally')
  @RequireOnDraft('text.read')
  @QuerySchema(positionTallyQuery)
  tally(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Query(new SchemaPipe(positionTallyQuery)) query: PositionTallyQuery,
  ): Promise<PositionTallyView> {
    return this.positions.tally(access, query);
  }
}
