import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Delegations' positions on the text, and amendment proposals with the secretariat's decision. */
export class PositionsProposals1764490000000 implements MigrationInterface {
  name = 'PositionsProposals1764490000000';

  async up(q: QueryRunner): Promise<void> {
    // A replaced position stays, marked superseded: the record of who said what, when.
    await q.query(`
      CREATE TABLE positions (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        delegation_id uuid NOT NULL REFERENCES delegations (id),
        recorded_by uuid NOT NULL REFERENCES users (id),
        target_type text NOT NULL CHECK (target_type IN ('clause', 'bracket', 'alternative')),
        target_id uuid NOT NULL,
        stance text NOT NULL CHECK (stance IN ('support', 'objection', 'reservation')),
        text text,
        replaces uuid REFERENCES positions (id),
        superseded_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (stance <> 'reservation' OR text IS NOT NULL)
      )`);
    // One current position per delegation and target.
    await q.query(`
      CREATE UNIQUE INDEX positions_current ON positions (draft_id, delegation_id, target_type, target_id)
        WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX positions_page ON positions (draft_id, seq) WHERE superseded_at IS NULL`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        clause_id uuid NOT NULL,
        text text NOT NULL,
        rationale text,
        delegation_id uuid NOT NULL REFERENCES delegations (id),
        proposed_by uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz(3),
        reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((status = 'pending') = (decided_at IS NULL)),
        CHECK (status <> 'rejected' OR reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX proposals_page ON proposals (draft_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposals`);
    await q.query(`DROP TABLE positions`);
  }
}
