import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const NOT_THE_APP = /^\/(api|collab|socket\.io)(\/|$)/;

/**
 * Serves the built web app from the same port as the API. Paths the API owns never fall
 * through to index.html; every other GET gets the app, whose router takes it from there.
 */
export function mountWeb(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    Logger.warn(`No web app at ${webDist}: build it with "npx nx run web:build"`, 'Web');
    return;
  }
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || NOT_THE_APP.test(request.path)) return next();
    response.sendFile(index);
  });
}
