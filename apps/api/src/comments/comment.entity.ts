import type { CommentStatus } from '@treaty/contracts';
import type { CommentVisibility } from '@treaty/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';

/** A thread (no parent) or a reply. `visibility` and `delegationId` are its audience. */
@Entity({ name: 'comments' })
export class Comment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'draft_id' })
  draftId!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('text', { name: 'clause_id' })
  clauseId!: string;

  @Column('text')
  visibility!: CommentVisibility;

  /** The thread author's delegation (null: the secretariat's); replies copy it. */
  @Column('uuid', { name: 'delegation_id', nullable: true })
  delegationId!: string | null;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column('uuid', { name: 'author_delegation_id', nullable: true })
  authorDelegationId!: string | null;

  @Column('text')
  body!: string;

  @Column('bytea', { name: 'range_from', nullable: true })
  rangeFrom!: Buffer | null;

  @Column('bytea', { name: 'range_to', nullable: true })
  rangeTo!: Buffer | null;

  @Column('text')
  status!: CommentStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
