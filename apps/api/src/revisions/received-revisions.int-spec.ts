import { toTreatyText, yDocToTreaty } from '@treaty/treaty-schema';
import { CollabClient, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';

const FIRST = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate on safety.

2. Parties shall meet once a year.
`;

const SECOND = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate closely on safety.

2. Parties shall meet once a year.

### Article 2 — Finance

1. Developed countries shall provide finance.
`;

describe.each(testDatabases())('revisions issued from a text received as a file on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string;
  let draftId: string, negotiationId: string;
  let editor: CollabClient;

  const call = (method: string, path: string, token: string, body?: unknown) => server.request(method, `/api/drafts/${draftId}${path}`, { token, body });

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    [secretariat, aurelia] = await Promise.all([server.login('secretariat@demo.treaty.test'), server.login('delegate.aurelia@demo.treaty.test')]);
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    draftId = (await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: FIRST } } })).body.id;
    await server.forceStage(draftId, 'negotiation');
    editor = new CollabClient(server.baseUrl, draftId, aurelia);
    await editor.synced();
  });
  afterAll(async () => {
    editor?.destroy();
    await stop?.();
  });

  it('makes the received text the live text and issues it as a revision, keeping clause ids by position', async () => {
    const before = (await call('GET', '/text', secretariat)).body;
    const issued = await call('POST', '/revisions', secretariat, { label: 'Rev.1 as circulated', source: { format: 'markdown', content: SECOND } });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ number: 0, label: 'Rev.1 as circulated', warnings: [] });

    const live = (await call('GET', '/text', secretariat)).body;
    expect(live.articles).toHaveLength(2);
    expect(live.articles[0].clauseId).toBe(before.articles[0].clauseId);
    expect(live.articles[0].paragraphs[0]).toMatchObject({ clauseId: before.articles[0].paragraphs[0].clauseId, text: 'Parties shall cooperate closely on safety.' });
    expect((await call('GET', '/revisions/0', secretariat)).body.text).toEqual(live);

    // An open editor receives the change at once, without reconnecting.
    await waitFor(() => toTreatyText(yDocToTreaty(editor.doc)).articles.length === 2, 'the editor to see Article 2');
    expect(toTreatyText(yDocToTreaty(editor.doc))).toEqual(live);

    const audit = (await server.request('GET', `/api/negotiations/${negotiationId}/audit?action=text.replace`, { token: secretariat })).body;
    expect(audit.items).toEqual([expect.objectContaining({ action: 'text.replace' })]);
  });

  it('previews what a received text would change, clause by clause, changing nothing', async () => {
    const live = (await call('GET', '/text', secretariat)).body;
    const revisions = (await call('GET', '/revisions', secretariat)).body.items.length;
    const preview = await call('POST', '/revisions/preview', secretariat, { source: { format: 'markdown', content: SECOND.replace('provide finance', 'mobilise finance') } });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ refusal: null, warnings: [], totals: { changed: 1, added: 0, removed: 0 } });
    const amended = preview.body.clauses.find((c: { change: string }) => c.change === 'changed');
    expect(amended).toMatchObject({ kind: 'paragraph', before: { label: 'Article 2(1)' } });
    expect(amended.parts).toEqual(expect.arrayContaining([{ op: 'delete', text: 'provide' }, { op: 'insert', text: 'mobilise' }]));

    expect((await call('POST', '/revisions/preview', aurelia, { source: { format: 'markdown', content: SECOND } })).status).toBe(403);
    expect((await call('POST', '/revisions/preview', secretariat, { source: { format: 'markdown', content: 'Just a shopping list.' } })).status).toBe(400);
    expect((await call('GET', '/text', secretariat)).body).toEqual(live);
    expect((await call('GET', '/revisions', secretariat)).body.items).toHaveLength(revisions);
  });

  it('keeps an agreed article agreed, and refuses a text that rewords it (409), changing nothing', async () => {
    const article1 = (await call('GET', '/text', secretariat)).body.articles[0].clauseId;
    expect((await call('POST', `/clauses/${article1}/status`, secretariat, { status: 'agreed' })).status).toBe(200);
    const live = (await call('GET', '/text', secretariat)).body;
    const revisions = (await call('GET', '/revisions', secretariat)).body.items.length;

    const reworded = await call('POST', '/revisions', secretariat, { source: { format: 'markdown', content: FIRST } });
    expect(reworded.status).toBe(409);
    expect(reworded.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(reworded.body.detail).toBe('Article 1 is agreed and locked, and the received text changes its words: reopen it first');
    const previewed = await call('POST', '/revisions/preview', secretariat, { source: { format: 'markdown', content: FIRST } });
    expect(previewed.body.refusal).toBe(reworded.body.detail);
    expect((await call('GET', '/text', secretariat)).body).toEqual(live);
    expect((await call('GET', '/revisions', secretariat)).body.items).toHaveLength(revisions);

    const kept = await call('POST', '/revisions', secretariat, { source: { format: 'markdown', content: SECOND.replace('provide finance', 'mobilise finance') } });
    expect(kept.status).toBe(201);
    const after = (await call('GET', '/text', secretariat)).body;
    expect(after.articles.map((a: { status: string }) => a.status)).toEqual(['agreed', 'open']);
    expect(after.articles[1].paragraphs[0].text).toBe('Developed countries shall mobilise finance.');
    expect((await call('POST', `/clauses/${article1}/status`, secretariat, { status: 'open' })).status).toBe(200);
  });

  it('refuses a delegate, and a text that is not a treaty, changing nothing', async () => {
    const before = (await call('GET', '/text', secretariat)).body;
    const revisions = (await call('GET', '/revisions', secretariat)).body.items.length;
    expect((await call('POST', '/revisions', aurelia, { source: { format: 'markdown', content: FIRST } })).status).toBe(403);
    const bad = await call('POST', '/revisions', secretariat, { source: { format: 'markdown', content: 'Just a shopping list.' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await call('GET', '/text', secretariat)).body).toEqual(before);
    expect((await call('GET', '/revisions', secretariat)).body.items).toHaveLength(revisions);
  });
});
