import type { Page, PositionTallyView, PositionView, ProposalView, RecordPositionRequest, RejectProposalRequest, TableProposalRequest } from '@treaty/contracts';
import { request } from '../../lib/api-client';

const draftPath = (draftId: string) => `/drafts/${encodeURIComponent(draftId)}`;
const proposalPath = (draftId: string, id: string) => `${draftPath(draftId)}/proposals/${encodeURIComponent(id)}`;

export const listProposals = (draftId: string, cursor: string | undefined): Promise<Page<ProposalView>> =>
  request(`${draftPath(draftId)}/proposals${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);

export const tableProposal = (draftId: string, body: TableProposalRequest): Promise<ProposalView> =>
  request(`${draftPath(draftId)}/proposals`, { method: 'POST', body });

export const acceptProposal = (draftId: string, id: string): Promise<ProposalView> =>
  request(`${proposalPath(draftId, id)}/accept`, { method: 'POST' });

export const rejectProposal = (draftId: string, id: string, body: RejectProposalRequest): Promise<ProposalView> =>
  request(`${proposalPath(draftId, id)}/reject`, { method: 'POST', body });

export const getPositionTally = (draftId: string): Promise<PositionTallyView> => request(`${draftPath(draftId)}/positions/tally`);

export const recordPosition = (draftId: string, body: RecordPositionRequest): Promise<PositionView> =>
  request(`${draftPath(draftId)}/positions`, { method: 'POST', body });
