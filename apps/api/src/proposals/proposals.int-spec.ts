import { randomUUID } from 'node:crypto';
import { EVERYONE } from '@treaty/domain';
import { DataSource } from 'typeorm';
import { CollabClient, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { DomainEvents, type LiveEvent } from '../events/domain-events';

const TREATY = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate on safety.

### Article 2 — Finance

1. Developed countries shall provide finance.

### Article 3 — Entry into force

1. This Convention shall enter into force upon ratification.
`;

describe.each(testDatabases())('amendment proposals on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string, borealis: string, observer: string;
  let aureliaId: string, secretariatUserId: string;
  let negotiationId: string, draftId: string;
  const live: LiveEvent[] = [];
  let paragraph11: string, article2: string, article3: string, paragraph31: string;

  const list = (token: string, query = '') => server.request('GET', `/api/drafts/${draftId}/proposals${query}`, { token });
  const accept = (token: string, id: string) => server.request('POST', `/api/drafts/${draftId}/proposals/${id}/accept`, { token });
  const reject = (token: string, id: string, body: unknown) => server.request('POST', `/api/drafts/${draftId}/proposals/${id}/reject`, { token, body });
  const table = (token: string, body: unknown) => server.request('POST', `/api/drafts/${draftId}/proposals`, { token, body });
  const text = async () => (await server.request('GET', `/api/drafts/${draftId}/text`, { token: secretariat })).body;
  const lastAuthor = async (): Promise<string | undefined> =>
    (await server.app.get(DataSource).query('SELECT user_id FROM draft_updates WHERE draft_id = $1 ORDER BY seq DESC LIMIT 1', [draftId]))[0]?.user_id;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    server.app.get(DomainEvents).on('live', (event) => live.push(event));
    const login = (who: string) => server.login(`${who}@demo.treaty.test`);
    [secretariat, aurelia, borealis, observer] = await Promise.all([login('secretariat'), login('delegate.aurelia'), login('delegate.borealis'), login('observer')]);
    secretariatUserId = (await server.request('GET', '/api/me', { token: secretariat })).body.user.id;
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    const delegations = (await server.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token: secretariat })).body.items;
    aureliaId = delegations.find((d: { name: string }) => d.name.includes('Aurelia')).id;
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })
    ).body.id;
    await server.forceStage(draftId, 'negotiation');
    const t = await text();
    [article2, article3] = [t.articles[1].clauseId, t.articles[2].clauseId];
    [paragraph11, paragraph31] = [t.articles[0].paragraphs[0].clauseId, t.articles[2].paragraphs[0].clauseId];
  });
  afterAll(() => stop?.());

  it('a delegation tables a proposal that readers see with its delegation and rationale; the secretariat and observers table none', async () => {
    const tabled = await table(aurelia, { clauseId: paragraph11, text: 'Parties shall cooperate closely on safety.', rationale: 'Stronger wording.' });
    expect(tabled.status).toBe(201);
    expect(tabled.body).toMatchObject({ clauseId: paragraph11, status: 'pending', rationale: 'Stronger wording.', delegation: { id: aureliaId }, decidedBy: null, reason: null });

    const seen = (await list(observer)).body;
    expect(seen.items).toEqual([expect.objectContaining({ id: tabled.body.id, rationale: 'Stronger wording.', delegation: expect.objectContaining({ name: expect.stringContaining('Aurelia') }) })]);
    expect((await table(observer, { clauseId: paragraph11, text: 'Observers write.' })).status).toBe(403);
    expect((await table(secretariat, { clauseId: paragraph11, text: 'The chair writes.' })).status).toBe(403);
    expect((await accept(aurelia, tabled.body.id)).status).toBe(403);

    await server.forceStage(draftId, 'adoption');
    try {
      expect((await table(aurelia, { clauseId: paragraph11, text: 'Too late.' })).status).toBe(403);
    } finally {
      await server.forceStage(draftId, 'negotiation');
    }
  });

  it('refuses malformed proposals with 400, unknown clauses and proposals with 404', async () => {
    expect((await table(aurelia, { clauseId: paragraph11 })).body.errors).toEqual([expect.objectContaining({ path: 'text' })]);
    expect((await table(aurelia, { clauseId: paragraph11, text: '   ' })).status).toBe(400);
    expect((await table(aurelia, { clauseId: paragraph11, text: 'x'.repeat(20_001) })).status).toBe(400);
    expect((await table(aurelia, { clauseId: paragraph11, text: 'Words.', status: 'accepted' })).status).toBe(400);
    expect((await table(aurelia, { clauseId: randomUUID(), text: 'Words.' })).status).toBe(404);
    expect((await accept(secretariat, randomUUID())).status).toBe(404);
    expect((await list(secretariat, '?status=maybe')).status).toBe(400);
  });

  it('accepting applies the text live to every open editor, as the secretariat member’s change, with its audit record; it is decided once', async () => {
    const tabled = (await table(borealis, { clauseId: article2, text: 'Developed countries shall provide finance.\n\nOther Parties are encouraged to contribute.' })).body;
    const editor = new CollabClient(server.baseUrl, draftId, aurelia);
    try {
      await editor.synced();
      const accepted = await accept(secretariat, tabled.id);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ id: tabled.id, status: 'accepted', decidedBy: { id: secretariatUserId }, decidedAt: expect.any(String) });
      await waitFor(() => editor.article(1).length === 3, 'the open editor receives the two paragraphs');
      expect(editor.paragraphText(1, 1)).toContain('>Other Parties are encouraged to contribute.<');
    } finally {
      editor.destroy();
    }
    const article = (await text()).articles[1];
    expect(article).toMatchObject({ clauseId: article2, title: 'Finance', paragraphs: [{ number: 1, text: 'Developed countries shall provide finance.' }, { number: 2, text: 'Other Parties are encouraged to contribute.' }] });
    expect(await lastAuthor()).toBe(secretariatUserId);
    const audit = (await server.request('GET', `/api/negotiations/${negotiationId}/audit?action=proposal.accept`, { token: secretariat })).body.items;
    expect(audit).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: secretariatUserId }),
        target: { type: 'proposal', id: tabled.id },
        before: { text: 'Developed countries shall provide finance.' },
        after: expect.objectContaining({ clauseId: article2, article: 2 }),
      }),
    ]);

    expect((await accept(secretariat, tabled.id)).status).toBe(409);
    expect((await reject(secretariat, tabled.id, { reason: 'Changed our mind.' })).status).toBe(409);
    // Every open page hears of it, once each, after the change is stored.
    expect(live.filter((e) => e.payload['id'] === tabled.id).map((e) => [e.name, e.audience, e.draftId, e.payload['status']])).toEqual([
      ['proposal.tabled', EVERYONE, draftId, 'pending'],
      ['proposal.accepted', EVERYONE, draftId, 'accepted'],
    ]);
    expect((await list(observer, `?status=accepted&clauseId=${article2}`)).body.items).toEqual([expect.objectContaining({ id: tabled.id })]);
  });

  it('rejecting needs a reason, which readers see; a rejected proposal leaves the text alone and is decided once', async () => {
    const tabled = (await table(aurelia, { clauseId: paragraph31, text: 'This Convention shall enter into force at once.' })).body;
    expect((await reject(secretariat, tabled.id, {})).status).toBe(400);
    expect((await reject(secretariat, tabled.id, { reason: ' ' })).status).toBe(400);
    const rejected = await reject(secretariat, tabled.id, { reason: 'Ratification is required.' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Ratification is required.', decidedBy: { id: secretariatUserId } });
    expect((await text()).articles[2].paragraphs[0].text).toBe('This Convention shall enter into force upon ratification.');
    expect((await accept(secretariat, tabled.id)).status).toBe(409);
    expect((await list(observer, '?status=rejected')).body.items).toEqual([expect.objectContaining({ id: tabled.id, reason: 'Ratification is required.' })]);
  });

  it('an agreed article is locked: no proposal is tabled on it, and one tabled before cannot be accepted until it is reopened', async () => {
    const pending = (await table(aurelia, { clauseId: paragraph31, text: 'This Convention shall enter into force after ten ratifications.' })).body;
    expect((await server.request('POST', `/api/drafts/${draftId}/clauses/${article3}/status`, { token: secretariat, body: { status: 'agreed' } })).status).toBe(200);

    const refused = await table(borealis, { clauseId: paragraph31, text: 'Anything.' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe('article 3 is agreed and locked');
    expect((await table(borealis, { clauseId: article3, text: 'Anything.' })).status).toBe(409);
    expect((await accept(secretariat, pending.id)).status).toBe(409);
    expect((await list(observer, `?clauseId=${paragraph31}&status=pending`)).body.items).toEqual([expect.objectContaining({ id: pending.id })]);

    expect((await server.request('POST', `/api/drafts/${draftId}/clauses/${article3}/status`, { token: secretariat, body: { status: 'open' } })).status).toBe(200);
    expect((await accept(secretariat, pending.id)).status).toBe(200);
    expect((await text()).articles[2].paragraphs[0]).toMatchObject({ clauseId: paragraph31, text: 'This Convention shall enter into force after ten ratifications.' });
  });

  it('pages the list in the order proposals were tabled', async () => {
    const all = (await list(observer)).body.items;
    expect(all).toHaveLength(4);
    const first = await list(observer, '?limit=3');
    expect(first.body.items).toEqual(all.slice(0, 3));
    expect((await list(observer, `?limit=3&cursor=${first.body.nextCursor}`)).body).toEqual({ items: all.slice(3), nextCursor: null });
  });
  it('in review, a proposal amends the adopted text: tabled on an agreed article, accepted without touching the text', async () => {
    expect((await server.request('POST', `/api/drafts/${draftId}/clauses/${article3}/status`, { token: secretariat, body: { status: 'agreed' } })).status).toBe(200);
    await server.forceStage(draftId, 'review');
    try {
      const before = (await text()).articles[2];
      const tabled = await table(aurelia, { clauseId: paragraph31, text: 'This Convention shall enter into force after twenty ratifications.', rationale: 'An amendment.' });
      expect(tabled.status).toBe(201);
      const accepted = await accept(secretariat, tabled.body.id);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted' });
      expect((await text()).articles[2]).toEqual(before);
    } finally {
      await server.forceStage(draftId, 'negotiation');
      await server.request('POST', `/api/drafts/${draftId}/clauses/${article3}/status`, { token: secretariat, body: { status: 'open' } });
    }
  });
});
