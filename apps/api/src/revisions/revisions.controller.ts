import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  issueRevisionRequest,
  openRoundRequest,
  pageQuery,
  receivedTextPreviewRequest,
  revisionNumberParam,
  type ClosedRoundView,
  type ImportedRevisionView,
  type IssueRevisionRequest,
  type OpenRoundRequest,
  type Page,
  type PageQuery,
  type ReceivedTextPreviewRequest,
  type RevisionSummary,
  type RoundView,
} from '@treaty/contracts';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { IdPipe } from '../platform/id.pipe';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { RevisionsService, type ReceivedTextPreviewView, type RevisionComparisonView, type RevisionView } from './revisions.service';
import { RoundsService } from './rounds.service';

const revisionNumber = new SchemaPipe(revisionNumberParam);

/**
 * Rounds and revisions. Rounds are run in the negotiation stage (`round.manage`); a revision
 * outside a round — the zero draft in drafting, or one between sessions — is the secretariat's
 * at any stage (`draft.manage`). Revisions are readable by everyone who sees the draft, observers
 * of a draft published only through its revisions included (`revision.read`).
 */
@ApiTags('revisions')
@ApiBearerAuth()
@Controller('drafts/:id')
export class RevisionsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly revisions: RevisionsService,
  ) {}

  @Post('rounds')
  @RequireOnDraft('round.manage')
  @BodySchema(openRoundRequest)
  open(@OnDraft() access: DraftAccess, @Body(new SchemaPipe(openRoundRequest)) body: OpenRoundRequest): Promise<RoundView> {
    return this.rounds.open(access, body);
  }

  @Get('rounds')
  @RequireOnDraft('revision.read')
  @QuerySchema(pageQuery)
  listRounds(@OnDraft() access: DraftAccess, @Query(new SchemaPipe(pageQuery)) page: PageQuery): Promise<Page<RoundView>> {
    return this.rounds.list(access, page);
  }

  /** Closes the round and issues the next revision from the live text. */
  @Post('rounds/:rid/close')
  @HttpCode(200)
  @RequireOnDraft('round.manage')
  close(@OnDraft() access: DraftAccess, @Param('rid', IdPipe) roundId: string): Promise<ClosedRoundView> {
    return this.rounds.close(access, roundId);
  }

  @Post('revisions')
  @RequireOnDraft('draft.manage')
  @BodySchema(issueRevisionRequest)
  issue(@OnDraft() access: DraftAccess, @Body(new SchemaPipe(issueRevisionRequest)) body: IssueRevisionRequest): Promise<RevisionSummary | ImportedRevisionView> {
    return this.revisions.issue(access, body);
  }

  /** A dry run of `POST revisions` with a source: what the received text would change; nothing is stored. */
  @Post('revisions/preview')
  @HttpCode(200)
  @RequireOnDraft('draft.manage')
  @BodySchema(receivedTextPreviewRequest)
  preview(@OnDraft() access: DraftAccess, @Body(new SchemaPipe(receivedTextPreviewRequest)) body: ReceivedTextPreviewRequest): Promise<ReceivedTextPreviewView> {
    return this.revisions.previewReceived(access, body.source);
  }

  @Get('revisions')
  @RequireOnDraft('revision.read')
  @QuerySchema(pageQuery)
  list(@OnDraft() access: DraftAccess, @Query(new SchemaPipe(pageQuery)) page: PageQuery): Promise<Page<RevisionSummary>> {
    return this.revisions.list(access, page);
  }

  @Get('revisions/:n')
  @RequireOnDraft('revision.read')
  get(@OnDraft() access: DraftAccess, @Param('n', revisionNumber) n: number): Promise<RevisionView> {
    return this.revisions.get(access, n);
  }

  /** Clause by clause from revision `a` to revision `b`, word by word inside a changed clause. */
  @Get('revisions/:a/diff/:b')
  @RequireOnDraft('revision.read')
  compare(
    @OnDraft() access: DraftAccess,
    @Param('a', revisionNumber) a: number,
    @Param('b', revisionNumber) b: number,
  ): Promise<RevisionComparisonView> {
    return this.revisions.compare(access, a, b);
  }
}
