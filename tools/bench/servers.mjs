// Starting the two servers the benchmark compares, and reading their CPU and peak memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const TICKS_PER_SECOND = 100;

export const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

async function waitForPort(url, child, output) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output.join('')}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`server did not answer:\n${output.join('')}`);
}

function start(args, env, probeUrl) {
  const output = [];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (c) => output.push(String(c)));
  child.stderr.on('data', (c) => output.push(String(c)));
  return { child, output, ready: waitForPort(probeUrl, child, output) };
}

/** Treaty Workspace as `npm start` runs it (auth, policy, persist-before-relay all on). */
export async function startOurs() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tw-bench-'));
  const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production', TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-42' };
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  // BENCH_CPU_PROFILE=<folder>: our server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const server = start([...profile, 'dist/apps/api/apps/api/src/main.js'], env, `http://127.0.0.1:${port}/api/docs-json`);
  await server.ready;
  return { ...handle(server.child), url: `http://127.0.0.1:${port}`, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The stock y-websocket server: no auth, no policy, persistence only in memory. */
export async function startPlain() {
  const port = await freePort();
  const server = start(['node_modules/@y/websocket-server/src/server.js'], { PORT: String(port), HOST: '127.0.0.1' }, `http://127.0.0.1:${port}/`);
  await server.ready;
  return { ...handle(server.child), url: `http://127.0.0.1:${port}`, cleanup: () => undefined };
}

function handle(child) {
  return {
    pid: child.pid,
    /** CPU seconds (user + system) used so far. */
    cpuSeconds() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    },
    /** Peak resident memory in MiB. */
    peakMiB() {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : NaN;
    },
    stop() {
      child.kill('SIGTERM');
      return new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
    },
  };
}
