import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface AuditRecord {
  negotiationId: string | null;
  actorId: string;
  actorDelegationId: string | null;
  action: string;
  target: { type: string; id: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * Appends to the audit log inside the caller's transaction, so a write and its record land
 * together or not at all.
 */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entries (id, negotiation_id, actor_id, actor_delegation_id, action, target_type, target_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
      [
        randomUUID(),
        record.negotiationId,
        record.actorId,
        record.actorDelegationId,
        record.action,
        record.target.type,
        record.target.id,
        record.before === undefined ? null : JSON.stringify(record.before),
        record.after === undefined ? null : JSON.stringify(record.after),
      ],
    );
  }
}
