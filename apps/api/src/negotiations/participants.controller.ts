import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  addMemberRequest,
  createDelegationRequest,
  pageQuery,
  type AddMemberRequest,
  type CreateDelegationRequest,
  type DelegationView,
  type MemberView,
  type Page,
  type PageQuery,
} from '@treaty/contracts';
import type { NegotiationAccess } from '../access/negotiation-access';
import { InNegotiation, RequireInNegotiation } from '../access/policy.guard';
import { IdPipe } from '../platform/id.pipe';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { DelegationsService } from './delegations.service';
import { MembersService } from './members.service';

/** Who takes part in a negotiation: its delegations and its members. */
@ApiTags('negotiations')
@ApiBearerAuth()
@Controller('negotiations/:id')
export class ParticipantsController {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly members: MembersService,
  ) {}

  @Post('delegations')
  @RequireInNegotiation('negotiation.manage')
  @BodySchema(createDelegationRequest)
  createDelegation(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Body(new SchemaPipe(createDelegationRequest)) body: CreateDelegationRequest,
  ): Promise<DelegationView> {
    return this.delegations.create(access, body);
  }

  @Get('delegations')
  @RequireInNegotiation('negotiation.read')
  @QuerySchema(pageQuery)
  listDelegations(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Query(new SchemaPipe(pageQuery)) page: PageQuery,
  ): Promise<Page<DelegationView>> {
    return this.delegations.list(access, page);
  }

  @Post('members')
  @RequireInNegotiation('negotiation.manage')
  @BodySchema(addMemberRequest)
  addMember(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Body(new SchemaPipe(addMemberRequest)) body: AddMemberRequest,
  ): Promise<MemberView> {
    return this.members.add(access, body);
  }

  @Delete('members/:memberId')
  @HttpCode(204)
  @RequireInNegotiation('negotiation.manage')
  removeMember(
    @Param('id') _id: string,
    @Param('memberId', IdPipe) memberId: string,
    @InNegotiation() access: NegotiationAccess,
  ): Promise<void> {
    return this.members.remove(access, memberId);
  }

  @Get('members')
  @RequireInNegotiation('negotiation.read')
  @QuerySchema(pageQuery)
  listMembers(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Query(new SchemaPipe(pageQuery)) page: PageQuery,
  ): Promise<Page<MemberView>> {
    return this.members.list(access, page);
  }
}
