import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';

const FIXTURES = resolve(__dirname, '../../../../fixtures');
const PARIS = readFileSync(resolve(FIXTURES, 'treaties/paris-agreement-2015.md'), 'utf8');
const PARIS_JSON = JSON.parse(readFileSync(resolve(FIXTURES, 'treaties/paris-agreement-2015.json'), 'utf8'));

describe.each(testDatabases())('drafts on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, delegate: string, observer: string;
  let negotiationId: string;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    secretariat = await server.login('secretariat@demo.treaty.test');
    delegate = await server.login('delegate.aurelia@demo.treaty.test');
    observer = await server.login('observer@demo.treaty.test');
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
  });
  afterAll(() => stop?.());

  const drafts = async () => (await server.request('GET', `/api/negotiations/${negotiationId}/drafts?limit=100`, { token: secretariat })).body.items;

  it('imports the Paris Agreement and reads it back as structure, text intact', async () => {
    const created = await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
      token: secretariat,
      body: { source: { format: 'markdown', content: PARIS } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Paris Agreement', stage: 'issue-identification', warnings: [] });
    expect(created.body.myActions).toEqual(expect.arrayContaining(['text.edit', 'draft.transition']));

    const text = await server.request('GET', `/api/drafts/${created.body.id}/text`, { token: delegate });
    expect(text.status).toBe(200);
    expect(text.body.preamble.map((r: { text: string }) => r.text)).toEqual(PARIS_JSON.preamble);
    expect(text.body.articles).toHaveLength(29);
    expect(text.body.articles[1]).toMatchObject({ number: 2, status: 'open', clauseId: expect.any(String) });
    expect(`${text.body.articles[1].paragraphs[1].number}. ${text.body.articles[1].paragraphs[1].text}`).toBe(PARIS_JSON.articles[1].paragraphs[1]);
  });

  it('refuses what is not a treaty with the reason, and makes no draft', async () => {
    const before = (await drafts()).length;
    const reply = await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
      token: secretariat,
      body: { title: 'Minutes', source: { format: 'text', content: 'Dear colleagues, the meeting is moved to Tuesday.' } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([{ path: 'source.content', message: expect.stringContaining('no article found') }]);
    expect((await drafts()).length).toBe(before);
  });

  it('lets only the secretariat create drafts and move them, with a reason, and records the moves', async () => {
    expect((await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: delegate, body: { title: 'Mine' } })).status).toBe(403);
    const draft = (await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { title: 'Blank' } })).body;
    expect((await server.request('POST', `/api/drafts/${draft.id}/transitions`, { token: delegate, body: { to: 'stakeholder-engagement', reason: 'x' } })).status).toBe(403);
    expect((await server.request('POST', `/api/drafts/${draft.id}/transitions`, { token: secretariat, body: { to: 'stakeholder-engagement' } })).status).toBe(400);
    const moved = await server.request('POST', `/api/drafts/${draft.id}/transitions`, {
      token: secretariat,
      body: { to: 'stakeholder-engagement', reason: 'The issues are identified' },
    });
    expect(moved.status).toBe(201);
    expect(moved.body.stage).toBe('stakeholder-engagement');
    expect((await server.request('POST', `/api/drafts/${draft.id}/transitions`, { token: secretariat, body: { to: 'stakeholder-engagement', reason: 'again' } })).status).toBe(409);
    const history = await server.request('GET', `/api/drafts/${draft.id}/transitions`, { token: delegate });
    expect(history.body.items).toEqual([
      expect.objectContaining({
        from: 'issue-identification',
        to: 'stakeholder-engagement',
        reason: 'The issues are identified',
        actor: expect.objectContaining({ name: 'Amina Diallo' }),
      }),
    ]);
  });

  it('hides a draft from observers while its issues are identified, and the live text when only published revisions are open', async () => {
    const draft = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
        token: secretariat,
        body: { title: 'Early', source: { format: 'markdown', content: '### Article 1\n\n1. Text.' } },
      })
    ).body;
    expect((await server.request('GET', `/api/drafts/${draft.id}`, { token: observer })).status).toBe(404);
    await server.walkDraft(secretariat, draft.id, 'negotiation');
    expect((await server.request('GET', `/api/drafts/${draft.id}/text`, { token: observer })).status).toBe(200);
    const closed = await server.request('PATCH', `/api/drafts/${draft.id}`, { token: secretariat, body: { observerAccess: 'published' } });
    expect(closed.body.observerAccess).toBe('published');
    expect((await server.request('GET', `/api/drafts/${draft.id}`, { token: observer })).status).toBe(200);
    expect((await server.request('GET', `/api/drafts/${draft.id}/text`, { token: observer })).status).toBe(403);
  });
});
