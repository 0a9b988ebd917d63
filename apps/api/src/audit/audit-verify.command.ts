import 'reflect-metadata';
import { uuid } from '@treaty/contracts';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../platform/config';
import { dataSourceOptions } from '../platform/database/data-source';
import { AuditVerifier } from './audit-verifier.service';

/**
 * `npm run audit:verify -- [negotiationId]`: verifies one negotiation's chain, or every chain
 * (each negotiation's and the platform's), on the database the server is configured with.
 * Answers 0 when all hold, 1 when one is broken, 2 when it could not check.
 */
export async function verifyAuditCommand(args: string[], database: AppConfig['database'], print: (line: string) => void): Promise<number> {
  const [only, ...rest] = args;
  if (rest.length > 0 || (only !== undefined && !uuid.safeParse(only).success)) {
    print('usage: npm run audit:verify -- [negotiationId]');
    return 2;
  }
  // Opening a missing PGlite directory would create an empty database and report on nothing.
  if (database.kind === 'pglite' && database.dataDir && !existsSync(database.dataDir)) {
    print(`no database in ${database.dataDir} (set DATA_DIR or DATABASE_URL)`);
    return 2;
  }
  // A checker leaves the schema as it finds it: no migrations run from here.
  const dataSource = await new DataSource({ ...dataSourceOptions(database), migrationsRun: false }).initialize();
  try {
    const negotiations: { id: string; title: string }[] = await dataSource.query(
      `SELECT id, title FROM negotiations ${only ? 'WHERE id = $1' : ''} ORDER BY seq`,
      only ? [only.toLowerCase()] : [],
    );
    if (only && negotiations.length === 0) {
      print(`no negotiation ${only}`);
      return 2;
    }
    const chains: { id: string | null; name: string }[] = negotiations.map((n) => ({ id: n.id, name: `negotiation ${n.id} (${n.title})` }));
    if (!only) chains.push({ id: null, name: 'platform' });
    const verifier = new AuditVerifier(dataSource);
    let broken = false;
    for (const chain of chains) {
      const result = await verifier.verify(chain.id);
      if (result.ok) {
        print(`${chain.name}: ok, ${result.entries} entries`);
      } else {
        broken = true;
        print(`${chain.name}: BROKEN at entry ${result.brokenAt} (${result.reason}), after ${result.entries} sound entries`);
      }
    }
    return broken ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  verifyAuditCommand(process.argv.slice(2), loadConfig().database, (line) => console.log(line)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
