import type { CommentThreadView, CommentView, CreateCommentRequest, Page } from '@treaty/contracts';
import type { TreatyText } from '@treaty/treaty-schema';
import { request } from '../../lib/api-client';

const commentsPath = (draftId: string) => `/drafts/${encodeURIComponent(draftId)}/comments`;

export const listComments = (draftId: string, cursor: string | undefined): Promise<Page<CommentThreadView>> =>
  request(cursor ? `${commentsPath(draftId)}?cursor=${encodeURIComponent(cursor)}` : commentsPath(draftId));

export const createComment = (draftId: string, body: CreateCommentRequest): Promise<CommentView> =>
  request(commentsPath(draftId), { method: 'POST', body });

export const setThreadStatus = (draftId: string, threadId: string, action: 'resolve' | 'reopen'): Promise<CommentThreadView> =>
  request(`${commentsPath(draftId)}/${encodeURIComponent(threadId)}/${action}`, { method: 'POST' });

/** The live text, for the clauses' numbers. */
export const getText = (draftId: string): Promise<TreatyText> => request(`/drafts/${encodeURIComponent(draftId)}/text`);
