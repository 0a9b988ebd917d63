/**
 * The bytes a revision's SHA-256 is computed over: JSON with every object's keys sorted and no
 * whitespace. Stored as jsonb, a text comes back with its keys reordered; sorting makes the
 * serialisation — and so the hash — the same before storing and after reading back, in any
 * language that can sort keys. Fields that are `undefined` are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
