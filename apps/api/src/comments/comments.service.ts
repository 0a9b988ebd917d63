import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommentRange, CommentStatus, CommentsQuery, CommentThreadView, CommentView, CreateCommentRequest, Page } from '@treaty/contracts';
import { conflict, decide, DomainError, forbidden, invalid, notFound, withinAudience, type CommentVisibility, type Membership } from '@treaty/domain';
import { anchorRange, checkAnchor, findClause, resolveAnchor, TextOperationError, type ClauseAnchor } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type * as Y from 'yjs';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DocumentRegistry } from '../collab/document-registry';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { audienceCondition, audienceDelegationOf } from './comment-audience';
import { Comment } from './comment.entity';
import { toCommentView, toThreadView } from './comment.views';

/**
 * Comment threads on a draft's clauses. Who sees a comment is `withinAudience` of its
 * visibility and delegation, on every path: lists, reads by id, replies, resolving, live events.
 * What someone may not see does not exist for them (404), like a draft they may not read.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly documents: DocumentRegistry,
    private readonly events: DomainEvents,
  ) {}

  async create(access: DraftAccess, input: CreateCommentRequest): Promise<CommentView | CommentThreadView> {
    const membership = memberOf(access);
    const thread = input.parentId ? await this.visibleThread(access, input.parentId) : null;
    if (thread && input.visibility && input.visibility !== thread.visibility) {
      throw invalid('visibility', `a reply keeps its thread's visibility (${thread.visibility})`);
    }
    if (thread && input.clauseId && input.clauseId !== thread.clauseId) throw invalid('clauseId', "a reply is on its thread's clause");
    const visibility = thread?.visibility ?? (input.visibility as CommentVisibility);
    const decision = decide(access.actor, 'comment.create', { ...access.context, commentVisibility: visibility });
    if (!decision.allowed) throw forbidden(decision.reason);
    const clauseId = thread?.clauseId ?? (input.clauseId as string);
    const anchor = thread ? null : await this.anchor(access.draft.id, clauseId, input.range);

    const comment = Object.assign(new Comment(), {
      id: randomUUID(),
      draftId: access.draft.id,
      parentId: thread?.id ?? null,
      clauseId,
      visibility,
      // A reply is read by its thread's audience, whoever writes it.
      delegationId: thread ? thread.delegationId : audienceDelegationOf(membership),
      authorId: access.actor.userId,
      authorDelegationId: audienceDelegationOf(membership),
      body: input.body,
      rangeFrom: anchor ? Buffer.from(anchor.from) : null,
      rangeTo: anchor ? Buffer.from(anchor.to) : null,
      status: 'open' as CommentStatus,
    });
    const stored = await this.transactions.run(async (manager) => {
      await manager.insert(Comment, comment);
      // The secretariat reads the audit log: a `delegation` comment's words must not reach it,
      // so no comment's body is recorded — only what it is and where.
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'comment.add',
        target: { type: 'comment', id: comment.id },
        after: { visibility, clauseId, parentId: comment.parentId, ranged: anchor !== null },
      });
      return manager.findOneOrFail(Comment, { where: { id: comment.id }, relations: { author: true } });
    });
    const view = thread ? toCommentView(stored) : (await this.threadViews(access.draft.id, [stored], membership))[0];
    if (!view) throw new Error('the stored comment could not be read back');
    this.events.emit('live', { draftId: access.draft.id, name: 'comment.added', audience: audienceOf(stored), payload: { comment: view } });
    return view;
  }

  /** The threads the caller may see, oldest first, with their replies. */
  async list(access: DraftAccess, query: CommentsQuery): Promise<Page<CommentThreadView>> {
    const audience = audienceCondition('c', access.actor.membership);
    const q = this.dataSource
      .getRepository(Comment)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.author', 'u')
      .where('c.draft_id = :draftId', { draftId: access.draft.id })
      .andWhere('c.parent_id IS NULL')
      .andWhere(audience.sql, audience.params);
    if (query.clauseId) q.andWhere('c.clause_id = :clauseId', { clauseId: query.clauseId });
    if (query.status) q.andWhere('c.status = :status', { status: query.status });
    const page = await paginate(q, 'c', query);
    return { items: await this.threadViews(access.draft.id, page.items, access.actor.membership), nextCursor: page.nextCursor };
  }

  /** One thread; asked by a reply's id, the thread it is in. */
  async get(access: DraftAccess, commentId: string): Promise<CommentThreadView> {
    const found = await this.visibleComment(access, commentId);
    const thread = found.parentId ? await this.visibleThread(access, found.parentId) : found;
    const [view] = await this.threadViews(access.draft.id, [thread], access.actor.membership);
    if (!view) throw notFound('Comment');
    return view;
  }

  /** Resolves or reopens a thread: its author or the secretariat. */
  async setStatus(access: DraftAccess, commentId: string, status: CommentStatus): Promise<CommentThreadView> {
    const thread = await this.visibleComment(access, commentId);
    if (thread.parentId) throw invalid('id', 'a thread is resolved or reopened, not one of its replies');
    if (thread.authorId !== access.actor.userId && access.actor.membership?.role !== 'secretariat') {
      throw forbidden('only the author of a thread or the secretariat may resolve or reopen it');
    }
    if (thread.status === status) throw conflict(`the thread is already ${status}`);
    await this.transactions.run(async (manager) => {
      await manager.update(Comment, { id: thread.id }, { status });
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: status === 'resolved' ? 'comment.resolve' : 'comment.reopen',
        target: { type: 'comment', id: thread.id },
        before: { status: thread.status },
        after: { status, visibility: thread.visibility, clauseId: thread.clauseId },
      });
    });
    this.events.emit('live', {
      draftId: access.draft.id,
      name: status === 'resolved' ? 'comment.resolved' : 'comment.reopened',
      audience: audienceOf(thread),
      payload: { id: thread.id, clauseId: thread.clauseId, status },
    });
    return this.get(access, thread.id);
  }

  /** The comment, if it exists on this draft and the caller is within its audience; else 404. */
  private async visibleComment(access: DraftAccess, commentId: string): Promise<Comment> {
    const comment = await this.dataSource.getRepository(Comment).findOne({ where: { id: commentId, draftId: access.draft.id }, relations: { author: true } });
    const membership = access.actor.membership;
    if (!comment || !membership || !withinAudience(membership, audienceOf(comment))) throw notFound('Comment');
    return comment;
  }

  private async visibleThread(access: DraftAccess, threadId: string): Promise<Comment> {
    const thread = await this.visibleComment(access, threadId);
    if (thread.parentId) throw invalid('parentId', 'reply to the thread, not to one of its replies');
    return thread;
  }

  /** The new thread's anchor, made on (or checked against) the live text; the clause must be in it. */
  private anchor(draftId: string, clauseId: string, range: CommentRange | undefined): Promise<ClauseAnchor | null> {
    return this.documents.read(draftId, (doc) => {
      try {
        if (!range) {
          if (!findClause(doc, clauseId)) throw notFound('Clause');
          return null;
        }
        if ('start' in range) return anchorRange(doc, clauseId, range);
        return checkAnchor(doc, clauseId, { from: Buffer.from(range.from, 'base64'), to: Buffer.from(range.to, 'base64') });
      } catch (error) {
        if (error instanceof TextOperationError) throw new DomainError(error.code, error.message, error.code === 'invalid' ? [{ path: 'range', message: error.message }] : []);
        throw error;
      }
    });
  }

  /** Threads with their replies (within the same audience) and their ranges where the words are now. */
  private async threadViews(draftId: string, threads: Comment[], membership: Membership | null | undefined): Promise<CommentThreadView[]> {
    if (threads.length === 0) return [];
    const replies = await this.dataSource.getRepository(Comment).find({
      where: { parentId: In(threads.map((t) => t.id)) },
      relations: { author: true },
      order: { seq: 'ASC' },
    });
    const visible = replies.filter((r) => membership && withinAudience(membership, audienceOf(r)));
    const ranges = threads.some((t) => t.rangeFrom)
      ? await this.documents.read(draftId, (doc) => threads.map((t) => rangeOf(doc, t)))
      : threads.map(() => null);
    return threads.map((t, i) => toThreadView(t, ranges[i] ?? null, visible.filter((r) => r.parentId === t.id)));
  }
}

const audienceOf = (comment: Comment) => ({ visibility: comment.visibility, delegationId: comment.delegationId });

function rangeOf(doc: Y.Doc, thread: Comment): CommentThreadView['range'] {
  if (!thread.rangeFrom || !thread.rangeTo) return null;
  return resolveAnchor(doc, thread.clauseId, { from: new Uint8Array(thread.rangeFrom), to: new Uint8Array(thread.rangeTo) });
}

function memberOf(access: DraftAccess): Membership {
  const membership = access.actor.membership;
  if (!membership) throw forbidden('not a member of this negotiation');
  return membership;
}
