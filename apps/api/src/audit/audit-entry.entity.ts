import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One write, as it happened: who (and for which delegation), what, on what, before and after; append-only. */
@Entity({ name: 'audit_entries' })
export class AuditEntry {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order; the keyset the log is read by. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'negotiation_id', nullable: true })
  negotiationId!: string | null;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('uuid', { name: 'actor_delegation_id', nullable: true })
  actorDelegationId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'target_type' })
  targetType!: string;

  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz', precision: 3 })
  at!: Date;

  /** The hash of the entry before this one in its chain; null for the first. */
  @Column('text', { name: 'prev_hash', nullable: true })
  prevHash!: string | null;

  /** Hex SHA-256 over this entry and `prevHash` (see audit-hash.ts). */
  @Column('text')
  hash!: string;
}
