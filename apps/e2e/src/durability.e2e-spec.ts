import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ProductServer } from './product-server';

const FIXTURES = resolve(__dirname, '../../../fixtures');
const PARIS = readFileSync(resolve(FIXTURES, 'treaties/paris-agreement-2015.md'), 'utf8');
const POSTGRES_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'negotiate-2026';

/** A stock y-websocket client in this process. */
function connect(url: string, draftId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/collab`, draftId, doc, {
    disableBc: true,
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const paragraph = () => {
    const article = doc.getXmlFragment('default').get(2) as Y.XmlElement;
    return article.get(1) as Y.XmlElement;
  };
  return {
    doc,
    provider,
    text: () => paragraph().toString(),
    type: (words: string) => {
      const first = paragraph().get(0) as Y.XmlText;
      first.insert(first.length, words);
    },
    synced: () => until(() => provider.synced, 'sync'),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

async function until(condition: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function api<T>(url: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const login = async (url: string, who: string) =>
  (await api<{ accessToken: string }>(url, 'POST', '/api/auth/login', undefined, { email: `${who}@demo.treaty.test`, password: PASSWORD })).accessToken;

/**
 * What one client has seen from another survives a crash: the edit is in the database before
 * it is relayed, so killing the server (SIGKILL) right after B received A's edit loses nothing,
 * even with both clients gone and unable to upload it again.
 */
// PostgreSQL joins when it answers (always under CI=true: tools/jest/postgres.cjs).
const KINDS = process.env['TW_TEST_POSTGRES'] === '1' ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(KINDS)('durability across kill -9 on %s', (kind) => {
  let dataDir: string;
  let env: Record<string, string>;
  let database: string | null = null;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tw-kill-'));
    env = { DATA_DIR: dataDir };
    if (kind === 'postgres') {
      database = `tw_kill_${Date.now()}`;
      const admin = new Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${database}`;
      env['DATABASE_URL'] = url.toString();
    }
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (database) {
      const admin = new Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('keeps the edit B saw after the server is killed and restarted', async () => {
    const first = await ProductServer.start({ env });
    const secretariat = await login(first.url, 'secretariat');
    const negotiations = await api<{ items: { id: string }[] }>(first.url, 'GET', '/api/negotiations', secretariat);
    const negotiationId = negotiations.items[0]?.id ?? '';
    const draft = await api<{ id: string }>(first.url, 'POST', `/api/negotiations/${negotiationId}/drafts`, secretariat, {
      source: { format: 'markdown', content: PARIS },
    });
    for (const to of ['stakeholder-engagement', 'drafting', 'negotiation']) {
      await api(first.url, 'POST', `/api/drafts/${draft.id}/transitions`, secretariat, { to, reason: 'open' });
    }

    const a = connect(first.url, draft.id, await login(first.url, 'delegate.aurelia'));
    const b = connect(first.url, draft.id, await login(first.url, 'delegate.borealis'));
    await Promise.all([a.synced(), b.synced()]);
    a.type(' [SURVIVES KILL -9]');
    await until(() => b.text().includes('[SURVIVES KILL -9]'), 'B to receive the edit', 15_000);
    first.kill('SIGKILL');
    a.destroy();
    b.destroy();
    await first.exited();

    const second = await ProductServer.start({ env, port: first.port });
    try {
      const c = connect(second.url, draft.id, await login(second.url, 'delegate.caledonia'));
      await c.synced();
      expect(c.text()).toContain('[SURVIVES KILL -9]');
      c.destroy();
    } finally {
      await second.stop();
    }
  });
});
