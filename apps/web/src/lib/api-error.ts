import type { Problem } from '@treaty/contracts';

type FieldProblem = NonNullable<Problem['errors']>[number];

/** A failed API call, carrying the RFC 9457 body so forms can show `detail` and field errors. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFieldProblem = (value: unknown): value is FieldProblem =>
  isRecord(value) && typeof value['path'] === 'string' && typeof value['message'] === 'string';

/**
 * Builds a Problem from whatever the server sent. A proxy or a crashed process may answer
 * with HTML or nothing at all, and the user still deserves a sentence rather than a blank form.
 */
export function toProblem(body: unknown, status: number, statusText: string): Problem {
  const fallbackTitle = statusText || `HTTP ${String(status)}`;
  if (!isRecord(body)) {
    return { type: 'about:blank', title: fallbackTitle, status, detail: `The server answered ${fallbackTitle}.` };
  }
  const title = typeof body['title'] === 'string' ? body['title'] : fallbackTitle;
  const detail = typeof body['detail'] === 'string' ? body['detail'] : title;
  const rawErrors = body['errors'];
  const errors = Array.isArray(rawErrors) ? rawErrors.filter(isFieldProblem) : undefined;
  return {
    type: typeof body['type'] === 'string' ? body['type'] : 'about:blank',
    title,
    status: typeof body['status'] === 'number' ? body['status'] : status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export const networkError = (): ApiError =>
  new ApiError({
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    detail: 'The server could not be reached. Check your connection and try again.',
  });
