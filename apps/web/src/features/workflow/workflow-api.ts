import { LIMITS, type DraftView, type Page, type TransitionRequest, type TransitionView, type WorkflowView } from '@treaty/contracts';
import { request } from '../../lib/api-client';

const draftPath = (draftId: string) => `/drafts/${encodeURIComponent(draftId)}`;

export const getWorkflow = (draftId: string): Promise<WorkflowView> => request(`${draftPath(draftId)}/workflow`);

export const moveDraft = (draftId: string, body: TransitionRequest): Promise<DraftView> =>
  request(`${draftPath(draftId)}/transitions`, { method: 'POST', body });

/** Full pages: a draft moves a handful of times, so the whole history usually comes in one. */
export const listTransitions = (draftId: string, cursor: string | undefined): Promise<Page<TransitionView>> =>
  request(`${draftPath(draftId)}/transitions?limit=${LIMITS.pageMax}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
