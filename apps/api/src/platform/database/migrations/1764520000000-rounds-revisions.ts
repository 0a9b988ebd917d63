import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Negotiation rounds, and the revisions of a draft: numbered, hashed, immutable snapshots of its text. */
export class RoundsRevisions1764520000000 implements MigrationInterface {
  name = 'RoundsRevisions1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rounds (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        name text NOT NULL,
        starts_at timestamptz(3),
        ends_at timestamptz(3),
        venue text,
        opened_by uuid NOT NULL REFERENCES users (id),
        opened_at timestamptz(3) NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES users (id),
        closed_at timestamptz(3),
        CHECK ((closed_by IS NULL) = (closed_at IS NULL))
      )`);
    await q.query(`CREATE INDEX rounds_page ON rounds (draft_id, seq)`);
    // One session at a time: a second open round is refused here even when two requests race.
    await q.query(`CREATE UNIQUE INDEX rounds_one_open ON rounds (draft_id) WHERE closed_at IS NULL`);

    // No cascade from drafts: a draft whose revisions were issued cannot silently take them along.
    await q.query(`
      CREATE TABLE revisions (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        draft_id uuid NOT NULL REFERENCES drafts (id),
        number int NOT NULL CHECK (number >= 0),
        label text NOT NULL,
        symbol text NOT NULL,
        text jsonb NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        bracket_count int NOT NULL CHECK (bracket_count >= 0),
        option_count int NOT NULL CHECK (option_count >= 0),
        round_id uuid REFERENCES rounds (id),
        issued_by uuid NOT NULL REFERENCES users (id),
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (draft_id, number)
      )`);
    await q.query(`CREATE INDEX revisions_page ON revisions (draft_id, seq)`);

    // An issued revision is what was circulated and cited by its hash: it is never rewritten.
    await q.query(`
      CREATE FUNCTION revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'revisions are immutable: % refused', TG_OP;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER revisions_immutable BEFORE UPDATE OR DELETE ON revisions
      FOR EACH ROW EXECUTE FUNCTION revisions_immutable()`);
    await q.query(`
      CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON revisions
      FOR EACH STATEMENT EXECUTE FUNCTION revisions_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revisions`);
    await q.query(`DROP FUNCTION revisions_immutable()`);
    await q.query(`DROP TABLE rounds`);
  }
}
