import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createNegotiationRequest,
  pageQuery,
  type NegotiationView,
  type Page,
  type PageQuery,
} from '@treaty/contracts';
import type { z } from 'zod';
import type { NegotiationAccess } from '../access/negotiation-access';
import { InNegotiation, RequireInNegotiation, RequirePlatform } from '../access/policy.guard';
import { CurrentUser, type AuthUser } from '../identity/auth-user';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { NegotiationsService } from './negotiations.service';

@ApiTags('negotiations')
@ApiBearerAuth()
@Controller('negotiations')
export class NegotiationsController {
  constructor(private readonly negotiations: NegotiationsService) {}

  @Post()
  @RequirePlatform('negotiation.create')
  @BodySchema(createNegotiationRequest)
  create(
    @CurrentUser() user: AuthUser,
    @Body(new SchemaPipe(createNegotiationRequest)) body: z.output<typeof createNegotiationRequest>,
  ): Promise<NegotiationView> {
    return this.negotiations.create(user, body);
  }

  @Get()
  @QuerySchema(pageQuery)
  list(@CurrentUser() user: AuthUser, @Query(new SchemaPipe(pageQuery)) page: PageQuery): Promise<Page<NegotiationView>> {
    return this.negotiations.listFor(user, page);
  }

  @Get(':id')
  @RequireInNegotiation('negotiation.read')
  get(@Param('id') _id: string, @InNegotiation() access: NegotiationAccess): Promise<NegotiationView> {
    return this.negotiations.view(access);
  }
}
