import { COMMENT_VISIBILITIES, type CommentVisibility } from '@treaty/domain';
import { z } from 'zod';
import { pageQuery, text, uuid } from './common.schema';
import { LIMITS } from './limits';

export const COMMENT_STATUSES = ['open', 'resolved'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A base64 `Y.encodeRelativePosition`; a few dozen bytes in practice. */
const relativePosition = z.base64('must be base64').max(1024);

/**
 * The words a comment is about: character offsets in the clause's text (the server anchors
 * them on the live document), or relative positions the client computed on its own copy.
 */
export const commentRange = z.union([
  z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.strictObject({ from: relativePosition, to: relativePosition }),
]);
export type CommentRange = z.infer<typeof commentRange>;

/** A thread names its clause and visibility; a reply (`parentId`) takes both from its thread. */
export const createCommentRequest = z
  .strictObject({
    clauseId: z.string().trim().min(1).max(100).optional(),
    range: commentRange.optional(),
    visibility: z.enum(COMMENT_VISIBILITIES).optional(),
    body: text(LIMITS.description),
    parentId: uuid.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.parentId) {
      if (value.range) ctx.addIssue({ code: 'custom', path: ['range'], message: 'a reply is anchored where its thread is' });
      return;
    }
    if (!value.clauseId) ctx.addIssue({ code: 'custom', path: ['clauseId'], message: 'a thread names its clause' });
    if (!value.visibility) ctx.addIssue({ code: 'custom', path: ['visibility'], message: 'a thread names its visibility' });
  });
export type CreateCommentRequest = z.infer<typeof createCommentRequest>;

export const commentsQuery = pageQuery.extend({
  clauseId: z.string().trim().min(1).max(100).optional(),
  status: z.enum(COMMENT_STATUSES).optional(),
});
export type CommentsQuery = z.infer<typeof commentsQuery>;

export interface CommentView {
  id: string;
  parentId: string | null;
  clauseId: string;
  visibility: CommentVisibility;
  body: string;
  author: { id: string; name: string };
  /** The author's delegation; null for the secretariat. */
  delegationId: string | null;
  createdAt: string;
}

export interface CommentThreadView extends CommentView {
  status: CommentStatus;
  /** The anchored words where they are now; null without a range or once its words are gone. */
  range: { start: number; end: number; quote: string } | null;
  replies: CommentView[];
}
