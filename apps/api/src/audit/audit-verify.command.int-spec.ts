import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { testDatabases } from '../../test/databases';
import { TestServer, testConfig } from '../../test/harness';
import { verifyAuditCommand } from './audit-verify.command';

/** The command runs against a stopped server's database (PGlite admits one process at a time). */
describe.each(testDatabases())('npm run audit:verify on $name', (db) => {
  let dataDir: string;
  let drop: () => Promise<void>;
  let database: Parameters<typeof testConfig>[0];
  let negotiationId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tw-audit-verify-'));
    ({ database, drop } = await db.create(join(dataDir, 'pglite')));
    const server = await TestServer.start(testConfig(database));
    const secretariat = await server.login('secretariat@demo.treaty.test');
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    await server.close();
  });
  afterAll(async () => {
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    const code = await verifyAuditCommand(args, database, (line) => lines.push(line));
    return { code, lines };
  }

  it('prints every chain and exits 0 when all hold', async () => {
    expect(await run([])).toEqual({
      code: 0,
      lines: [
        expect.stringMatching(new RegExp(`^negotiation ${negotiationId} \\(Framework Convention .*\\): ok, \\d+ entries$`)),
        'platform: ok, 0 entries',
      ],
    });
  });

  it('refuses what is not a negotiation id, and a negotiation that does not exist', async () => {
    expect((await run(['not-an-id'])).code).toBe(2);
    expect(await run(['00000000-0000-4000-8000-000000000000'])).toEqual({ code: 2, lines: ['no negotiation 00000000-0000-4000-8000-000000000000'] });
  });

  it('names the broken entry and exits 1', async () => {
    const server = await TestServer.start(testConfig(database));
    let forged: string;
    try {
      const manager = server.app.get(DataSource).manager;
      [{ id: forged }] = await manager.query('SELECT id FROM audit_entries WHERE negotiation_id = $1 ORDER BY seq OFFSET 3 LIMIT 1', [negotiationId]);
      await manager.transaction(async (tx) => {
        await tx.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
        await tx.query(`UPDATE audit_entries SET action = 'member.remove' WHERE id = $1`, [forged]);
      });
    } finally {
      await server.close();
    }
    expect(await run([negotiationId])).toEqual({
      code: 1,
      lines: [expect.stringContaining(`: BROKEN at entry ${forged} (hash mismatch), after 3 sound entries`)],
    });
  });
});
