import type { TreatyText } from '@treaty/treaty-schema';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An issued snapshot of a draft's text; the database refuses to change or delete one. */
@Entity({ name: 'revisions' })
export class Revision {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'draft_id' })
  draftId!: string;

  @Column('int')
  number!: number;

  @Column('text')
  label!: string;

  @Column('text')
  symbol!: string;

  @Column('jsonb')
  text!: TreatyText;

  @Column('text')
  sha256!: string;

  @Column('int', { name: 'bracket_count' })
  bracketCount!: number;

  @Column('int', { name: 'option_count' })
  optionCount!: number;

  @Column('uuid', { name: 'round_id', nullable: true })
  roundId!: string | null;

  @Column('uuid', { name: 'issued_by' })
  issuedBy!: string;

  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3 })
  issuedAt!: Date;
}
