import type { ProposalStatus } from '@treaty/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';
import { Delegation } from '../negotiations/delegation.entity';

/** A replacement text for a clause, tabled by a delegation, accepted or rejected by the secretariat. */
@Entity({ name: 'proposals' })
export class Proposal {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'draft_id' })
  draftId!: string;

  @Column('uuid', { name: 'clause_id' })
  clauseId!: string;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  rationale!: string | null;

  @Column('uuid', { name: 'delegation_id' })
  delegationId!: string;

  @ManyToOne(() => Delegation)
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation;

  @Column('uuid', { name: 'proposed_by' })
  proposedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'proposed_by' })
  proposedBy?: User;

  @Column('text', { default: 'pending' })
  status!: ProposalStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'decided_by' })
  decidedBy?: User | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  /** Why it was rejected. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
