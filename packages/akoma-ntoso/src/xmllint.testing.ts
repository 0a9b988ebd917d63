import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Test support: validates XML against the OASIS Akoma Ntoso 3.0 schema with the real xmllint
 * (libxml2). No network: the schema imports only its neighbouring xml.xsd.
 */
/** The repository's own copy of the fixtures: a clone tests on its own. */
export const FIXTURES = join(__dirname, '../../../fixtures');
export const AKN_SCHEMA = join(FIXTURES, 'akn/schema/akomantoso30.xsd');
/** Five of the OASIS specification's example documents, in the repository (fixtures/README.md). */
export const AKN_EXAMPLES = join(FIXTURES, 'akn/examples');
const XMLLINT = '/usr/bin/xmllint';

export interface Validation {
  valid: boolean;
  exitCode: number | null;
  errors: string;
}

export function xmllintAvailable(): boolean {
  return existsSync(XMLLINT) && existsSync(AKN_SCHEMA);
}

/**
 * Whether the schema tests run here. On CI a missing xmllint fails the run; on a workstation
 * they are skipped, loudly.
 */
export function schemaTestsRun(): boolean {
  if (xmllintAvailable()) return true;
  if (process.env['CI'] === 'true') throw new Error(`xmllint or the AKN schema is missing (${XMLLINT}, ${AKN_SCHEMA}): install libxml2-utils`);
  console.warn(`SKIPPING Akoma Ntoso schema validation: ${XMLLINT} or ${AKN_SCHEMA} is missing (apt-get install -y libxml2-utils)`);
  return false;
}

/** Exit 0 = valid, 3 = invalid, 5 = schema failed to compile (see the fixtures README). */
export function validateAkn(xml: string): Validation {
  const result = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', AKN_SCHEMA, '-'], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { valid: result.status === 0, exitCode: result.status, errors: result.stderr };
}

/** What xmllint (libxml2, an XML reader other than ours) reads as the text of an XPath. */
export function xpathText(xml: string, xpath: string): string {
  const result = spawnSync(XMLLINT, ['--nonet', '--xpath', `string(${xpath})`, '-'], { input: xml, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`xmllint --xpath failed: ${result.stderr}`);
  // xmllint ends its answer with a line break of its own.
  return result.stdout.replace(/\n$/, '');
}
