import type { PositionStance, PositionTargetType } from '@treaty/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';
import { Delegation } from '../negotiations/delegation.entity';

/** A delegation's stance on a clause, bracket or set of alternatives, as one of its members stated it. */
@Entity({ name: 'positions' })
export class Position {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'draft_id' })
  draftId!: string;

  @Column('uuid', { name: 'delegation_id' })
  delegationId!: string;

  @ManyToOne(() => Delegation)
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation;

  @Column('uuid', { name: 'recorded_by' })
  recordedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'recorded_by' })
  recordedBy?: User;

  @Column('text', { name: 'target_type' })
  targetType!: PositionTargetType;

  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('text')
  stance!: PositionStance;

  @Column('text', { nullable: true })
  text!: string | null;

  /** The delegation's earlier position on the same target, which this one replaced. */
  @Column('uuid', { nullable: true })
  replaces!: string | null;

  /** When a newer position replaced this one; null while it is the delegation's current one. */
  @Column({ name: 'superseded_at', type: 'timestamptz', precision: 3, nullable: true })
  supersededAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
