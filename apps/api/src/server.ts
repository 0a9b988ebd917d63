import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { LIMITS } from '@treaty/contracts';
import { json } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { CollabServer } from './collab/collab.server';
import type { AppConfig } from './platform/config';
import { mountOpenApi } from './platform/openapi';
import { ProblemFilter } from './platform/problem.filter';
import { mountWeb } from './platform/web';

/** Builds the one process that serves the API and the web app (tests build it the same way). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    // Start-up failures reach the caller (main exits; a test fails) instead of exiting here.
    abortOnError: false,
    logger: process.env['NODE_ENV'] === 'test' ? ['error', 'warn'] : undefined,
  });
  // Whole treaties arrive on the import route; everything else stays small.
  app.use('/api/negotiations/:id/drafts', json({ limit: LIMITS.importBodyBytes }));
  app.use('/api/drafts/:id/revisions', json({ limit: LIMITS.importBodyBytes }));
  app.useBodyParser('json', { limit: LIMITS.jsonBodyBytes });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemFilter());
  app.use(helmet({ contentSecurityPolicy: { useDefaults: true, directives: { 'script-src': ["'self'", "'unsafe-inline'"] } } }));
  mountOpenApi(app);
  if (config.webDist) mountWeb(app, config.webDist);
  app.get(CollabServer).attach();
  return app;
}
