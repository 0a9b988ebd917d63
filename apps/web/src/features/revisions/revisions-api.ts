import type { ClosedRoundView, IssueRevisionRequest, OpenRoundRequest, Page, RevisionSummary, RoundView } from '@treaty/contracts';
import type { RevisionComparison } from '@treaty/treaty-schema';
import { request } from '../../lib/api-client';

export interface RevisionComparisonView extends RevisionComparison {
  from: RevisionSummary;
  to: RevisionSummary;
}

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

// A draft's revisions and rounds are few (one per session): the first page of the largest size holds them.
export const listRevisions = (draftId: string): Promise<Page<RevisionSummary>> => request(`${draftPath(draftId)}/revisions?limit=100`);

export const listRounds = (draftId: string): Promise<Page<RoundView>> => request(`${draftPath(draftId)}/rounds?limit=100`);

export const openRound = (draftId: string, body: OpenRoundRequest): Promise<RoundView> => request(`${draftPath(draftId)}/rounds`, { method: 'POST', body });

export const closeRound = (draftId: string, roundId: string): Promise<ClosedRoundView> =>
  request(`${draftPath(draftId)}/rounds/${encodeURIComponent(roundId)}/close`, { method: 'POST' });

export const issueRevision = (draftId: string, body: IssueRevisionRequest): Promise<RevisionSummary> =>
  request(`${draftPath(draftId)}/revisions`, { method: 'POST', body });

export const compareRevisions = (draftId: string, a: number, b: number): Promise<RevisionComparisonView> =>
  request(`${draftPath(draftId)}/revisions/${a}/diff/${b}`);
