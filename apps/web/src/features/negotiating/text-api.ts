import type {
  AlternativeResolutionRequest,
  BracketDashboard,
  BracketResolutionRequest,
  ClauseStatusRequest,
  ClauseStatusView,
  ResolutionView,
} from '@treaty/contracts';
import type { TreatyText } from '@treaty/treaty-schema';
import { request } from '../../lib/api-client';

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

export const getDraftText = (draftId: string): Promise<TreatyText> => request(`${draftPath(draftId)}/text`);

export const getBracketDashboard = (draftId: string): Promise<BracketDashboard> => request(`${draftPath(draftId)}/brackets`);

export const setClauseStatus = (draftId: string, clauseId: string, body: ClauseStatusRequest): Promise<ClauseStatusView> =>
  request(`${draftPath(draftId)}/clauses/${encodeURIComponent(clauseId)}/status`, { method: 'POST', body });

export const resolveBracket = (draftId: string, bracketId: string, body: BracketResolutionRequest): Promise<ResolutionView> =>
  request(`${draftPath(draftId)}/brackets/${encodeURIComponent(bracketId)}/resolve`, { method: 'POST', body });

export const keepAlternative = (draftId: string, alternativesId: string, body: AlternativeResolutionRequest): Promise<ResolutionView> =>
  request(`${draftPath(draftId)}/alternatives/${encodeURIComponent(alternativesId)}/resolve`, { method: 'POST', body });
