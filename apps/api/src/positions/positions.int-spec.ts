import { randomUUID } from 'node:crypto';
import { EVERYONE } from '@treaty/domain';
import { DataSource } from 'typeorm';
import { CollabClient, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { DomainEvents, type LiveEvent } from '../events/domain-events';

const TREATY = `# Test Convention

## Preamble

Recognizing the risks of advanced systems,

### Article 1 — Objective

1. Parties shall cooperate on safety.

2. Parties shall share information.

### Article 2 — Finance

1. Developed countries shall provide finance.
`;

describe.each(testDatabases())('positions on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string, aureliaHead: string, borealis: string, caledonia: string, observer: string;
  let aureliaId: string, borealisId: string, caledoniaId: string, aureliaHeadUserId: string;
  let negotiationId: string, draftId: string;
  const live: LiveEvent[] = [];
  let article1: string, paragraph11: string, paragraph12: string, article2: string, paragraph21: string, recital: string;

  const post = (token: string, body: unknown) => server.request('POST', `/api/drafts/${draftId}/positions`, { token, body });
  const get = (token: string, query = '') => server.request('GET', `/api/drafts/${draftId}/positions${query}`, { token });
  const clause = (id: string) => ({ type: 'clause', id });

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    server.app.get(DomainEvents).on('live', (event) => live.push(event));
    const login = (who: string) => server.login(`${who}@demo.treaty.test`);
    [secretariat, aurelia, aureliaHead, borealis, caledonia, observer] = await Promise.all([
      login('secretariat'),
      login('delegate.aurelia'),
      login('head.aurelia'),
      login('delegate.borealis'),
      login('head.caledonia'),
      login('observer'),
    ]);
    aureliaHeadUserId = (await server.request('GET', '/api/me', { token: aureliaHead })).body.user.id;
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    const delegations = (await server.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token: secretariat })).body.items;
    const delegation = (name: string) => delegations.find((d: { name: string }) => d.name.includes(name)).id;
    [aureliaId, borealisId, caledoniaId] = [delegation('Aurelia'), delegation('Borealis'), delegation('Caledonia')];
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })
    ).body.id;
    await server.forceStage(draftId, 'negotiation');
    const text = (await server.request('GET', `/api/drafts/${draftId}/text`, { token: secretariat })).body;
    [article1, article2, recital] = [text.articles[0].clauseId, text.articles[1].clauseId, text.preamble[0].clauseId];
    [paragraph11, paragraph12, paragraph21] = [text.articles[0].paragraphs[0].clauseId, text.articles[0].paragraphs[1].clauseId, text.articles[1].paragraphs[0].clauseId];
  });
  afterAll(() => stop?.());

  it('a party member states their delegation’s position; the secretariat and observers state none, and nobody does while drafting', async () => {
    const recorded = await post(caledonia, { target: clause(recital), stance: 'support' });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ target: { type: 'clause', id: recital }, clauseId: recital, stance: 'support', text: null, delegation: { id: caledoniaId } });
    expect(recorded.body.delegation.name).toContain('Caledonia');
    expect(live).toContainEqual({ draftId, name: 'position.recorded', audience: EVERYONE, payload: recorded.body });

    expect((await post(secretariat, { target: clause(recital), stance: 'support' })).status).toBe(403);
    expect((await post(observer, { target: clause(recital), stance: 'objection' })).status).toBe(403);
    await server.forceStage(draftId, 'drafting');
    try {
      expect((await post(caledonia, { target: clause(recital), stance: 'objection' })).status).toBe(403);
    } finally {
      await server.forceStage(draftId, 'negotiation');
    }
    // Readers see it, observers included.
    expect((await get(observer, `?clauseId=${recital}`)).body.items).toEqual([expect.objectContaining({ id: recorded.body.id, stance: 'support' })]);
  });

  it('refuses malformed positions with 400 and targets not in the text with 404', async () => {
    expect((await post(aurelia, { target: clause(article1), stance: 'reservation' })).body.errors).toEqual([expect.objectContaining({ path: 'text' })]);
    expect((await post(aurelia, { target: clause(article1), stance: 'veto' })).status).toBe(400);
    expect((await post(aurelia, { target: { type: 'paragraph', id: article1 }, stance: 'support' })).status).toBe(400);
    expect((await post(aurelia, { target: clause('not-a-uuid'), stance: 'support' })).status).toBe(400);
    expect((await post(aurelia, { target: clause(article1), stance: 'support', delegationId: borealisId })).status).toBe(400);
    expect((await post(aurelia, { target: clause(article1), stance: 'reservation', text: 'x'.repeat(5001) })).status).toBe(400);
    for (const type of ['clause', 'bracket', 'alternative']) {
      const reply = await post(aurelia, { target: { type, id: randomUUID() }, stance: 'support' });
      expect(reply.status).toBe(404);
    }
    // A bracket id is no clause.
    expect((await post(aurelia, { target: { type: 'bracket', id: article1 }, stance: 'support' })).status).toBe(404);
  });

  it('a new position replaces the delegation’s current one, whichever member states it; the old one stays on record and in the audit', async () => {
    const first = await post(aurelia, { target: clause(paragraph12), stance: 'support' });
    expect(first.status).toBe(201);
    const second = await post(aureliaHead, { target: clause(paragraph12), stance: 'reservation', text: '  Subject to our constitutional procedures.  ' });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ stance: 'reservation', text: 'Subject to our constitutional procedures.', recordedBy: { id: aureliaHeadUserId }, delegation: { id: aureliaId } });

    const current = (await get(borealis, `?clauseId=${paragraph12}`)).body.items;
    expect(current).toEqual([expect.objectContaining({ id: second.body.id, stance: 'reservation' })]);
    const rows: { id: string; superseded_at: Date | null; replaces: string | null }[] = await server.app
      .get(DataSource)
      .query('SELECT id, superseded_at, replaces FROM positions WHERE target_id = $1 ORDER BY seq', [paragraph12]);
    expect(rows).toEqual([
      { id: first.body.id, superseded_at: expect.any(Date), replaces: null },
      { id: second.body.id, superseded_at: null, replaces: first.body.id },
    ]);

    const audit = (await server.request('GET', `/api/negotiations/${negotiationId}/audit?action=position.record`, { token: secretariat })).body.items;
    expect(audit).toContainEqual(
      expect.objectContaining({
        actorDelegationId: aureliaId,
        target: { type: 'clause', id: paragraph12 },
        before: { positionId: first.body.id, stance: 'support', text: null },
        after: expect.objectContaining({ positionId: second.body.id, stance: 'reservation', delegationId: aureliaId }),
      }),
    );
  });

  it('tallies each clause by delegation, positions on a bracket counting towards the paragraph holding it; lists filter by clause and page', async () => {
    // The server relays an update only once it holds it: when another editor sees the bracket, so does the API.
    const editor = new CollabClient(server.baseUrl, draftId, borealis);
    const watcher = new CollabClient(server.baseUrl, draftId, aurelia);
    const bracketId = randomUUID();
    try {
      await Promise.all([editor.synced(), watcher.synced()]);
      editor.bracket(1, 0, 'Developed countries shall '.length, 'provide'.length, { id: bracketId, proposers: [borealisId] });
      await waitFor(() => watcher.brackets(1, 0).length === 1, 'the bracket is in the text');
    } finally {
      editor.destroy();
      watcher.destroy();
    }
    expect((await post(aurelia, { target: { type: 'bracket', id: bracketId }, stance: 'objection' })).body).toMatchObject({ clauseId: paragraph21 });
    expect((await post(borealis, { target: clause(paragraph21), stance: 'support' })).status).toBe(201);
    expect((await post(caledonia, { target: clause(paragraph21), stance: 'support' })).status).toBe(201);
    expect((await post(borealis, { target: clause(article2), stance: 'support' })).status).toBe(201);

    const tally = (await get(observer, '/tally')).body.clauses;
    expect(tally.map((t: { clauseId: string }) => t.clauseId)).toEqual([recital, paragraph12, article2, paragraph21]);
    expect(tally).toContainEqual({ clauseId: paragraph21, support: [borealisId, caledoniaId], objection: [aureliaId], reservation: [] });
    expect(tally).toContainEqual({ clauseId: paragraph12, support: [], objection: [], reservation: [aureliaId] });

    const inArticle2 = (await get(observer, `/tally?clauseId=${article2}`)).body.clauses;
    expect(inArticle2.map((t: { clauseId: string }) => t.clauseId)).toEqual([article2, paragraph21]);
    expect((await get(observer, `/tally?clauseId=${paragraph11}`)).body).toEqual({ clauses: [] });

    const listed = (await get(observer, `?clauseId=${article2}`)).body.items;
    expect(listed).toHaveLength(4);
    expect(listed).toContainEqual(expect.objectContaining({ target: expect.objectContaining({ type: 'bracket' }), clauseId: paragraph21, stance: 'objection' }));
    const firstPage = await get(observer, `?clauseId=${article2}&limit=3`);
    expect(firstPage.body.items).toHaveLength(3);
    const secondPage = await get(observer, `?clauseId=${article2}&limit=3&cursor=${firstPage.body.nextCursor}`);
    expect(secondPage.body).toEqual({ items: [listed[3]], nextCursor: null });
    expect((await get(observer, '?clauseId=nope')).status).toBe(400);
  });
});
