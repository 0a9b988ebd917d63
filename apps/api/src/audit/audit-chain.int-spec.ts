import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { dataSourceOptions } from '../platform/database/data-source';
import { AuditChain1764480000000 } from '../platform/database/migrations/1764480000000-audit-chain';
import { MIGRATIONS } from '../platform/database/migrations/index';
import { AuditVerifier } from './audit-verifier.service';

describe.each(testDatabases())('the audit chain on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let admin: string;
  let secretariat: string;
  let database: DataSource;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    admin = await server.login('admin@demo.treaty.test');
    secretariat = await server.login('secretariat@demo.treaty.test');
    database = server.app.get(DataSource);
  });
  afterAll(() => stop?.());

  const verify = (negotiationId: string, token = secretariat) =>
    server.request('GET', `/api/negotiations/${negotiationId}/audit/verify`, { token });

  /** A negotiation of its own (so each test has its own chain) with `delegations` audited writes after its creation. */
  async function negotiationWith(delegations: number): Promise<{ id: string; entries: string[] }> {
    const { id } = (await server.request('POST', '/api/negotiations', { token: admin, body: { title: `Chain ${randomUUID()}` } })).body;
    for (let i = 0; i < delegations; i += 1) {
      await server.request('POST', `/api/negotiations/${id}/delegations`, { token: admin, body: { name: `Delegation ${i}`, kind: 'party' } });
    }
    const log = await server.request('GET', `/api/negotiations/${id}/audit?limit=100`, { token: admin });
    return { id, entries: log.body.items.map((e: { id: string }) => e.id) };
  }

  /** What an operator with database access could do: switch the append-only trigger off first. */
  async function behindTheTrigger(sql: string, params: unknown[]): Promise<void> {
    await database.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
      await manager.query(sql, params);
      await manager.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
    });
  }

  it('verifies the seeded negotiation after further audited actions', async () => {
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    for (const name of ['Republic of Solis', 'Union of Vega']) {
      await server.request('POST', `/api/negotiations/${negotiationId}/delegations`, { token: secretariat, body: { name, kind: 'party' } });
    }
    const log = await server.request('GET', `/api/negotiations/${negotiationId}/audit?limit=100`, { token: secretariat });
    const reply = await verify(negotiationId);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ok: true, entries: log.body.items.length });
  });

  it('refuses to change or remove entries through the application connection', async () => {
    await expect(database.query(`UPDATE audit_entries SET action = 'forged'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(database.query('DELETE FROM audit_entries')).rejects.toThrow(/append-only: DELETE/);
    await expect(database.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it('names an entry changed in the database as a hash mismatch', async () => {
    const { id, entries } = await negotiationWith(3);
    await behindTheTrigger(`UPDATE audit_entries SET after = '{"name": "Forged", "kind": "party"}' WHERE id = $1`, [entries[2]]);
    expect((await verify(id, admin)).body).toEqual({ ok: false, brokenAt: entries[2], entries: 2, reason: 'hash mismatch' });
  });

  it('names the entry after one deleted from the database as a broken link', async () => {
    const { id, entries } = await negotiationWith(3);
    await behindTheTrigger('DELETE FROM audit_entries WHERE id = $1', [entries[1]]);
    expect((await verify(id, admin)).body).toEqual({ ok: false, brokenAt: entries[2], entries: 1, reason: 'broken link' });
  });

  it('keeps one unbroken chain when audited writes arrive at once', async () => {
    const { id } = await negotiationWith(0);
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        server.request('POST', `/api/negotiations/${id}/delegations`, { token: admin, body: { name: `At once ${i}`, kind: 'party' } }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect((await verify(id, admin)).body).toEqual({ ok: true, entries: 11 });
  });

  it('chains platform actions on their own', async () => {
    for (const email of ['chain.one@example.org', 'chain.two@example.org']) {
      await server.request('POST', '/api/users', { token: admin, body: { email, name: 'Chain', password: 'long-enough-password-1' } });
    }
    expect(await server.app.get(AuditVerifier).verify(null)).toEqual({ ok: true, entries: 2 });
  });

  it('is for the secretariat only', async () => {
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    for (const who of ['head.aurelia', 'delegate.aurelia', 'observer']) {
      expect((await verify(negotiationId, await server.login(`${who}@demo.treaty.test`))).status).toBe(403);
    }
  });
});

describe.each(testDatabases())('the audit chain migration on $name', (db) => {
  it('chains the entries of a database written before the chain existed', async () => {
    const created = await db.create();
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(AuditChain1764480000000));
    const database = await new DataSource({ ...dataSourceOptions(created.database), migrations: before }).initialize();
    try {
      const [user, negotiation] = [randomUUID(), randomUUID()];
      await database.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'old@example.org', 'Old', 'x')`, [user]);
      await database.query(`INSERT INTO negotiations (id, title, adoption_rule, created_by) VALUES ($1, 'Old', '{"method": "consensus"}', $2)`, [
        negotiation,
        user,
      ]);
      for (const chain of [negotiation, null, negotiation, negotiation, null]) {
        await database.query(
          `INSERT INTO audit_entries (id, negotiation_id, actor_id, action, target_type, target_id, after)
           VALUES ($1, $2, $3, 'old.write', 'thing', $1, '{"z": [1, {"b": 2, "a": 1}], "a": "ü"}')`,
          [randomUUID(), chain, user],
        );
      }
      const runner = database.createQueryRunner();
      await new AuditChain1764480000000().up(runner).finally(() => runner.release());
      const verifier = new AuditVerifier(database);
      expect(await verifier.verify(negotiation)).toEqual({ ok: true, entries: 3 });
      expect(await verifier.verify(null)).toEqual({ ok: true, entries: 2 });
    } finally {
      await database.destroy();
      await created.drop();
    }
  });
});
