import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adoption decisions with the delegations' votes, and the reservations recorded on the Adopted text. */
export class Adoption1764530000000 implements MigrationInterface {
  name = 'Adoption1764530000000';

  async up(q: QueryRunner): Promise<void> {
    // One decision per stay in adoption (`attempt` counts the recorded moves out of adoption
    // before it), so a draft sent back after a failed vote is voted on afresh. The rule is
    // copied in when the decision opens: it cannot change while delegations vote.
    await q.query(`
      CREATE TABLE adoption_decisions (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts (id),
        attempt int NOT NULL CHECK (attempt >= 0),
        rule jsonb NOT NULL,
        opened_at timestamptz(3) NOT NULL DEFAULT now(),
        closed_at timestamptz(3),
        outcome text CHECK (outcome IN ('passed', 'failed')),
        tally jsonb,
        decided_by uuid REFERENCES users (id),
        revision_id uuid REFERENCES revisions (id),
        UNIQUE (draft_id, attempt),
        CHECK ((closed_at IS NULL) = (outcome IS NULL) AND (closed_at IS NULL) = (decided_by IS NULL) AND (closed_at IS NULL) = (tally IS NULL)),
        CHECK ((outcome = 'passed') = (revision_id IS NOT NULL))
      )`);

    // Once per delegation per decision: the unique key refuses a second vote even in a race.
    await q.query(`
      CREATE TABLE adoption_votes (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL REFERENCES adoption_decisions (id),
        draft_id uuid NOT NULL REFERENCES drafts (id),
        delegation_id uuid NOT NULL REFERENCES delegations (id),
        vote text NOT NULL CHECK (vote IN ('yes', 'no', 'abstain')),
        cast_by uuid NOT NULL REFERENCES users (id),
        cast_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (decision_id, delegation_id)
      )`);

    await q.query(`
      CREATE TABLE reservations (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id),
        revision_id uuid NOT NULL REFERENCES revisions (id),
        clause_id uuid NOT NULL,
        delegation_id uuid NOT NULL REFERENCES delegations (id),
        kind text NOT NULL CHECK (kind IN ('reservation', 'declaration', 'explanation')),
        text text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users (id),
        recorded_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reservations_page ON reservations (draft_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reservations`);
    await q.query(`DROP TABLE adoption_votes`);
    await q.query(`DROP TABLE adoption_decisions`);
  }
}
