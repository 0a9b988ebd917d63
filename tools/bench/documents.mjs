#!/usr/bin/env node
// npm run bench:documents — how long the long document work takes on `npm start`'s server (PGlite
// unless BENCH_DATABASE_URL is set): importing UNCLOS (320 articles, 480 KB), exporting it as Akoma
// Ntoso, DOCX and PDF, and bringing the 2015 Paris negotiating texts in as revisions of one draft.
// A benchmark, not a test: figures vary with the machine; docs/performance.md keeps measured ones.
import { readFileSync } from 'node:fs';
import { startOurs } from './servers.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PARIS = [
  ['23 Oct 2015 ADP draft', 'fixtures/treaties/negotiating/paris-2015-10-23-adp-draft-agreement.md'],
  ['4 Dec 2015 ADP draft', 'fixtures/treaties/negotiating/paris-2015-12-04-adp-draft-agreement.md'],
  ['9 Dec 2015 COP draft', 'fixtures/treaties/negotiating/paris-2015-12-09-cop-draft-agreement.md'],
  ['12 Dec 2015 L.9/Rev.1', 'fixtures/treaties/negotiating/paris-2015-12-12-L9Rev1-agreement.md'],
  ['Paris Agreement', 'fixtures/treaties/paris-agreement-2015.md'],
];

async function call(url, method, path, token, body) {
  const started = performance.now();
  const r = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = Buffer.from(await r.arrayBuffer());
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${bytes.toString()}`);
  const seconds = (performance.now() - started) / 1000;
  const json = (r.headers.get('content-type') ?? '').includes('json') ? JSON.parse(bytes.toString()) : null;
  return { seconds, bytes, json };
}

/** The slowest answer to a small request made every 100 ms while `work` runs: does the server stay responsive? */
async function slowestAnswerDuring(url, token, work) {
  let done = false;
  let slowest = 0;
  const probing = (async () => {
    while (!done) {
      slowest = Math.max(slowest, (await call(url, 'GET', '/api/me', token)).seconds);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const result = await work;
  done = true;
  await probing;
  return { result, slowest };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (label, seconds, extra = '') => console.log(`${label.padEnd(34)} ${seconds.map((s) => s.toFixed(2)).join('  ').padEnd(20)} median ${median(seconds).toFixed(2)} s ${extra}`);

const server = await startOurs();
try {
  const login = async (who) => (await call(server.url, 'POST', '/api/auth/login', null, { email: `${who}@demo.treaty.test`, password: 'negotiate-2026' })).json.accessToken;
  const secretariat = await login('secretariat');
  const negotiation = (await call(server.url, 'GET', '/api/negotiations', secretariat)).json.items[0].id;
  const unclos = readFileSync(`${ROOT}fixtures/treaties/unclos-1982.md`, 'utf8');

  console.log(`UNCLOS (${(unclos.length / 1024).toFixed(0)} KB Markdown), ${RUNS} runs each, seconds per run:`);
  const imports = [];
  let draftId = null;
  for (let i = 0; i < RUNS; i += 1) {
    const created = await call(server.url, 'POST', `/api/negotiations/${negotiation}/drafts`, secretariat, { title: `UNCLOS ${i}`, source: { format: 'markdown', content: unclos } });
    imports.push(created.seconds);
    draftId = created.json.id;
  }
  row('import (POST /drafts)', imports);
  const { result: again, slowest: slowestImport } = await slowestAnswerDuring(
    server.url,
    secretariat,
    call(server.url, 'POST', `/api/negotiations/${negotiation}/drafts`, secretariat, { title: 'UNCLOS probe', source: { format: 'markdown', content: unclos } }),
  );
  console.log(`slowest GET /api/me during a ${again.seconds.toFixed(1)} s UNCLOS import: ${(slowestImport * 1000).toFixed(0)} ms`);
  await call(server.url, 'POST', `/api/drafts/${draftId}/revisions`, secretariat, {});
  for (const format of ['akn', 'docx', 'pdf']) {
    for (const which of ['revision=0', '']) {
      const times = [];
      let size = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const file = await call(server.url, 'GET', `/api/drafts/${draftId}/export?format=${format}${which ? `&${which}` : ''}`, secretariat);
        times.push(file.seconds);
        size = file.bytes.length;
      }
      row(`export ${format} (${which ? 'revision' : 'live text'})`, times, `· ${(size / 1024).toFixed(0)} KB`);
    }
  }

  const { result: pdf, slowest } = await slowestAnswerDuring(server.url, secretariat, call(server.url, 'GET', `/api/drafts/${draftId}/export?format=pdf`, secretariat));
  console.log(`slowest GET /api/me during a ${pdf.seconds.toFixed(1)} s UNCLOS PDF export: ${(slowest * 1000).toFixed(0)} ms`);

  console.log('\nThe 2015 Paris negotiating texts as revisions of one draft:');
  const [first, ...rest] = PARIS;
  const draft = await call(server.url, 'POST', `/api/negotiations/${negotiation}/drafts`, secretariat, {
    title: 'Paris Agreement negotiations 2015',
    source: { format: 'markdown', content: readFileSync(`${ROOT}${first[1]}`, 'utf8') },
  });
  const paris = draft.json.id;
  for (const [label, file] of [[first[0], null], ...rest]) {
    const body = file ? { label, source: { format: 'markdown', content: readFileSync(`${ROOT}${file}`, 'utf8') } } : { label };
    const issued = await call(server.url, 'POST', `/api/drafts/${paris}/revisions`, secretariat, body);
    console.log(`${label.padEnd(34)} ${issued.seconds.toFixed(2)} s · ${issued.json.bracketCount} brackets, ${issued.json.optionCount} options, ${issued.json.warnings?.length ?? 0} warnings`);
  }
  console.log(`\nserver: ${server.cpuSeconds().toFixed(1)} CPU s, peak ${server.peakMiB().toFixed(0)} MiB`);
} finally {
  await server.stop();
  server.cleanup();
}
