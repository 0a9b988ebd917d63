import { CollabClient, pause } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';

const TREATY = `# Convention on Safety

## Preamble

Recalling the Charter,

Noting the work of the Parties & their experts,

### Article 1 — Objective

1. Parties shall cooperate on safety.

2. Parties shall meet once a year:
(a) in the spring;
(b) in the autumn.

### Article 2

An unnumbered paragraph.
`;

/**
 * A draft exported as Akoma Ntoso and imported as a new draft is the same text: words,
 * brackets with their proposers, clause ids, numbering. What is not AKN makes no draft.
 */
describe.each(testDatabases())('drafts imported from Akoma Ntoso on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string;
  let negotiationId: string, draftId: string;

  const drafts = async () => (await server.request('GET', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat })).body.items as unknown[];
  const textOf = async (id: string) => (await server.request('GET', `/api/drafts/${id}/text`, { token: secretariat })).body;
  const importAkn = (content: string, title?: string) =>
    server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { ...(title ? { title } : {}), source: { format: 'akn', content } } });

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    const login = (who: string) => server.login(`${who}@demo.treaty.test`);
    [secretariat, aurelia] = await Promise.all([login('secretariat'), login('delegate.aurelia')]);
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    draftId = (await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })).body.id;
    await server.forceStage(draftId, 'negotiation');
    // A bracket by Aurelia's delegation made in the editor as a delegate would, and one inside
    // it that the secretariat, compiling, puts on Aurelia's behalf. (Ids of 8+ letters: the
    // editor's mark keys take 8 of them.)
    const aureliaId = (await server.request('GET', '/api/me', { token: aurelia })).body.memberships[0].delegation.id;
    const bracketed = async (token: string, at: number, length: number, id: string, count: number) => {
      const editor = new CollabClient(server.baseUrl, draftId, token);
      await editor.synced();
      editor.bracket(0, 0, at, length, { id, proposers: [aureliaId] });
      for (let tries = 0; (await textOf(draftId)).articles[0].paragraphs[0].brackets.length < count; tries += 1) {
        if (tries > 100) throw new Error(`bracket ${id} was never stored`);
        await pause(50);
      }
      editor.destroy();
    };
    await bracketed(aurelia, 'Parties shall '.length, 'cooperate on safety'.length, 'outer-bracket', 1);
    await bracketed(secretariat, 'Parties shall cooperate on '.length, 'safety'.length, 'inner-bracket', 2);
  });
  afterAll(async () => {
    await stop?.();
  });

  it('makes, from the draft exported as AKN, a new draft whose text equals the exported one', async () => {
    const original = await textOf(draftId);
    const exported = await fetch(`${server.baseUrl}/api/drafts/${draftId}/export?format=akn`, { headers: { authorization: `Bearer ${secretariat}` } });
    expect(exported.status).toBe(200);
    const xml = await exported.text();

    const created = await importAkn(xml);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Convention on Safety', warnings: [] });
    expect(created.body.id).not.toBe(draftId);
    const imported = await textOf(created.body.id);
    expect(imported).toEqual(original);
    // The comparison is not of two empty texts: the brackets, proposers and sub-items came across.
    expect(imported.articles[0].paragraphs[0].brackets.map((b: { id: string }) => b.id)).toEqual(['outer-bracket', 'inner-bracket']);
    expect(imported.articles[0].paragraphs[1].text).toBe('Parties shall meet once a year:\n(a) in the spring;\n(b) in the autumn.');
    expect(imported.preamble).toHaveLength(2);
  });

  it('refuses bad XML and what is not Akoma Ntoso with a 400 problem, and makes no draft', async () => {
    const before = (await drafts()).length;
    for (const [content, reason] of [
      ['<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill name="x', 'not well-formed XML'],
      ['Article 1. The Parties agree.', 'not XML'],
      ['<html><body><p>Article 1</p></body></html>', 'not Akoma Ntoso 3.0'],
      ['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>', 'DTD or entities'],
    ]) {
      const reply = await importAkn(content!, 'Bad file');
      expect(reply.status).toBe(400);
      expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(reply.body.errors).toEqual([{ path: 'source.content', message: expect.stringContaining(reason!) }]);
    }
    expect((await drafts()).length).toBe(before);
  });
});
