import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditVerification } from '@treaty/contracts';
import { DataSource } from 'typeorm';
import { CHAINED_COLUMNS, entryHash, inChain, rowToChainedEntry, type ChainedRow } from './audit-hash';

const BATCH = 500;

/** Checks a chain of the audit log; the endpoint and the `audit:verify` command both use it. */
@Injectable()
export class AuditVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Walks one chain (a negotiation's, or with null the platform's) in insertion order. The link
   * is checked before the hash, so a removed entry is named as a broken link at its successor
   * rather than as a mismatch.
   */
  async verify(negotiationId: string | null): Promise<AuditVerification> {
    const chain = inChain(negotiationId);
    let prevHash: string | null = null;
    let entries = 0;
    let after: string | number = 0;
    for (;;) {
      const rows: ChainedRow[] = await this.dataSource.query(
        `SELECT ${CHAINED_COLUMNS} FROM audit_entries
         WHERE ${chain.sql} AND seq > $${chain.params.length + 1} ORDER BY seq LIMIT ${BATCH}`,
        [...chain.params, after],
      );
      for (const row of rows) {
        if (row.prev_hash !== prevHash) return { ok: false, brokenAt: row.id, entries, reason: 'broken link' };
        if (row.hash !== entryHash(prevHash, rowToChainedEntry(row))) {
          return { ok: false, brokenAt: row.id, entries, reason: 'hash mismatch' };
        }
        prevHash = row.hash;
        entries += 1;
      }
      const last = rows.at(-1);
      if (!last) return { ok: true, entries };
      after = last.seq;
    }
  }
}
