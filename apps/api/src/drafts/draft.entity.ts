import type { ObserverAccess, Stage } from '@treaty/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'drafts' })
export class Draft {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order; the key lists are paged by. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'negotiation_id' })
  negotiationId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  stage!: Stage;

  @Column('text', { name: 'observer_access' })
  observerAccess!: ObserverAccess;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
