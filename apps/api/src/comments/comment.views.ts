import type { CommentThreadView, CommentView } from '@treaty/contracts';
import type { Comment } from './comment.entity';

export function toCommentView(comment: Comment): CommentView {
  return {
    id: comment.id,
    parentId: comment.parentId,
    clauseId: comment.clauseId,
    visibility: comment.visibility,
    body: comment.body,
    author: { id: comment.authorId, name: comment.author?.name ?? '' },
    delegationId: comment.authorDelegationId,
    createdAt: comment.createdAt.toISOString(),
  };
}

export function toThreadView(thread: Comment, range: CommentThreadView['range'], replies: Comment[]): CommentThreadView {
  return { ...toCommentView(thread), status: thread.status, range, replies: replies.map(toCommentView) };
}
