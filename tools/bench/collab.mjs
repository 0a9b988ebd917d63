#!/usr/bin/env node
// npm run bench:collab — Treaty Workspace's /collab against a plain y-websocket server, same load,
// same run: N stock clients (10 typing with cursors, the rest reading), joining gradually and
// then as a reconnect wave, and the load of a ~1 MB, 300-article draft by one client and by 20.
// Prints fan-out latency percentiles, server CPU and peak memory, and the ratios. A benchmark,
// not a test: figures vary with the machine; docs/performance.md keeps measured ones.
import * as Y from 'yjs';
import { client, dispose, percentiles, recordLatencies, type, until } from './clients.mjs';
import { Herd } from './herd.mjs';
import { startOurs, startPlain } from './servers.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '10,50,200').split(',').filter(Boolean).map(Number);
const TYPISTS = 10;
const STEADY_MS = Number(process.env.BENCH_STEADY_MS ?? 8000);
const PASSWORD = 'negotiate-2026';
const EDITORS = ['delegate.aurelia', 'head.aurelia', 'delegate.borealis', 'head.borealis', 'delegate.caledonia', 'head.caledonia'];

function treaty(articles, paragraphWords) {
  const words = Array.from({ length: paragraphWords }, (_, i) => `word${i % 97}`).join(' ');
  const body = Array.from({ length: articles }, (_, a) => `### Article ${a + 1}\n\n1. ${words}.\n\n2. ${words}.`).join('\n\n');
  return `# Bench treaty\n\n## Preamble\n\nThe Parties,\n\n${body}\n`;
}

async function api(url, method, path, token, body) {
  const r = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

/** Our server: accounts, a draft open for negotiation; returns the room and a token per client. */
async function prepareOurs(server, markdown) {
  const login = async (who) => (await api(server.url, 'POST', '/api/auth/login', null, { email: `${who}@demo.treaty.test`, password: PASSWORD })).accessToken;
  const secretariat = await login('secretariat');
  const editors = [];
  for (const who of EDITORS) editors.push(await login(who));
  const observer = await login('observer');
  const negotiation = (await api(server.url, 'GET', '/api/negotiations', secretariat)).items[0].id;
  const draft = await api(server.url, 'POST', `/api/negotiations/${negotiation}/drafts`, secretariat, { source: { format: 'markdown', content: markdown } });
  // The workflow moves one stage at a time.
  for (const to of ['stakeholder-engagement', 'drafting', 'negotiation']) {
    await api(server.url, 'POST', `/api/drafts/${draft.id}/transitions`, secretariat, { to, reason: 'bench' });
  }
  return { room: draft.id, tokenFor: (i) => (i < TYPISTS ? editors[i % editors.length] : i % 2 ? observer : editors[i % editors.length]) };
}

/** The plain server holds only what clients bring: one client seeds the same initial state. */
async function preparePlain(server, initialState) {
  const room = `bench-${Date.now()}`;
  const seeder = client(server.url, room, null);
  await until(() => seeder.provider.synced, 'seeder sync');
  Y.applyUpdate(seeder.doc, initialState);
  await new Promise((r) => setTimeout(r, 500));
  return { room, tokenFor: () => null, seeder };
}

async function initialStateOf(oursUrl, room, token) {
  const c = client(oursUrl, room, token);
  await until(() => c.provider.synced, 'initial state');
  const state = Y.encodeStateAsUpdate(c.doc);
  dispose(c);
  return state;
}

async function phase(clients, sink) {
  const stopAt = performance.now() + STEADY_MS;
  sink.samples = [];
  sink.recording = true;
  await Promise.all(clients.slice(0, TYPISTS).map((c, i) => type(c, i, stopAt)));
  await new Promise((r) => setTimeout(r, 500));
  sink.recording = false;
  return percentiles(sink.samples);
}

async function runLoad(server, prepared, n) {
  const clients = [];
  const sink = { samples: [], recording: false };
  const cpu0 = server.cpuSeconds();
  for (let i = 0; i < n; i++) {
    clients.push(client(server.url, prepared.room, prepared.tokenFor(i)));
    await new Promise((r) => setTimeout(r, 20));
  }
  await until(() => clients.every((c) => c.provider.synced), 'all joined');
  recordLatencies(clients, sink);
  const steady = await phase(clients, sink);

  // Reconnect wave: everyone drops and comes back within one second.
  clients.forEach((c) => c.provider.disconnect());
  await new Promise((r) => setTimeout(r, 200));
  clients.forEach((c) => setTimeout(() => c.provider.connect(), Math.random() * 1000));
  await new Promise((r) => setTimeout(r, 1000));
  const wave = await phase(clients, sink);
  await until(() => clients.every((c) => c.provider.synced), 'all back');
  const cpu = server.cpuSeconds() - cpu0;
  const lost = await updatesLost(server, prepared, clients);
  clients.forEach(dispose);
  return { steady, wave, cpu, peak: server.peakMiB(), lost };
}

/**
 * No update lost: once every client has settled, a newcomer loading from the server must hold
 * everything every client wrote (same state vector as each of them).
 */
async function updatesLost(server, prepared, clients) {
  await new Promise((r) => setTimeout(r, 1000));
  const newcomer = client(server.url, prepared.room, prepared.tokenFor(0));
  await until(() => newcomer.provider.synced, 'newcomer sync');
  await new Promise((r) => setTimeout(r, 500));
  const expected = Y.encodeStateVector(newcomer.doc).toString();
  const differing = clients.filter((c) => Y.encodeStateVector(c.doc).toString() !== expected).length;
  dispose(newcomer);
  return differing;
}

async function timeOne(server, prepared) {
  const started = performance.now();
  const c = client(server.url, prepared.room, prepared.tokenFor(0));
  await until(() => c.provider.synced, 'big draft sync');
  const ms = performance.now() - started;
  dispose(c);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ROUNDS = 5;
const HERD = 20;

/**
 * One new client, then a herd of 20 (see herd.mjs), on each server in turn: one untimed round
 * first (it warms up the clients' own decoding), then five alternating rounds, medians
 * reported, with the server CPU each herd cost.
 */
async function loadTimes(servers) {
  const herd = new Herd();
  const tokensOf = (prepared) => Array.from({ length: HERD }, (_, i) => prepared.tokenFor(i));
  try {
    for (const { server, prepared } of servers) await herd.load(server.url, prepared.room, tokensOf(prepared));
    const times = servers.map(() => ({ one: [], herd: [], cpu: [] }));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, { server, prepared }] of servers.entries()) {
        times[i].one.push(await timeOne(server, prepared));
        const cpu = server.cpuSeconds();
        times[i].herd.push(await herd.load(server.url, prepared.room, tokensOf(prepared)));
        // The herd's goodbyes are part of its cost.
        await new Promise((r) => setTimeout(r, 300));
        times[i].cpu.push(server.cpuSeconds() - cpu);
      }
    }
    return times.map((t) => ({ one: median(t.one), herd: median(t.herd), cpu: median(t.cpu) }));
  } finally {
    await herd.close();
  }
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1).padStart(8) : '     n/a');
const row = (label, p) => `${label.padEnd(22)}${fmt(p.p50)}${fmt(p.p95)}${fmt(p.p99)}${fmt(p.max)}${String(p.n).padStart(9)}`;

async function main() {
  console.log(`bench:collab — sizes ${SIZES.join(', ')}, ${TYPISTS} typists, ${STEADY_MS} ms per phase; latencies in ms\n`);
  const small = treaty(10, 40);
  for (const n of SIZES) {
    const ours = await startOurs();
    const plain = await startPlain();
    try {
      const preparedOurs = await prepareOurs(ours, small);
      const state = await initialStateOf(ours.url, preparedOurs.room, preparedOurs.tokenFor(0));
      const preparedPlain = await preparePlain(plain, state);
      const a = await runLoad(ours, preparedOurs, n);
      const b = await runLoad(plain, preparedPlain, n);
      dispose(preparedPlain.seeder);
      console.log(`N = ${n}${' '.repeat(18)}     p50     p95     p99     max  samples`);
      console.log(row('  ours, steady', a.steady));
      console.log(row('  plain, steady', b.steady));
      console.log(row('  ours, reconnect wave', a.wave));
      console.log(row('  plain, reconnect wave', b.wave));
      console.log(`  p99 ratio ours/plain: steady ${(a.steady.p99 / b.steady.p99).toFixed(2)}, wave ${(a.wave.p99 / b.wave.p99).toFixed(2)}`);
      console.log(`  server CPU s: ours ${a.cpu.toFixed(1)}, plain ${b.cpu.toFixed(1)}; peak MiB: ours ${a.peak.toFixed(0)}, plain ${b.peak.toFixed(0)}`);
      console.log(`  clients whose state differs from a newcomer's (updates lost): ours ${a.lost}, plain ${b.lost}\n`);
    } finally {
      await ours.stop();
      await plain.stop();
      ours.cleanup();
    }
  }

  const big = treaty(300, 260);
  console.log(`big draft: 300 articles, ${(big.length / 1e6).toFixed(2)} MB of Markdown`);
  const ours = await startOurs();
  const plain = await startPlain();
  try {
    const started = performance.now();
    const preparedOurs = await prepareOurs(ours, big);
    console.log(`  import through the API: ${(performance.now() - started).toFixed(0)} ms`);
    const state = await initialStateOf(ours.url, preparedOurs.room, preparedOurs.tokenFor(0));
    console.log(`  Yjs state: ${(state.length / 1e6).toFixed(2)} MB`);
    const preparedPlain = await preparePlain(plain, state);
    const [a, b] = await loadTimes([
      { server: ours, prepared: preparedOurs },
      { server: plain, prepared: preparedPlain },
    ]);
    dispose(preparedPlain.seeder);
    console.log(`  one new client (median of ${ROUNDS}): ours ${a.one.toFixed(0)} ms, plain ${b.one.toFixed(0)} ms`);
    console.log(`  herd of ${HERD} (median of ${ROUNDS}):     ours ${a.herd.toFixed(0)} ms, plain ${b.herd.toFixed(0)} ms (ratio ${(a.herd / b.herd).toFixed(2)})`);
    console.log(`  server CPU per herd (median):  ours ${(a.cpu * 1000).toFixed(0)} ms, plain ${(b.cpu * 1000).toFixed(0)} ms`);
  } finally {
    await ours.stop();
    await plain.stop();
    ours.cleanup();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
