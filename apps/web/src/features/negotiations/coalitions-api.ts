import type { CoalitionView, CreateCoalitionRequest, Page } from '@treaty/contracts';
import { request, type PageParams } from '../../lib/api-client';

const coalitionsPath = (negotiationId: string): string => `/negotiations/${encodeURIComponent(negotiationId)}/coalitions`;

export function listCoalitions(negotiationId: string, page: PageParams = {}): Promise<Page<CoalitionView>> {
  const query = new URLSearchParams();
  if (page.limit !== undefined) query.set('limit', String(page.limit));
  if (page.cursor !== undefined) query.set('cursor', page.cursor);
  const qs = query.toString();
  return request(qs ? `${coalitionsPath(negotiationId)}?${qs}` : coalitionsPath(negotiationId));
}

export const createCoalition = (negotiationId: string, body: CreateCoalitionRequest): Promise<CoalitionView> =>
  request(coalitionsPath(negotiationId), { method: 'POST', body });
