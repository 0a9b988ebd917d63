import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { AppConfig } from '../src/platform/config';

/**
 * The databases API suites run against: always the embedded PGlite, and the real PostgreSQL
 * server when it answers (tools/jest/postgres.cjs decides before the suites, and fails the
 * run under CI=true when it does not).
 */
export const POSTGRES_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database for one suite; `dataDir` keeps PGlite on disk (restart tests). */
  create(dataDir?: string): Promise<{ database: AppConfig['database']; drop(): Promise<void> }>;
}

export const pglite: TestDatabase = {
  name: 'pglite',
  create: async (dataDir) => ({ database: { kind: 'pglite', dataDir: dataDir ?? null }, drop: async () => undefined }),
};

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const name = `tw_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    return {
      database: { kind: 'postgres', url: url.toString() },
      async drop() {
        const client = new Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  },
};

/** The list for `describe.each`. */
export function testDatabases(): TestDatabase[] {
  return process.env['TW_TEST_POSTGRES'] === '1' ? [pglite, postgres] : [pglite];
}
