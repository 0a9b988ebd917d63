import { mkdirSync } from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { AppConfig } from '../config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations/index';

/**
 * The same entities and migrations run on a real PostgreSQL server (`DATABASE_URL`) and on
 * the embedded PGlite. Migrations, never `synchronize`, shape the schema.
 */
export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: ['error' as const],
  };
  if (database.kind === 'postgres') {
    return { ...common, url: database.url, extra: { max: 10 } };
  }
  if (database.dataDir) mkdirSync(database.dataDir, { recursive: true });
  return {
    ...common,
    // PGlite ships no uuid-ossp; we generate ids in the application anyway.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    driver: new PGliteDriver(database.dataDir ? { dataDir: database.dataDir } : {}).driver,
  };
}
