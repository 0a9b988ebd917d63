import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Everything the process reads from its environment, checked once at start-up. */
const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().default('.data'),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  SEED_DEMO_HISTORY: z.enum(['true', 'false']).default('true'),
  WEB_DIST: z.string().optional(),
  NODE_ENV: z.string().default('development'),
});

export interface AppConfig {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  tokenSecret: Uint8Array;
  tokenTtlSeconds: number;
  seedDemo: boolean;
  /** With the demo, the 2015 Paris negotiating texts as revisions of one draft (a few seconds at first start). */
  seedDemoHistory: boolean;
  /** The built web app to serve; null serves the API alone. */
  webDist: string | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
    tokenSecret: tokenSecret(e.TOKEN_SECRET, dataDir, e.NODE_ENV === 'production'),
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS,
    seedDemo: e.SEED_DEMO === 'true',
    seedDemoHistory: e.SEED_DEMO === 'true' && e.SEED_DEMO_HISTORY === 'true',
    webDist: resolve(e.WEB_DIST ?? join('dist', 'apps', 'web')),
  };
}

/**
 * Without TOKEN_SECRET a development instance keeps a generated secret in its data folder,
 * so that signed-in users stay signed in across restarts; production must set one.
 */
function tokenSecret(given: string | undefined, dataDir: string, production: boolean): Uint8Array {
  if (given) return new TextEncoder().encode(given);
  if (production) throw new Error('Invalid configuration:\n  TOKEN_SECRET: required when NODE_ENV=production');
  const file = join(dataDir, 'token-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
