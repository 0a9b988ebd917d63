import { DomainError } from '@treaty/domain';
import type { z } from 'zod';
import { ApiError } from './api-error';

/** What a form shows after a refused submit: messages beside fields, and one sentence in the alert. */
export interface FormErrors {
  fields: Readonly<Record<string, string>>;
  detail: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, detail: null };

interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Places each issue next to its field when the form has one; any other issue is folded into
 * the alert, so a message about a field the form does not show is never silently lost.
 */
function place(issues: readonly FieldIssue[], fieldNames: readonly string[], detail: string | null): FormErrors {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    if (fieldNames.includes(issue.path)) {
      fields[issue.path] ??= issue.message;
    } else {
      unplaced.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    }
  }
  const sentences = [detail, ...unplaced].filter((s): s is string => Boolean(s));
  return { fields, detail: sentences.length > 0 ? sentences.join(' — ') : null };
}

export function fromZodError(error: z.ZodError, fieldNames: readonly string[]): FormErrors {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return place(issues, fieldNames, 'Please correct the marked fields.');
}

export function fromFailure(failure: unknown, fieldNames: readonly string[]): FormErrors {
  if (failure instanceof ApiError) return place(failure.problem.errors ?? [], fieldNames, failure.problem.detail);
  // The same domain rules the API applies may be checked before sending (e.g. membership fit).
  if (failure instanceof DomainError) return place(failure.errors, fieldNames, null);
  return { fields: {}, detail: 'Something went wrong. Please try again.' };
}
