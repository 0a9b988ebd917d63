import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comment threads and their replies, each with the audience that may read it. */
export class Comments1764500000000 implements MigrationInterface {
  name = 'Comments1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // `visibility` and `delegation_id` are the audience (a reply copies its thread's, so one
    // rule reads both); `author_delegation_id` is who wrote it. The range is a pair of Yjs
    // relative positions, kept here and never in the shared document.
    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comments (id) ON DELETE CASCADE,
        clause_id text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('public', 'parties', 'delegation', 'secretariat')),
        delegation_id uuid REFERENCES delegations (id),
        author_id uuid NOT NULL REFERENCES users (id),
        author_delegation_id uuid REFERENCES delegations (id),
        body text NOT NULL,
        range_from bytea,
        range_to bytea,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((range_from IS NULL) = (range_to IS NULL))
      )`);
    await q.query(`CREATE INDEX comments_threads ON comments (draft_id, seq) WHERE parent_id IS NULL`);
    await q.query(`CREATE INDEX comments_replies ON comments (parent_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE comments`);
  }
}
