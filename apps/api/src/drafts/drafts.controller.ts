import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createDraftRequest,
  pageQuery,
  transitionRequest,
  updateDraftRequest,
  type CreateDraftRequest,
  type CreatedDraftView,
  type DraftView,
  type Page,
  type PageQuery,
  type TransitionRequest,
  type TransitionView,
  type UpdateDraftRequest,
  type WorkflowView,
} from '@treaty/contracts';
import { toTreatyText, yDocToTreaty, type TreatyText } from '@treaty/treaty-schema';
import type { DraftAccess } from '../access/draft-access';
import type { NegotiationAccess } from '../access/negotiation-access';
import { InNegotiation, OnDraft, RequireInNegotiation, RequireOnDraft } from '../access/policy.guard';
import { DocumentRegistry } from '../collab/document-registry';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { DraftsService } from './drafts.service';
import { TransitionsService } from './transitions.service';

@ApiTags('drafts')
@ApiBearerAuth()
@Controller()
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly transitions: TransitionsService,
    private readonly documents: DocumentRegistry,
  ) {}

  @Post('negotiations/:id/drafts')
  @RequireInNegotiation('negotiation.manage')
  @BodySchema(createDraftRequest)
  create(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Body(new SchemaPipe(createDraftRequest)) body: CreateDraftRequest,
  ): Promise<CreatedDraftView> {
    return this.drafts.create(access, body);
  }

  @Get('negotiations/:id/drafts')
  @RequireInNegotiation('negotiation.read')
  @QuerySchema(pageQuery)
  list(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Query(new SchemaPipe(pageQuery)) page: PageQuery,
  ): Promise<Page<DraftView>> {
    return this.drafts.list(access, page);
  }

  @Get('drafts/:id')
  @RequireOnDraft('revision.read')
  get(@Param('id') _id: string, @OnDraft() access: DraftAccess): DraftView {
    return this.drafts.view(access);
  }

  @Patch('drafts/:id')
  @RequireOnDraft('draft.manage')
  @BodySchema(updateDraftRequest)
  update(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Body(new SchemaPipe(updateDraftRequest)) body: UpdateDraftRequest,
  ): Promise<DraftView> {
    return this.drafts.update(access, body);
  }

  /** The live text as structure, numbers derived from position. */
  @Get('drafts/:id/text')
  @RequireOnDraft('text.read')
  text(@Param('id') _id: string, @OnDraft() access: DraftAccess): Promise<TreatyText> {
    return this.documents.read(access.draft.id, (doc) => toTreatyText(yDocToTreaty(doc)));
  }

  @Post('drafts/:id/transitions')
  @RequireOnDraft('draft.transition')
  @BodySchema(transitionRequest)
  move(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Body(new SchemaPipe(transitionRequest)) body: TransitionRequest,
  ): Promise<DraftView> {
    return this.transitions.move(access, body);
  }

  /** Read from the live text, like `text`: its guards count the text's brackets and agreement. */
  @Get('drafts/:id/workflow')
  @RequireOnDraft('text.read')
  workflow(@Param('id') _id: string, @OnDraft() access: DraftAccess): Promise<WorkflowView> {
    return this.transitions.workflow(access);
  }

  @Get('drafts/:id/transitions')
  @RequireOnDraft('revision.read')
  @QuerySchema(pageQuery)
  history(
    @Param('id') _id: string,
    @OnDraft() access: DraftAccess,
    @Query(new SchemaPipe(pageQuery)) page: PageQuery,
  ): Promise<Page<TransitionView>> {
    return this.transitions.history(access, page);
  }
}
