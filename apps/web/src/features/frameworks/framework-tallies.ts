import { FRAMEWORK_BINDING_LABELS, FRAMEWORK_BINDINGS, type FrameworkBinding, type FrameworkView } from '@treaty/contracts';

export interface YearCount {
  year: number;
  count: number;
}

/**
 * Instruments adopted per year, every year from the first to the last included: a year with
 * none is a bar of zero, so the axis reads as time, as the seed paper's figure does.
 */
export function countByYear(frameworks: readonly Pick<FrameworkView, 'year'>[]): YearCount[] {
  if (frameworks.length === 0) return [];
  const counts = new Map<number, number>();
  for (const { year } of frameworks) counts.set(year, (counts.get(year) ?? 0) + 1);
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

export interface BindingCount {
  binding: FrameworkBinding;
  label: string;
  count: number;
}

/** Instruments per binding nature, in the closed set's order, those with none left out. */
export function countByBinding(frameworks: readonly Pick<FrameworkView, 'binding'>[]): BindingCount[] {
  return FRAMEWORK_BINDINGS.map((binding) => ({
    binding,
    label: FRAMEWORK_BINDING_LABELS[binding],
    count: frameworks.filter((f) => f.binding === binding).length,
  })).filter((entry) => entry.count > 0);
}
