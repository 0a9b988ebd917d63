import type {
  AddMemberRequest,
  CreateDelegationRequest,
  CreateNegotiationRequest,
  CreateUserRequest,
  DelegationView,
  DraftView,
  LoginRequest,
  LoginResponse,
  MeResponse,
  MemberView,
  NegotiationView,
  Page,
  UserView,
} from '@treaty/contracts';
import { ApiError, networkError, toProblem } from './api-error';
import { clearToken, readToken } from './token-store';

export interface PageParams {
  limit?: number;
  cursor?: string;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Login answers 401 for a wrong password: that is a message for the form, not a lost session. */
  redirectOn401?: boolean;
}

let onUnauthorized: () => void = () => {
  window.location.assign('/login');
};

/** Lets the router take over the 401 redirect so the app does not reload and lose its state. */
export function setUnauthorizedHandler(handler: () => void): () => void {
  const previous = onUnauthorized;
  onUnauthorized = handler;
  return () => {
    onUnauthorized = previous;
  };
}

/** For channels other than fetch (the document socket) that learn the session has ended. */
export function reportUnauthorized(): void {
  clearToken();
  onUnauthorized();
}

/** One call to the API: JSON in and out, problem+json turned into ApiError, 401 ends the session. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const token = readToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw networkError();
  }

  const body = await readJson(response);
  if (response.ok) return body as T;

  if (response.status === 401 && options.redirectOn401 !== false) {
    clearToken();
    onUnauthorized();
  }
  throw new ApiError(toProblem(body, response.status, response.statusText));
}

async function readJson(response: Response): Promise<unknown> {
  const raw = await response.text();
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function withPage(path: string, page: PageParams = {}): string {
  const query = new URLSearchParams();
  if (page.limit !== undefined) query.set('limit', String(page.limit));
  if (page.cursor !== undefined) query.set('cursor', page.cursor);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

const negotiationPath = (id: string): string => `/negotiations/${encodeURIComponent(id)}`;

export const login = (body: LoginRequest): Promise<LoginResponse> =>
  request('/auth/login', { method: 'POST', body, redirectOn401: false });

export const me = (): Promise<MeResponse> => request('/me');

export const createUser = (body: CreateUserRequest): Promise<UserView> =>
  request('/users', { method: 'POST', body });

export const listNegotiations = (page?: PageParams): Promise<Page<NegotiationView>> =>
  request(withPage('/negotiations', page));

export const getNegotiation = (id: string): Promise<NegotiationView> => request(negotiationPath(id));

export const createNegotiation = (body: CreateNegotiationRequest): Promise<NegotiationView> =>
  request('/negotiations', { method: 'POST', body });

export const listDelegations = (negotiationId: string, page?: PageParams): Promise<Page<DelegationView>> =>
  request(withPage(`${negotiationPath(negotiationId)}/delegations`, page));

export const createDelegation = (negotiationId: string, body: CreateDelegationRequest): Promise<DelegationView> =>
  request(`${negotiationPath(negotiationId)}/delegations`, { method: 'POST', body });

export const listMembers = (negotiationId: string, page?: PageParams): Promise<Page<MemberView>> =>
  request(withPage(`${negotiationPath(negotiationId)}/members`, page));

export const addMember = (negotiationId: string, body: AddMemberRequest): Promise<MemberView> =>
  request(`${negotiationPath(negotiationId)}/members`, { method: 'POST', body });

export const removeMember = (negotiationId: string, memberId: string): Promise<void> =>
  request(`${negotiationPath(negotiationId)}/members/${encodeURIComponent(memberId)}`, { method: 'DELETE' });

const draftPath = (id: string): string => `/drafts/${encodeURIComponent(id)}`;

export const listDrafts = (negotiationId: string, page?: PageParams): Promise<Page<DraftView>> =>
  request(withPage(`${negotiationPath(negotiationId)}/drafts`, page));

export const getDraft = (id: string): Promise<DraftView> => request(draftPath(id));
