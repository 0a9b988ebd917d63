import type { DelegationKind } from '@treaty/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'delegations' })
export class Delegation {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order; the key lists are paged by. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'negotiation_id' })
  negotiationId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: DelegationKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
