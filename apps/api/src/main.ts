import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './server';
import { loadConfig } from './platform/config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  // SIGTERM/SIGINT close the app: sockets told, documents snapshotted, the database closed.
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${config.database.dataDir}`;
  Logger.log(`Treaty Workspace on http://localhost:${config.port} (database: ${where})`, 'Main');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
