import type { Stage } from '@treaty/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';

@Entity({ name: 'draft_transitions' })
export class DraftTransition {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'draft_id' })
  draftId!: string;

  @Column('text', { name: 'from_stage' })
  from!: Stage;

  @Column('text', { name: 'to_stage' })
  to!: Stage;

  @Column('text')
  reason!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'actor_id' })
  actor?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
