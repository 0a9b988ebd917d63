import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHAINED_COLUMNS, entryHash, rowToChainedEntry, type ChainedRow } from '../../../audit/audit-hash';

const BATCH = 500;

/**
 * Hash-chains the audit log (one chain per negotiation, one for platform actions) and makes it
 * append-only. Entries written before this migration are chained here, in insertion order, so an
 * existing database verifies like a new one.
 */
export class AuditChain1764480000000 implements MigrationInterface {
  name = 'AuditChain1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entries ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    await chainExistingEntries(q);
    await q.query(`ALTER TABLE audit_entries ALTER COLUMN hash SET NOT NULL`);
    await q.query(`ALTER TABLE audit_entries ADD CONSTRAINT audit_entries_hash_hex CHECK (hash ~ '^[0-9a-f]{64}$')`);

    // Refuses changes through the application's own connection. Whoever owns the table can still
    // disable the trigger; verifying the chain is what catches that.
    await q.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_entries_no_truncate ON audit_entries`);
    await q.query(`DROP TRIGGER audit_entries_append_only ON audit_entries`);
    await q.query(`DROP FUNCTION audit_entries_append_only()`);
    await q.query(`ALTER TABLE audit_entries DROP CONSTRAINT audit_entries_hash_hex, DROP COLUMN hash, DROP COLUMN prev_hash`);
  }
}

async function chainExistingEntries(q: QueryRunner): Promise<void> {
  const lastHash = new Map<string | null, string>();
  let after: string | number = 0;
  for (;;) {
    const rows: ChainedRow[] = await q.query(
      `SELECT ${CHAINED_COLUMNS} FROM audit_entries WHERE seq > $1 ORDER BY seq LIMIT ${BATCH}`,
      [after],
    );
    const last = rows.at(-1);
    if (!last) return;
    const hashes = rows.map((row) => {
      const prevHash = lastHash.get(row.negotiation_id) ?? null;
      const hash = entryHash(prevHash, rowToChainedEntry(row));
      lastHash.set(row.negotiation_id, hash);
      return { id: row.id, prev_hash: prevHash, hash };
    });
    await q.query(
      `UPDATE audit_entries a SET prev_hash = v.prev_hash, hash = v.hash
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, prev_hash text, hash text) WHERE a.id = v.id`,
      [JSON.stringify(hashes)],
    );
    after = last.seq;
  }
}
