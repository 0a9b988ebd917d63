import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A negotiation session on a draft; closing it issues the next revision. */
@Entity({ name: 'rounds' })
export class Round {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'draft_id' })
  draftId!: string;

  @Column('text')
  name!: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3, nullable: true })
  startsAt!: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3, nullable: true })
  endsAt!: Date | null;

  @Column('text', { nullable: true })
  venue!: string | null;

  @Column('uuid', { name: 'opened_by' })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'timestamptz', precision: 3, insert: false, update: false })
  openedAt!: Date;

  @Column('uuid', { name: 'closed_by', nullable: true })
  closedBy!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;
}
