import { z } from 'zod';
import { pageQuery, text, uuid } from './common.schema';
import { LIMITS } from './limits';

/**
 * How far an instrument binds: a closed set, because the registry's charts and the exports
 * group by it. "Binding for members" is a treaty or body that binds only those who join it.
 */
export const FRAMEWORK_BINDINGS = ['binding', 'binding-for-members', 'non-binding'] as const;
export type FrameworkBinding = (typeof FRAMEWORK_BINDINGS)[number];

export const FRAMEWORK_BINDING_LABELS: Readonly<Record<FrameworkBinding, string>> = {
  binding: 'Binding',
  'binding-for-members': 'Binding for members',
  'non-binding': 'Non-binding',
};

/**
 * Kinds of instrument the secretariat registers most. The set is open-ish: another kind may be
 * registered as a short lowercase slug ("code-of-conduct"), since new kinds of governance
 * instrument keep appearing; these are the ones with a label and a place in the form.
 */
export const FRAMEWORK_TYPES = ['treaty', 'regulation', 'soft-law', 'standard', 'guidance', 'recommendation', 'declaration'] as const;
export type KnownFrameworkType = (typeof FRAMEWORK_TYPES)[number];

export const FRAMEWORK_TYPE_LABELS: Readonly<Record<KnownFrameworkType, string>> = {
  treaty: 'Treaty',
  regulation: 'Regulation',
  'soft-law': 'Soft law',
  standard: 'Standard',
  guidance: 'Guidance',
  recommendation: 'Recommendation',
  declaration: 'Declaration',
};

/** A type's label: the known ones as written above, any other slug with its hyphens as spaces. */
export function frameworkTypeLabel(type: string): string {
  const known = (FRAMEWORK_TYPE_LABELS as Record<string, string>)[type];
  if (known) return known;
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const FRAMEWORK_YEAR_MIN = 1800;
export const FRAMEWORK_YEAR_MAX = 2100;
/** "Article 5(1)(a)", "Principle 1.2", "Annex III, point 4". */
export const PROVISION_MAX = 200;
const SHORT_TEXT_MAX = 100;

export const frameworkType = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]+(-[a-z]+)*$/, 'must be a kind such as "treaty", "soft-law" or another lowercase, hyphenated word')
  .max(40, 'must be at most 40 characters');

export const registerFrameworkRequest = z.strictObject({
  name: text(LIMITS.name),
  type: frameworkType,
  technologyFocus: text(SHORT_TEXT_MAX),
  binding: z.enum(FRAMEWORK_BINDINGS),
  scope: text(SHORT_TEXT_MAX),
  year: z
    .number()
    .int('must be a whole year')
    .min(FRAMEWORK_YEAR_MIN, `must be ${FRAMEWORK_YEAR_MIN} or later`)
    .max(FRAMEWORK_YEAR_MAX, `must be ${FRAMEWORK_YEAR_MAX} or earlier`),
});
export type RegisterFrameworkRequest = z.infer<typeof registerFrameworkRequest>;

/** The registry is small (tens of instruments); pages are kept for the API's convention. */
export const frameworksQuery = pageQuery;
export type FrameworksQuery = z.infer<typeof frameworksQuery>;

export interface FrameworkView {
  id: string;
  name: string;
  type: string;
  technologyFocus: string;
  binding: FrameworkBinding;
  scope: string;
  year: number;
  /** null for the reference instruments the registry starts with. */
  registeredBy: { id: string; name: string } | null;
  registeredAt: string;
}

export const citeProvisionRequest = z.strictObject({
  frameworkId: uuid,
  provision: text(PROVISION_MAX),
});
export type CiteProvisionRequest = z.infer<typeof citeProvisionRequest>;

export const citationsQuery = pageQuery;
export type CitationsQuery = z.infer<typeof citationsQuery>;

/** A clause's citation of one provision of a registered instrument. */
export interface CitationView {
  id: string;
  clauseId: string;
  framework: { id: string; name: string; year: number; binding: FrameworkBinding };
  provision: string;
  /** The delegation the citation is made for; null when the secretariat made it. */
  delegation: { id: string; name: string } | null;
  citedBy: { id: string; name: string };
  citedAt: string;
}
