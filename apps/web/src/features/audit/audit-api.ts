import type { AuditEntryView, AuditQuery, AuditVerification, Page } from '@treaty/contracts';
import { reportUnauthorized } from '../../lib/api-client';
import { ApiError, networkError, toProblem } from '../../lib/api-error';
import { readToken } from '../../lib/token-store';

export type AuditFilters = Pick<AuditQuery, 'action' | 'actor' | 'since'>;

async function get<T>(path: string): Promise<T> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const token = readToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { headers });
  } catch {
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body as T;
  if (response.status === 401) reportUnauthorized();
  throw new ApiError(toProblem(body, response.status, response.statusText));
}

const auditPath = (negotiationId: string): string => `/negotiations/${encodeURIComponent(negotiationId)}/audit`;

export function listAudit(negotiationId: string, filters: AuditFilters, cursor: string | undefined): Promise<Page<AuditEntryView>> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, cursor })) {
    if (value) query.set(name, value);
  }
  const qs = query.toString();
  return get(qs ? `${auditPath(negotiationId)}?${qs}` : auditPath(negotiationId));
}

export const verifyAudit = (negotiationId: string): Promise<AuditVerification> => get(`${auditPath(negotiationId)}/verify`);
