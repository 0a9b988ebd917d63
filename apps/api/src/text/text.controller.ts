import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  alternativeResolutionRequest,
  bracketResolutionRequest,
  clauseStatusRequest,
  type AlternativeResolutionRequest,
  type BracketDashboard,
  type BracketResolutionRequest,
  type ClauseStatusRequest,
  type ClauseStatusView,
  type ResolutionView,
} from '@treaty/contracts';
import { toTreatyText, yDocToTreaty } from '@treaty/treaty-schema';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { DocumentRegistry } from '../collab/document-registry';
import { IdPipe } from '../platform/id.pipe';
import { BodySchema, SchemaPipe } from '../platform/schema.pipe';
import { bracketDashboard } from './bracket-dashboard';
import { TextChangesService } from './text-changes.service';

@ApiTags('text')
@ApiBearerAuth()
@Controller('drafts/:id')
export class TextController {
  constructor(
    private readonly changes: TextChangesService,
    private readonly documents: DocumentRegistry,
  ) {}

  /** Sets an article's status; `agreed` locks it on every channel until it is reopened. */
  @Post('clauses/:clauseId/status')
  @HttpCode(200)
  @RequireOnDraft('clause.status')
  @BodySchema(clauseStatusRequest)
  setStatus(
    @OnDraft() access: DraftAccess,
    @Param('clauseId', IdPipe) clauseId: string,
    @Body(new SchemaPipe(clauseStatusRequest)) body: ClauseStatusRequest,
  ): Promise<ClauseStatusView> {
    return this.changes.setStatus(access, clauseId, body);
  }

  @Post('brackets/:bracketId/resolve')
  @HttpCode(200)
  @RequireOnDraft('bracket.resolve')
  @BodySchema(bracketResolutionRequest)
  resolveBracket(
    @OnDraft() access: DraftAccess,
    @Param('bracketId', IdPipe) bracketId: string,
    @Body(new SchemaPipe(bracketResolutionRequest)) body: BracketResolutionRequest,
  ): Promise<ResolutionView> {
    return this.changes.resolveBracket(access, bracketId, body);
  }

  @Post('alternatives/:altId/resolve')
  @HttpCode(200)
  @RequireOnDraft('bracket.resolve')
  @BodySchema(alternativeResolutionRequest)
  keepAlternative(
    @OnDraft() access: DraftAccess,
    @Param('altId', IdPipe) altId: string,
    @Body(new SchemaPipe(alternativeResolutionRequest)) body: AlternativeResolutionRequest,
  ): Promise<ResolutionView> {
    return this.changes.keepAlternative(access, altId, body);
  }

  /** Open brackets and alternatives per article and per proposing delegation. */
  @Get('brackets')
  @RequireOnDraft('text.read')
  dashboard(@OnDraft() access: DraftAccess): Promise<BracketDashboard> {
    return this.documents.read(access.draft.id, (doc) => bracketDashboard(toTreatyText(yDocToTreaty(doc))));
  }
}
