import type { INestApplication } from '@nestjs/common';
import { STAGES, type Stage } from '@treaty/domain';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { Draft } from '../src/drafts/draft.entity';
import { DomainEvents } from '../src/events/domain-events';
import { createApp } from '../src/server';
import type { AppConfig } from '../src/platform/config';
import type { TestDatabase } from './databases';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export function testConfig(database: AppConfig['database'], overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    database,
    tokenSecret: new TextEncoder().encode(TEST_SECRET),
    tokenTtlSeconds: 3600,
    seedDemo: true,
    // Seconds at every start of every suite; the seed's own spec turns it on.
    seedDemoHistory: false,
    webDist: null,
    ...overrides,
  };
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** The real Nest app on a real port, spoken to over HTTP. */
export class TestServer {
  private constructor(
    readonly app: INestApplication,
    readonly baseUrl: string,
  ) {}

  static async start(config: AppConfig): Promise<TestServer> {
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestServer(app, `http://127.0.0.1:${port}`);
  }

  /** The app on a fresh database of `db`, for one suite; `stop` closes both. */
  static async onFreshDatabase(
    db: TestDatabase,
    overrides: Partial<AppConfig> = {},
  ): Promise<{ server: TestServer; stop: () => Promise<void> }> {
    const created = await db.create();
    const server = await TestServer.start(testConfig(created.database, overrides));
    return {
      server,
      stop: async () => {
        await server.close();
        await created.drop();
      },
    };
  }

  async request<T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    } else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const reply = await this.request<{ accessToken: string }>('POST', '/api/auth/login', { body: { email, password } });
    if (reply.status !== 200) throw new Error(`login ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body.accessToken;
  }

  /** Moves a draft to `to` through the API one legal step at a time, as the secretariat would. */
  async walkDraft(token: string, draftId: string, to: Stage): Promise<void> {
    const from = (await this.request<{ stage: Stage }>('GET', `/api/drafts/${draftId}`, { token })).body.stage;
    const direction = Math.sign(STAGES.indexOf(to) - STAGES.indexOf(from));
    for (let at = STAGES.indexOf(from); at !== STAGES.indexOf(to); at += direction) {
      const next = STAGES[at + direction];
      const reply = await this.request('POST', `/api/drafts/${draftId}/transitions`, { token, body: { to: next, reason: `on the way to ${to}` } });
      if (reply.status !== 201) throw new Error(`moving to ${next} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    }
  }

  /**
   * Test setup only: puts a draft in a stage past the workflow's guards (an unagreed text in
   * adoption) for tests about something else; no history, no audit. Open channels re-decide
   * their rights as after a real move.
   */
  async forceStage(draftId: string, stage: Stage): Promise<void> {
    await this.app.get(DataSource).getRepository(Draft).update(draftId, { stage });
    this.app.get(DomainEvents).emit('draft.changed', draftId);
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
