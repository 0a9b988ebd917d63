import type { FrameworkBinding } from '@treaty/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';

/** An instrument in the registry (a treaty, regulation, standard, soft-law text…), platform-wide. */
@Entity({ name: 'frameworks' })
export class Framework {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('text')
  name!: string;

  @Column('text')
  type!: string;

  @Column('text', { name: 'technology_focus' })
  technologyFocus!: string;

  @Column('text')
  binding!: FrameworkBinding;

  @Column('text')
  scope!: string;

  @Column('int')
  year!: number;

  /** null for the reference instruments the registry starts with. */
  @Column('uuid', { name: 'registered_by', nullable: true })
  registeredById!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'registered_by' })
  registeredBy?: User | null;

  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz', precision: 3 })
  registeredAt!: Date;
}
