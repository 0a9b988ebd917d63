import type { AdoptionRule } from '@treaty/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'negotiations' })
export class Negotiation {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order; the key lists are paged by. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('jsonb', { name: 'adoption_rule' })
  adoptionRule!: AdoptionRule;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
