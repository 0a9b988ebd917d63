import { z } from 'zod';
import { LIMITS } from './limits';

/** Trimmed, non-empty, bounded text with no control characters (they break exports and logs). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'must not contain control characters');

export const email = z
  .string()
  .trim()
  .max(LIMITS.email)
  .pipe(z.email('must be an email address'))
  .transform((value) => value.toLowerCase());

export const uuid = z.uuid('must be a UUID');

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageMax).default(LIMITS.pageDefault),
  cursor: z.string().max(LIMITS.cursor).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** RFC 9457 problem details, as every error of the API is shaped. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}
