import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { Delegation } from './delegation.entity';

@Entity({ name: 'coalitions' })
export class Coalition {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order; the key lists are paged by. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'negotiation_id' })
  negotiationId!: string;

  @Column('text')
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @OneToMany(() => CoalitionMember, (m) => m.coalition)
  members?: CoalitionMember[];
}

@Entity({ name: 'coalition_members' })
export class CoalitionMember {
  @PrimaryColumn('uuid', { name: 'coalition_id' })
  coalitionId!: string;

  @PrimaryColumn('uuid', { name: 'delegation_id' })
  delegationId!: string;

  @ManyToOne(() => Coalition, (c) => c.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coalition_id' })
  coalition?: Coalition;

  @ManyToOne(() => Delegation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation;
}
