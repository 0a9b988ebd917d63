import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Coalitions: groups of party delegations that may propose on behalf of all their members. */
export class Coalitions1764510000000 implements MigrationInterface {
  name = 'Coalitions1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE coalitions (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        negotiation_id uuid NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
        name text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX coalitions_name_key ON coalitions (negotiation_id, lower(name))`);
    await q.query(`CREATE INDEX coalitions_page ON coalitions (negotiation_id, seq)`);

    await q.query(`
      CREATE TABLE coalition_members (
        coalition_id uuid NOT NULL REFERENCES coalitions (id) ON DELETE CASCADE,
        delegation_id uuid NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
        PRIMARY KEY (coalition_id, delegation_id)
      )`);
    // A realtime connection asks which coalitions its delegation speaks for.
    await q.query(`CREATE INDEX coalition_members_by_delegation ON coalition_members (delegation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE coalition_members`);
    await q.query(`DROP TABLE coalitions`);
  }
}
