import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  commentsQuery,
  createCommentRequest,
  type CommentsQuery,
  type CommentThreadView,
  type CommentView,
  type CreateCommentRequest,
  type Page,
} from '@treaty/contracts';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { IdPipe } from '../platform/id.pipe';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { CommentsService } from './comments.service';

/**
 * Every route needs only to read the draft at the door: whether someone may comment depends on
 * the visibility in the body (observers: public only), so the service asks the policy with it.
 */
@ApiTags('comments')
@ApiBearerAuth()
@Controller('drafts/:id/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @RequireOnDraft('text.read')
  @QuerySchema(commentsQuery)
  list(@OnDraft() access: DraftAccess, @Query(new SchemaPipe(commentsQuery)) query: CommentsQuery): Promise<Page<CommentThreadView>> {
    return this.comments.list(access, query);
  }

  @Post()
  @RequireOnDraft('text.read')
  @BodySchema(createCommentRequest)
  create(
    @OnDraft() access: DraftAccess,
    @Body(new SchemaPipe(createCommentRequest)) body: CreateCommentRequest,
  ): Promise<CommentView | CommentThreadView> {
    return this.comments.create(access, body);
  }

  @Get(':cid')
  @RequireOnDraft('text.read')
  get(@OnDraft() access: DraftAccess, @Param('cid', IdPipe) commentId: string): Promise<CommentThreadView> {
    return this.comments.get(access, commentId);
  }

  @Post(':cid/resolve')
  @HttpCode(200)
  @RequireOnDraft('text.read')
  resolve(@OnDraft() access: DraftAccess, @Param('cid', IdPipe) commentId: string): Promise<CommentThreadView> {
    return this.comments.setStatus(access, commentId, 'resolved');
  }

  @Post(':cid/reopen')
  @HttpCode(200)
  @RequireOnDraft('text.read')
  reopen(@OnDraft() access: DraftAccess, @Param('cid', IdPipe) commentId: string): Promise<CommentThreadView> {
    return this.comments.setStatus(access, commentId, 'open');
  }
}
