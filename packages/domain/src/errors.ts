/**
 * Domain errors carry a literal `code`; the API maps each code to one HTTP status, so
 * domain code never speaks HTTP.
 */
export const DOMAIN_ERROR_CODES = [
  'not-found',
  'forbidden',
  'conflict',
  'invalid',
  'unauthenticated',
  'rate-limited',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError => new DomainError('not-found', `${what} not found`);
export const forbidden = (reason: string): DomainError => new DomainError('forbidden', reason);
export const conflict = (reason: string): DomainError => new DomainError('conflict', reason);
export const invalid = (path: string, message: string): DomainError =>
  new DomainError('invalid', message, [{ path, message }]);
