// One thread of a herd (see herd.mjs): connects its share of stock clients, reports when all
// have the whole document, and lets them go.
import { parentPort } from 'node:worker_threads';
import { client, dispose, until } from './clients.mjs';

parentPort.on('message', async ({ url, room, tokens }) => {
  const started = performance.now();
  const clients = tokens.map((token) => client(url, room, token));
  await until(() => clients.every((c) => c.provider.synced), 'herd thread sync');
  const ms = performance.now() - started;
  clients.forEach(dispose);
  parentPort.postMessage(ms);
});
