import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PageQuery } from '@treaty/contracts';
import { conflict, forbidden, invalid, notFound } from '@treaty/domain';
import type { TreatyText } from '@treaty/treaty-schema';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import type { RecordReservationRequest, ReservationKind, ReservationView } from './adoption.schema';

interface ReservationRow {
  id: string;
  seq: string;
  clause_id: string;
  kind: ReservationKind;
  text: string;
  recorded_at: Date | string;
  delegation_id: string;
  delegation_name: string;
  recorded_by: string;
  recorder_name: string;
  revision_number: number;
}

const SELECT = `
  SELECT r.id, r.seq::text AS seq, r.clause_id, r.kind, r.text, r.recorded_at, r.delegation_id, d.name AS delegation_name,
         r.recorded_by, u.name AS recorder_name, v.number AS revision_number
    FROM reservations r
    JOIN delegations d ON d.id = r.delegation_id
    JOIN users u ON u.id = r.recorded_by
    JOIN revisions v ON v.id = r.revision_id`;

// The cursor format of platform/pagination.ts (which pages entities only): clients see one kind of cursor.
const encode = (seq: string): string => Buffer.from(`s${seq}`).toString('base64url');
function decode(cursor: string): string {
  const match = /^s(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw invalid('cursor', 'not a cursor this API gave out');
  return match[1];
}

const toView = (r: ReservationRow): ReservationView => ({
  id: r.id,
  clauseId: r.clause_id,
  kind: r.kind,
  text: r.text,
  delegation: { id: r.delegation_id, name: r.delegation_name },
  recordedBy: { id: r.recorded_by, name: r.recorder_name },
  recordedAt: new Date(r.recorded_at).toISOString(),
  revisionNumber: r.revision_number,
});

/** Reservations, declarations and explanations of position, on the articles of the Adopted text. */
@Injectable()
export class ReservationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async record(access: DraftAccess, input: RecordReservationRequest): Promise<ReservationView> {
    const delegationId = access.membership?.delegationId;
    // The matrix gives this to heads of party delegations only, who always have a delegation.
    if (!delegationId) throw forbidden('a reservation is a delegation’s');
    const adopted = await this.adoptedText(access.draft.id);
    if (!adopted) throw conflict('no-adopted-text: no adoption decision has passed on this draft');
    const clauseId = input.clauseId.toLowerCase();
    if (!adopted.text.articles.some((a) => a.clauseId?.toLowerCase() === clauseId)) throw notFound('Article of the Adopted text');
    const id = randomUUID();
    await this.transactions.run(async (manager) => {
      await manager.query(
        'INSERT INTO reservations (id, draft_id, revision_id, clause_id, delegation_id, kind, text, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [id, access.draft.id, adopted.id, clauseId, delegationId, input.kind, input.text, access.actor.userId],
      );
      await this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: delegationId,
        action: 'reservation.record',
        target: { type: 'clause', id: clauseId },
        after: { reservationId: id, draftId: access.draft.id, revisionNumber: adopted.number, kind: input.kind, text: input.text },
      });
    });
    const rows: ReservationRow[] = await this.dataSource.query(`${SELECT} WHERE r.id = $1`, [id]);
    const row = rows[0];
    if (!row) throw new Error('the reservation just recorded is missing');
    return toView(row);
  }

  /** In the order recorded, keyset-paged on `seq`. */
  async list(access: DraftAccess, page: PageQuery): Promise<Page<ReservationView>> {
    const after = page.cursor ? decode(page.cursor) : '0';
    const rows: ReservationRow[] = await this.dataSource.query(`${SELECT} WHERE r.draft_id = $1 AND r.seq > $2 ORDER BY r.seq LIMIT $3`, [
      access.draft.id,
      after,
      page.limit + 1,
    ]);
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return { items: items.map(toView), nextCursor: rows.length > page.limit && last ? encode(last.seq) : null };
  }

  /** The revision the latest passed decision issued. */
  private async adoptedText(draftId: string): Promise<{ id: string; number: number; text: TreatyText } | null> {
    const rows: { id: string; number: number; text: TreatyText }[] = await this.dataSource.query(
      `SELECT v.id, v.number, v.text FROM adoption_decisions a JOIN revisions v ON v.id = a.revision_id
        WHERE a.draft_id = $1 AND a.outcome = 'passed' ORDER BY a.attempt DESC LIMIT 1`,
      [draftId],
    );
    return rows[0] ?? null;
  }
}
