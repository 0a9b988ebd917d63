import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, negotiations, delegations, memberships and the audit log. */
export class Foundation1764460000000 implements MigrationInterface {
  name = 'Foundation1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT users_email_lower CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await q.query(`
      CREATE TABLE negotiations (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        title text NOT NULL,
        description text,
        adoption_rule jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE delegations (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        negotiation_id uuid NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('party', 'observer')),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX delegations_name_key ON delegations (negotiation_id, lower(name))`);
    await q.query(`CREATE INDEX delegations_page ON delegations (negotiation_id, seq)`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        negotiation_id uuid NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL CHECK (role IN ('secretariat', 'head', 'delegate', 'observer')),
        delegation_id uuid REFERENCES delegations (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT memberships_delegation CHECK ((role = 'secretariat') = (delegation_id IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX memberships_user_key ON memberships (negotiation_id, user_id)`);
    await q.query(`CREATE INDEX memberships_by_user ON memberships (user_id)`);
    await q.query(`CREATE INDEX memberships_page ON memberships (negotiation_id, seq)`);

    await q.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        negotiation_id uuid REFERENCES negotiations (id),
        actor_id uuid REFERENCES users (id),
        actor_delegation_id uuid REFERENCES delegations (id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        before jsonb,
        after jsonb,
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_by_negotiation ON audit_entries (negotiation_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entries`);
    await q.query(`DROP TABLE memberships`);
    await q.query(`DROP TABLE delegations`);
    await q.query(`DROP TABLE negotiations`);
    await q.query(`DROP TABLE users`);
  }
}
