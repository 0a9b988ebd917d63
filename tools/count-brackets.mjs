#!/usr/bin/env node
// `npm run count:brackets [-- <folder>]`: for each negotiating text of the fixtures, counts the
// brackets and "Option N" labels straight on the source, next to what the importer made of
// them, and says whether the two reconcile (docs/negotiating-texts.md explains the columns).
// Exits 1 when one does not.
//
// It runs the TypeScript sources as they are, without a build (tools/ts-sources.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireSource, root } from './ts-sources.mjs';

const require = requireSource;

const schema = join(root, 'packages/treaty-schema/src');
const { importTreaty, NotATreatyError } = require(join(schema, 'import-text.ts'));
const { importTally } = require(join(schema, 'negotiating/import-tally.ts'));
const { countSource } = require(join(schema, 'negotiating/source-count.ts'));

// The repository's negotiating texts, or the folder given.
const folder = process.argv[2] ?? join(root, 'fixtures/treaties/negotiating');
if (!folder || !existsSync(folder)) {
  console.error('No folder of negotiating texts: pass one, e.g. npm run count:brackets -- fixtures/treaties/negotiating');
  process.exit(2);
}

// The .txt texts are pdftotext output: a line is a line of the printed page, not a paragraph,
// and the text importer reads one paragraph per line, cutting sentences (and brackets) apart.
const NOT_SUPPORTED = 'PDF text, one printed line per line: the text importer would make each line a paragraph';

const rows = [];
const unsupported = [];
for (const name of readdirSync(folder).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
  if (name.endsWith('.txt')) {
    unsupported.push(`${name}: ${NOT_SUPPORTED}`);
    continue;
  }
  const source = readFileSync(join(folder, name), 'utf8');
  let imported;
  try {
    imported = importTreaty(source, 'markdown');
  } catch (error) {
    if (!(error instanceof NotATreatyError)) throw error;
    unsupported.push(`${name}: ${error.message}`);
    continue;
  }
  const counted = countSource(source);
  const tally = importTally(imported);
  const open = tally.brackets + tally.phraseOptions + tally.unplacedOpen;
  const close = tally.brackets + tally.phraseOptions + tally.unplacedClose;
  const labels = tally.alternativeOptions + tally.labelsKeptAsWords;
  const reconciles = open === counted.open && close === counted.close && labels === counted.optionLabels;
  rows.push([
    name,
    `${counted.open} / ${counted.close}`,
    counted.optionLabels,
    tally.brackets,
    `${tally.phraseOptions} (${tally.phraseOptionSets} sets)`,
    `${tally.alternativeOptions} (${tally.alternatives} sets)`,
    tally.labelsKeptAsWords,
    `${tally.unplacedOpen} / ${tally.unplacedClose}`,
    tally.warnings,
    reconciles ? 'yes' : `NO: [ ${open}, ] ${close}, Options ${labels}`,
  ]);
}

const header = ['text', 'source [ / ]', 'source Option labels', 'brackets', 'phrase options', 'paragraph alternatives', 'labels kept as words', 'unplaced [ / ]', 'warnings', 'reconciles'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (unsupported.length > 0) console.log(`\nNot supported:\n${unsupported.map((line) => `- ${line}`).join('\n')}`);
process.exit(rows.every((row) => row.at(-1) === 'yes') ? 0 : 1);
