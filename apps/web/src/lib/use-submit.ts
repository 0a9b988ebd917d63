import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { fromFailure, fromZodError, NO_ERRORS, type FormErrors } from './form-errors';

export type SubmitResult<R> = { ok: true; value: R } | { ok: false };

/**
 * Validates with the same contracts schema the API uses, so most mistakes are caught before a
 * round trip, then sends and maps the problem+json answer back onto the form's fields.
 */
export function useSubmit<S extends z.ZodType, R>(
  schema: S,
  fieldNames: readonly string[],
  send: (value: z.output<S>) => Promise<R>,
) {
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const submit = useCallback(
    async (raw: unknown): Promise<SubmitResult<R>> => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        setErrors(fromZodError(parsed.error, fieldNames));
        return { ok: false };
      }
      setPending(true);
      setErrors(NO_ERRORS);
      try {
        return { ok: true, value: await send(parsed.data) };
      } catch (failure) {
        setErrors(fromFailure(failure, fieldNames));
        return { ok: false };
      } finally {
        setPending(false);
      }
    },
    [schema, fieldNames, send],
  );

  return { submit, pending, errors };
}
