#!/usr/bin/env node
// `npm run render:documents [-- --unclos]`: prints the sample negotiating text, the Paris Agreement
// and the Paris negotiating draft of 23 October 2015 to
// DOCX and PDF in dist/documents/, has LibreOffice print each DOCX to PDF, and renders the
// first pages of every PDF to PNG (pdftoppm), so a person can look at what negotiators get.
//
// It runs the TypeScript sources as they are, without a build (tools/ts-sources.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireSource, root } from './ts-sources.mjs';

const require = requireSource;

const { toDocx, toPdf } = require('@treaty/office-documents');
const { importTreaty, toTreatyText } = require('@treaty/treaty-schema');
const { sampleSource } = require(join(root, 'packages/office-documents/src/sample-document-source.ts'));

const out = join(root, 'dist', 'documents');
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const FIRST_PAGES = 3;

function parisSource() {
  const imported = importTreaty(readFileSync(join(root, 'fixtures/treaties/paris-agreement-2015.md'), 'utf8'), 'markdown');
  return { ...sampleSource(), draft: { id: 'paris', title: imported.title ?? 'Paris Agreement' }, text: toTreatyText(imported.doc), citations: [] };
}

/** A real negotiating text (Paris, 23 October 2015): hundreds of brackets and options, no proposers recorded. */
function negotiatingSource() {
  const imported = importTreaty(readFileSync(join(root, 'fixtures/treaties/negotiating/paris-2015-10-23-adp-draft-agreement.md'), 'utf8'), 'markdown');
  return { ...sampleSource(), draft: { id: 'adp', title: 'Draft Paris Agreement (ADP, 23 October 2015)' }, text: toTreatyText(imported.doc), parties: [], citations: [] };
}

/** LibreOffice's PDF of a DOCX, with a profile of its own so parallel runs do not lock each other out. */
function libreOffice(docxPath, pdfPath) {
  const dir = mkdtempSync(join(tmpdir(), 'render-documents-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath], { stdio: 'pipe' });
    copyFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.pdf'))), pdfPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pngs(pdfPath) {
  const prefix = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(FIRST_PAGES), pdfPath, prefix]);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const missing = ['soffice', 'pdftoppm'].filter((command) => !onPath(command));
if (missing.length) console.warn(`*** LEFT OUT: ${missing.join(', ')} not installed — no LibreOffice PDFs or PNGs (apt-get install libreoffice-writer-nogui poppler-utils) ***`);

for (const [name, source] of [
  ['sample', sampleSource()],
  ['sample-live', { ...sampleSource(), revision: null }],
  ['paris-agreement', parisSource()],
  ['paris-2015-10-23-negotiating', negotiatingSource()],
]) {
  const started = performance.now();
  const docx = join(out, `${name}.docx`);
  const pdf = join(out, `${name}.pdf`);
  writeFileSync(docx, await toDocx(source));
  writeFileSync(pdf, await toPdf(source));
  const made = [docx, pdf];
  if (!missing.includes('soffice')) {
    const viaLibreOffice = join(out, `${name}.docx-libreoffice.pdf`);
    libreOffice(docx, viaLibreOffice);
    made.push(viaLibreOffice);
  }
  if (!missing.includes('pdftoppm')) made.filter((file) => file.endsWith('.pdf')).forEach(pngs);
  console.log(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s → ${made.map((f) => f.slice(root.length + 1)).join(', ')}`);
}
console.log(`Look at ${out.slice(root.length + 1)}/*.png (first ${FIRST_PAGES} pages of each PDF).`);

// `-- --unclos`: how long the largest treaty we hold (320 articles) takes, in plain Node as the API runs it.
if (process.argv.includes('--unclos')) {
  const imported = importTreaty(readFileSync(join(root, 'fixtures/treaties/unclos-1982.md'), 'utf8'), 'markdown');
  const unclos = { ...sampleSource(), draft: { id: 'unclos', title: imported.title ?? 'UNCLOS' }, text: toTreatyText(imported.doc), citations: [] };
  for (const [format, make] of [['DOCX', toDocx], ['PDF', toPdf]]) {
    const started = performance.now();
    const bytes = await make(unclos);
    console.log(`UNCLOS (${unclos.text.articles.length} articles) → ${format}: ${((performance.now() - started) / 1000).toFixed(2)} s, ${Math.round(bytes.length / 1024)} KiB`);
  }
}
