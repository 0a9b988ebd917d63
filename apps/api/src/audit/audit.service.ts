import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { entryHash, inChain, type ChainedEntry } from './audit-hash';

export interface AuditRecord {
  negotiationId: string | null;
  actorId: string;
  actorDelegationId: string | null;
  action: string;
  target: { type: string; id: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

// Two-key advisory locks are a space of their own: no clash with one-key locks (the seed's).
const CHAIN_LOCK = 0x41554454;

/**
 * Appends to the audit log inside the caller's transaction, so a write and its record land
 * together or not at all. Each entry carries the hash of the one before it in its chain (one
 * chain per negotiation; platform actions form their own), so a later edit or deletion made
 * directly in the database shows when the chain is verified.
 */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    // Hashed exactly as it will be read back: PostgreSQL returns uuids in lower case, jsonb
    // drops undefined fields and keeps dates as strings, timestamptz(3) keeps milliseconds.
    const entry: ChainedEntry = {
      id: randomUUID(),
      negotiationId: record.negotiationId?.toLowerCase() ?? null,
      actorId: record.actorId.toLowerCase(),
      actorDelegationId: record.actorDelegationId?.toLowerCase() ?? null,
      action: record.action,
      targetType: record.target.type,
      targetId: record.target.id.toLowerCase(),
      before: asStoredJson(record.before),
      after: asStoredJson(record.after),
      at: new Date().toISOString(),
    };
    const prevHash = await this.lastHash(manager, entry.negotiationId);
    await manager.query(
      `INSERT INTO audit_entries (id, negotiation_id, actor_id, actor_delegation_id, action, target_type, target_id, before, after, at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::timestamptz, $11, $12)`,
      [
        entry.id,
        entry.negotiationId,
        entry.actorId,
        entry.actorDelegationId,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
        entry.at,
        prevHash,
        entryHash(prevHash, entry),
      ],
    );
  }

  /**
   * The chain's last hash, read under a lock held until the caller commits: on PostgreSQL two
   * transactions appending at once would otherwise both build on the same entry and fork the
   * chain; under read committed the read after the lock sees the entry the last holder added.
   * (PGlite runs one transaction at a time; the lock costs nothing there.) A transaction
   * appending to two chains should take them in one order, or PostgreSQL aborts it as a deadlock.
   */
  private async lastHash(manager: EntityManager, negotiationId: string | null): Promise<string | null> {
    await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [CHAIN_LOCK, chainLockKey(negotiationId)]);
    const chain = inChain(negotiationId);
    const rows: { hash: string }[] = await manager.query(
      `SELECT hash FROM audit_entries WHERE ${chain.sql} ORDER BY seq DESC LIMIT 1`,
      chain.params,
    );
    return rows[0]?.hash ?? null;
  }
}

/** An int4 from the id's first 32 random bits; two chains sharing a key only take turns. */
function chainLockKey(negotiationId: string | null): number {
  return negotiationId === null ? 0 : Number.parseInt(negotiationId.slice(0, 8), 16) | 0;
}

function asStoredJson(value: Record<string, unknown> | undefined): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
