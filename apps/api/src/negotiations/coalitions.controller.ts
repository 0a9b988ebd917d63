import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createCoalitionRequest,
  pageQuery,
  type CoalitionView,
  type CreateCoalitionRequest,
  type Page,
  type PageQuery,
} from '@treaty/contracts';
import type { NegotiationAccess } from '../access/negotiation-access';
import { InNegotiation, RequireInNegotiation } from '../access/policy.guard';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { CoalitionsService } from './coalitions.service';

/** Coalitions: groups of delegations on whose behalf brackets and options may be proposed. */
@ApiTags('negotiations')
@ApiBearerAuth()
@Controller('negotiations/:id/coalitions')
export class CoalitionsController {
  constructor(private readonly coalitions: CoalitionsService) {}

  @Post()
  @RequireInNegotiation('negotiation.manage')
  @BodySchema(createCoalitionRequest)
  create(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Body(new SchemaPipe(createCoalitionRequest)) body: CreateCoalitionRequest,
  ): Promise<CoalitionView> {
    return this.coalitions.create(access, body);
  }

  @Get()
  @RequireInNegotiation('negotiation.read')
  @QuerySchema(pageQuery)
  list(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Query(new SchemaPipe(pageQuery)) page: PageQuery,
  ): Promise<Page<CoalitionView>> {
    return this.coalitions.list(access, page);
  }
}
