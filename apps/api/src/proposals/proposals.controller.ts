import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  proposalsQuery,
  rejectProposalRequest,
  tableProposalRequest,
  type Page,
  type ProposalsQuery,
  type ProposalView,
  type RejectProposalRequest,
  type TableProposalRequest,
} from '@treaty/contracts';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { IdPipe } from '../platform/id.pipe';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { ProposalsService } from './proposals.service';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('drafts/:id/proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  /** Tables a replacement text for a clause on behalf of the caller's delegation. */
  @Post()
  @RequireOnDraft('amendment.propose')
  @BodySchema(tableProposalRequest)
  table(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Body(new SchemaPipe(tableProposalRequest)) body: TableProposalRequest,
  ): Promise<ProposalView> {
    return this.proposals.table(access, body);
  }

  @Get()
  @RequireOnDraft('text.read')
  @QuerySchema(proposalsQuery)
  list(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Query(new SchemaPipe(proposalsQuery)) query: ProposalsQuery,
  ): Promise<Page<ProposalView>> {
    return this.proposals.list(access, query);
  }

  /** Applies the proposed text to the live text, for every open editor at once. */
  @Post(':pid/accept')
  @HttpCode(200)
  @RequireOnDraft('proposal.manage')
  accept(@Param('id') _id: string, @OnDraft() access: DraftAccess, @Param('pid', IdPipe) pid: string): Promise<ProposalView> {
    return this.proposals.accept(access, pid);
  }

  @Post(':pid/reject')
  @HttpCode(200)
  @RequireOnDraft('proposal.manage')
  @BodySchema(rejectProposalRequest)
  reject(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Param('pid', IdPipe) pid: string,
    @Body(new SchemaPipe(rejectProposalRequest)) body: RejectProposalRequest,
  ): Promise<ProposalView> {
    return this.proposals.reject(access, pid, body);
  }
}
