import type { CitationView, CiteProvisionRequest, FrameworkView, Page, RegisterFrameworkRequest } from '@treaty/contracts';
import { request } from '../../lib/api-client';

const page = (path: string, cursor: string | undefined) => (cursor ? `${path}?limit=100&cursor=${encodeURIComponent(cursor)}` : `${path}?limit=100`);

export const listFrameworks = (cursor: string | undefined): Promise<Page<FrameworkView>> => request(page('/frameworks', cursor));

export const registerFramework = (body: RegisterFrameworkRequest): Promise<FrameworkView> => request('/frameworks', { method: 'POST', body });

const clauseCitationsPath = (draftId: string, clauseId: string) =>
  `/drafts/${encodeURIComponent(draftId)}/clauses/${encodeURIComponent(clauseId)}/citations`;

export const listClauseCitations = (draftId: string, clauseId: string, cursor: string | undefined): Promise<Page<CitationView>> =>
  request(page(clauseCitationsPath(draftId, clauseId), cursor));

export const citeProvision = (draftId: string, clauseId: string, body: CiteProvisionRequest): Promise<CitationView> =>
  request(clauseCitationsPath(draftId, clauseId), { method: 'POST', body });

export const withdrawCitation = (draftId: string, clauseId: string, citationId: string): Promise<void> =>
  request(`${clauseCitationsPath(draftId, clauseId)}/${encodeURIComponent(citationId)}`, { method: 'DELETE' });
