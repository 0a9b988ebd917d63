import { createHash } from 'node:crypto';

/** What of an entry its hash covers: every recorded fact, and the hash of the entry before it. */
export interface ChainedEntry {
  id: string;
  negotiationId: string | null;
  actorId: string | null;
  actorDelegationId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  /** ISO 8601 with milliseconds, as `timestamptz(3)` stores it. */
  at: string;
}

/** The columns an entry's hash is computed from, as `rowToChainedEntry` expects them. */
export const CHAINED_COLUMNS =
  'id, seq, negotiation_id, actor_id, actor_delegation_id, action, target_type, target_id, before, after, at, prev_hash, hash';

export interface ChainedRow {
  id: string;
  /** bigint: a string from `pg`, a number from PGlite. */
  seq: string | number;
  negotiation_id: string | null;
  actor_id: string | null;
  actor_delegation_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: unknown;
  after: unknown;
  at: Date;
  prev_hash: string | null;
  hash: string | null;
}

export function rowToChainedEntry(row: ChainedRow): ChainedEntry {
  return {
    id: row.id,
    negotiationId: row.negotiation_id,
    actorId: row.actor_id,
    actorDelegationId: row.actor_delegation_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    before: row.before,
    after: row.after,
    at: row.at.toISOString(),
  };
}

/** Selects one chain: a negotiation's entries, or with null the platform's (user.create …). */
export function inChain(negotiationId: string | null): { sql: string; params: unknown[] } {
  return negotiationId === null
    ? { sql: 'negotiation_id IS NULL', params: [] }
    : { sql: 'negotiation_id = $1', params: [negotiationId] };
}

/** Hex SHA-256 of the entry and its predecessor's hash (null for the first of a chain). */
export function entryHash(prevHash: string | null, entry: ChainedEntry): string {
  return createHash('sha256').update(canonicalJson({ prevHash, ...entry })).digest('hex');
}

/**
 * A plain JSON value (as `JSON.parse` gives it) with object keys sorted and no whitespace, so
 * equal values serialise to the same bytes whatever order the code or the database (jsonb
 * reorders keys) put them in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) throw new TypeError(`not JSON: ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const fields = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  return `{${fields.join(',')}}`;
}
