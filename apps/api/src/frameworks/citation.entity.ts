import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';
import { Delegation } from '../negotiations/delegation.entity';
import { Framework } from './framework.entity';

/** A clause of a draft citing one provision of a registered instrument: the concordance. */
@Entity({ name: 'citations' })
export class Citation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'draft_id' })
  draftId!: string;

  @Column('uuid', { name: 'clause_id' })
  clauseId!: string;

  @Column('uuid', { name: 'framework_id' })
  frameworkId!: string;

  @ManyToOne(() => Framework)
  @JoinColumn({ name: 'framework_id' })
  framework?: Framework;

  @Column('text')
  provision!: string;

  /** The delegation it was cited for; null when the secretariat cited it. */
  @Column('uuid', { name: 'delegation_id', nullable: true })
  delegationId!: string | null;

  @ManyToOne(() => Delegation)
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation | null;

  @Column('uuid', { name: 'cited_by' })
  citedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'cited_by' })
  citedBy?: User;

  @CreateDateColumn({ name: 'cited_at', type: 'timestamptz', precision: 3 })
  citedAt!: Date;
}
