import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
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

  close(): Promise<void> {
    return this.app.close();
  }
}
