import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

/**
 * The product as `npm start` runs it: the built server process on its own port, with a fresh
 * embedded database (and so the demo seed) in a temporary folder.
 */
export class ProductServer {
  private output = '';

  private constructor(
    private readonly process: ChildProcess,
    /** A folder this server made for itself and removes when stopped; null when the caller owns it. */
    private readonly ownDataDir: string | null,
    readonly port: number,
  ) {
    process.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    process.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `env` may name DATA_DIR or DATABASE_URL to reuse a database across restarts. */
  static async start(options: { env?: Record<string, string>; port?: number } = {}): Promise<ProductServer> {
    const port = options.port ?? (await freePort());
    const ownDataDir = options.env?.['DATA_DIR'] ? null : mkdtempSync(join(tmpdir(), 'tw-e2e-'));
    const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'development',
        ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ProductServer(child, ownDataDir, port);
    await server.waitUntilUp();
    return server;
  }

  /** Kills the process without letting it clean up, as a crash or `kill -9` would. */
  kill(signal: NodeJS.Signals): void {
    this.process.kill(signal);
  }

  exited(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return Promise.resolve();
    return new Promise((done) => this.process.once('exit', () => done()));
  }

  private async waitUntilUp(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`the server exited:\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/api/docs-json`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the server did not answer within 60 s:\n${this.output}`);
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null) {
      const exited = new Promise((r) => this.process.once('exit', r));
      this.process.kill('SIGTERM');
      await exited;
    }
    if (this.ownDataDir) rmSync(this.ownDataDir, { recursive: true, force: true });
  }
}
