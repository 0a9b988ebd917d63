import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Drafts, their stage history, and the realtime document: an update log and snapshots. */
export class Drafts1764470000000 implements MigrationInterface {
  name = 'Drafts1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE drafts (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        negotiation_id uuid NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
        title text NOT NULL,
        stage text NOT NULL CHECK (stage IN ('issue-identification', 'stakeholder-engagement', 'drafting', 'negotiation', 'adoption', 'review')),
        observer_access text NOT NULL DEFAULT 'open' CHECK (observer_access IN ('open', 'published')),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX drafts_page ON drafts (negotiation_id, seq)`);

    await q.query(`
      CREATE TABLE draft_transitions (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        reason text NOT NULL,
        actor_id uuid REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX draft_transitions_page ON draft_transitions (draft_id, seq)`);

    // Every accepted Yjs update, stored before anyone else sees it, with its author.
    await q.query(`
      CREATE TABLE draft_updates (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        update bytea NOT NULL,
        user_id uuid REFERENCES users (id),
        delegation_id uuid REFERENCES delegations (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX draft_updates_by_draft ON draft_updates (draft_id, seq)`);

    // The merged state of all updates up to through_seq; later updates are replayed on top.
    await q.query(`
      CREATE TABLE draft_snapshots (
        draft_id uuid PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
        state bytea NOT NULL,
        through_seq bigint NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE draft_snapshots`);
    await q.query(`DROP TABLE draft_updates`);
    await q.query(`DROP TABLE draft_transitions`);
    await q.query(`DROP TABLE drafts`);
  }
}
