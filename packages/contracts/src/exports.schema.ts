import { z } from 'zod';

export const EXPORT_FORMATS = ['akn', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `?format=akn|docx|pdf&revision=n`: without `revision`, the file is of the live text. */
export const exportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  revision: z
    .string()
    .regex(/^\d{1,7}$/, 'must be a revision number (0 is the zero draft)')
    .transform(Number)
    .optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;
