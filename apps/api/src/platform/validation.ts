import { DomainError } from '@treaty/domain';
import type { z } from 'zod';

/**
 * Parses input against a contract schema; a failure lists each invalid field, and nothing
 * that failed validation reaches a service.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
  }));
  throw new DomainError('invalid', 'The request has invalid fields', errors);
}
