import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../platform/database/transactions';

export interface Author {
  userId: string | null;
  delegationId: string | null;
}

export interface StoredUpdate {
  update: Uint8Array;
  author: Author;
  alongside?: (manager: EntityManager) => Promise<void>;
}

export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  lastSeq: string | null;
  updatesSinceSnapshot: number;
}

// bytea arrives as Buffer from pg and as Uint8Array from PGlite.
const bytes = (value: Buffer | Uint8Array): Uint8Array => new Uint8Array(value.buffer, value.byteOffset, value.byteLength);

/**
 * The durable form of a realtime document: an append-only log of Yjs updates, each with its
 * author, and a snapshot that merges the log up to a point so loading stays fast. The log is
 * kept after compaction: it is the record of who wrote what.
 */
@Injectable()
export class UpdateStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Stores updates that arrived together in one transaction (one round trip under load) and
   * resolves once they are durable; only then may anyone else see them. Returns the last seq.
   * An entry's `alongside` writes what belongs with it (its audit record) in that transaction.
   */
  appendMany(draftId: string, entries: StoredUpdate[]): Promise<string> {
    // Through the transaction queue: on PGlite a bare INSERT would otherwise join (and could be
    // rolled back with) whatever transaction happens to be open on the shared session.
    return this.transactions.run(async (manager) => {
      const values = entries.map((_, i) => `($1, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4})`).join(', ');
      const params = entries.flatMap((e) => [Buffer.from(e.update), e.author.userId, e.author.delegationId]);
      const rows: { seq: string }[] = await manager.query(
        `INSERT INTO draft_updates (draft_id, update, user_id, delegation_id) VALUES ${values} RETURNING seq`,
        [draftId, ...params],
      );
      const last = rows.map((r) => BigInt(r.seq)).reduce((a, b) => (a > b ? a : b), 0n);
      if (rows.length !== entries.length) throw new Error('the updates were not stored');
      for (const entry of entries) await entry.alongside?.(manager);
      return last.toString();
    });
  }

  /** Appends inside the caller's transaction (a new draft and its first text land together). */
  async appendIn(manager: EntityManager, draftId: string, update: Uint8Array, author: Author): Promise<string> {
    const rows: { seq: string }[] = await manager.query(
      'INSERT INTO draft_updates (draft_id, update, user_id, delegation_id) VALUES ($1, $2, $3, $4) RETURNING seq',
      [draftId, Buffer.from(update), author.userId, author.delegationId],
    );
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error('the update was not stored');
    return String(seq);
  }

  async load(draftId: string): Promise<StoredDocument> {
    const snapshots: { state: Buffer | Uint8Array; through_seq: string }[] = await this.dataSource.query(
      'SELECT state, through_seq FROM draft_snapshots WHERE draft_id = $1',
      [draftId],
    );
    const snapshot = snapshots[0];
    const after = snapshot ? snapshot.through_seq : '0';
    const rows: { seq: string; update: Buffer | Uint8Array }[] = await this.dataSource.query(
      'SELECT seq, update FROM draft_updates WHERE draft_id = $1 AND seq > $2 ORDER BY seq',
      [draftId, after],
    );
    const last = rows[rows.length - 1];
    return {
      snapshot: snapshot ? bytes(snapshot.state) : null,
      updates: rows.map((row) => bytes(row.update)),
      lastSeq: last ? String(last.seq) : snapshot ? String(snapshot.through_seq) : null,
      updatesSinceSnapshot: rows.length,
    };
  }

  /** Stores the merged state through `throughSeq`; a later load replays only what came after. */
  async saveSnapshot(draftId: string, state: Uint8Array, throughSeq: string): Promise<void> {
    await this.transactions.run((manager) => manager.query(
      `INSERT INTO draft_snapshots (draft_id, state, through_seq) VALUES ($1, $2, $3)
       ON CONFLICT (draft_id) DO UPDATE SET state = EXCLUDED.state, through_seq = EXCLUDED.through_seq, created_at = now()
       WHERE draft_snapshots.through_seq < EXCLUDED.through_seq`,
      [draftId, Buffer.from(state), throughSeq],
    ));
  }
}
