// Whether the real PostgreSQL server takes part in a test run: shared by `npm test` and the
// Jest projects' global setup, so the rule is written once. With CI=true it must take part.
const { Client } = require('pg');

const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresAnswers() {
  const client = new Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Jest globalSetup: sets TW_TEST_POSTGRES=1|0 for the suites; fails under CI=true without a server. */
async function globalSetup() {
  if (await postgresAnswers()) {
    process.env.TW_TEST_POSTGRES = '1';
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but PostgreSQL does not answer at ${POSTGRES_URL}: its suites cannot be skipped in CI`);
  }
  process.env.TW_TEST_POSTGRES = '0';
  console.warn(
    `\n*** LEFT OUT: PostgreSQL does not answer at ${POSTGRES_URL}, so the database suites run on PGlite only. ` +
      'Start PostgreSQL (or set TEST_DATABASE_URL) to run them against the real server too. ***\n',
  );
}

module.exports = { POSTGRES_URL, postgresAnswers, globalSetup };
