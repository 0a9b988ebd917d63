import { toTreatyText, yDocToTreaty } from '@treaty/treaty-schema';
import * as Y from 'yjs';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { UpdateStore } from './update-store';

const TREATY = [
  '# Convergence test',
  '## Preamble',
  'The Parties,',
  ...Array.from({ length: 5 }, (_, a) => [`### Article ${a + 1}`, ...Array.from({ length: 4 }, (_, p) => `${p + 1}. Paragraph ${p + 1} of article ${a + 1}.`)]).flat(),
].join('\n\n');

/** A small deterministic generator, so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe.each(testDatabases())('convergence on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
  });
  afterAll(() => stop?.());

  it('brings 20 clients making random concurrent edits to one document, the one the server stored', async () => {
    const secretariat = await server.login('secretariat@demo.treaty.test');
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    const draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })
    ).body.id;
    await server.walkDraft(secretariat, draftId, 'negotiation');
    const editors = ['delegate.aurelia', 'head.aurelia', 'delegate.borealis', 'head.borealis', 'delegate.caledonia', 'head.caledonia', 'secretariat'];
    const tokens = await Promise.all(editors.map((who) => server.login(`${who}@demo.treaty.test`)));
    const clients = Array.from({ length: 20 }, (_, i) => new CollabClient(server.baseUrl, draftId, tokens[i % tokens.length] ?? ''));
    try {
      await Promise.all(clients.map((c) => c.synced()));
      const seed = Date.now();
      await Promise.all(
        clients.map(async (client, i) => {
          const next = random(seed + i);
          for (let step = 0; step < 15; step++) {
            const paragraph = client.fragment.get(1 + Math.floor(next() * 5));
            const target = paragraph instanceof Y.XmlElement ? paragraph.get(1 + Math.floor(next() * 4)) : null;
            const textNode = target instanceof Y.XmlElement ? target.get(0) : null;
            if (textNode instanceof Y.XmlText) {
              const at = Math.floor(next() * (textNode.length + 1));
              if (next() < 0.25 && textNode.length > 3) textNode.delete(Math.min(at, textNode.length - 2), 2);
              else textNode.insert(at, `c${i}s${step} `);
            }
            await pause(Math.floor(next() * 15));
          }
        }),
      );
      const [reference] = clients;
      if (!reference) throw new Error('no clients');
      const target = () => Y.encodeStateVector(reference.doc).toString();
      await waitFor(() => clients.every((c) => Y.encodeStateVector(c.doc).toString() === target()), 'all clients to converge', 30_000);
      await pause(300);

      const texts = clients.map((c) => JSON.stringify(toTreatyText(yDocToTreaty(c.doc))));
      expect(new Set(texts).size).toBe(1);
      const live = await server.request('GET', `/api/drafts/${draftId}/text`, { token: secretariat });
      expect(JSON.stringify(live.body)).toBe(texts[0]);

      // What is in the database, replayed into a fresh document, is the same text.
      const stored = await server.app.get(UpdateStore).load(draftId);
      const replay = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(replay, stored.snapshot);
      stored.updates.forEach((u) => Y.applyUpdate(replay, u));
      expect(JSON.stringify(toTreatyText(yDocToTreaty(replay)))).toBe(texts[0]);
      expect(texts[0]).toContain('c19s');
    } finally {
      clients.forEach((c) => c.destroy());
    }
  });
});
