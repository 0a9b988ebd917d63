import type { Role } from '@treaty/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';
import { Delegation } from './delegation.entity';
import { Negotiation } from './negotiation.entity';

@Entity({ name: 'memberships' })
export class Membership {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order; the key lists are paged by. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'negotiation_id' })
  negotiationId!: string;

  @ManyToOne(() => Negotiation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'negotiation_id' })
  negotiation?: Negotiation;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'delegation_id', nullable: true })
  delegationId!: string | null;

  @ManyToOne(() => Delegation, { nullable: true })
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
