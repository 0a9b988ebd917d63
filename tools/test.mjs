#!/usr/bin/env node
// `npm test`: lint, types, unit and integration suites, and the browser journey, through Nx.
// It says up front what this machine cannot run (PostgreSQL, Chromium) and, with CI=true,
// refuses to go on without them. At the end it prints one closing line for all Jest suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const { POSTGRES_URL: postgresUrl, postgresAnswers } = createRequire(import.meta.url)('./jest/postgres.cjs');
const ci = process.env.CI === 'true';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultsDir = join('dist', 'test-results');

const leftOut = [];
if (!(await postgresAnswers())) leftOut.push(`PostgreSQL at ${postgresUrl}: database suites run on PGlite only`);
if (!existsSync(chromium)) leftOut.push(`Chromium at ${chromium}: the browser tests are skipped (apt-get install chromium)`);
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
for (const [command, what] of [
  ['xmllint', 'xmllint: Akoma Ntoso exports are not validated against the schema (apt-get install libxml2-utils)'],
  ['pdftotext', 'pdftotext: PDF contents are not read back (apt-get install poppler-utils)'],
  ['soffice', 'LibreOffice: DOCX files are not opened in LibreOffice (apt-get install libreoffice-writer-nogui)'],
]) {
  if (!onPath(command)) leftOut.push(what);
}
const banner = () => leftOut.forEach((line) => console.warn(`*** LEFT OUT: ${line} ***`));

if (leftOut.length && ci) {
  banner();
  console.error('CI=true: these are required, not optional. Failing.');
  process.exit(1);
}
banner();

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const run = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', 'e2e', '--parallel=1', '--output-style=stream', '--skip-nx-cache'],
  { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.json'))) {
  const result = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests;
}
banner();
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
