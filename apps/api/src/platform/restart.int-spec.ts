import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabases } from '../../test/databases';
import { TestServer, testConfig } from '../../test/harness';

/** What was written survives a restart, and the demo seed runs only on an empty database. */
describe.each(testDatabases())('a restart on $name', (db) => {
  let dataDir: string;
  let drop: () => Promise<void>;
  let database: Parameters<typeof testConfig>[0];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tw-restart-'));
    const created = await db.create(join(dataDir, 'pglite'));
    drop = created.drop;
    database = created.database;
  });
  afterAll(async () => {
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the data and seeds nothing twice', async () => {
    const first = await TestServer.start(testConfig(database));
    const secretariat = await first.login('secretariat@demo.treaty.test');
    const negotiationId = (await first.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    await first.request('POST', `/api/negotiations/${negotiationId}/delegations`, {
      token: secretariat,
      body: { name: 'Republic of Solis', kind: 'party' },
    });
    await first.close();

    const second = await TestServer.start(testConfig(database));
    try {
      const token = await second.login('secretariat@demo.treaty.test');
      const negotiations = await second.request('GET', '/api/negotiations', { token });
      expect(negotiations.body.items).toHaveLength(1);
      const delegations = await second.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token });
      expect(delegations.body.items.map((d: { name: string }) => d.name)).toEqual([
        'Republic of Aurelia',
        'Federation of Borealis',
        'Kingdom of Caledonia',
        'Global Civil Society Forum on AI',
        'Republic of Solis',
      ]);
      const members = await second.request('GET', `/api/negotiations/${negotiationId}/members`, { token });
      expect(members.body.items).toHaveLength(8);
    } finally {
      await second.close();
    }
  });
});
