import { POSTGRES_URL, postgresAnswers } from './databases';

/**
 * Decides once, before any suite, whether the real PostgreSQL server takes part. With
 * CI=true it must: a missing server fails the run rather than being skipped.
 */
export default async function globalSetup(): Promise<void> {
  if (await postgresAnswers()) {
    process.env['TW_TEST_POSTGRES'] = '1';
    return;
  }
  if (process.env['CI'] === 'true') {
    throw new Error(`CI=true but PostgreSQL does not answer at ${POSTGRES_URL}: its suites cannot be skipped in CI`);
  }
  process.env['TW_TEST_POSTGRES'] = '0';
  console.warn(
    `\n*** LEFT OUT: PostgreSQL does not answer at ${POSTGRES_URL}, so the database suites run on PGlite only. ` +
      `Start PostgreSQL (or set TEST_DATABASE_URL) to run them against the real server too. ***\n`,
  );
}
