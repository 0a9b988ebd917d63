import { z } from 'zod';
import { LIMITS } from './limits';

/** Trimmed, non-empty, bounded text with no control characters (they break exports and logs). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => ![...value].some(isForbiddenControl), 'must not contain control characters');

/** Control characters other than tab and line breaks. */
function isForbiddenControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f;
}

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
