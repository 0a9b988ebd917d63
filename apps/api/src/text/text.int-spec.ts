import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';

const TREATY = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate on safety.

### Article 2 — Finance

1. Developed countries shall provide finance.
`;

const OBJECTIVE = 'Parties shall cooperate on safety.';

/** Whether any update a client received carries these words (as inserted text). */
const carries = (updates: Uint8Array[], words: string) =>
  updates.some((u) => Y.decodeUpdate(u).structs.some((s) => s instanceof Y.Item && s.content instanceof Y.ContentString && s.content.str.includes(words)));

describe.each(testDatabases())('negotiating the text on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string, borealis: string, observer: string;
  let aureliaId: string, borealisId: string, secretariatUserId: string;
  let draftId: string;
  let article1: string;
  const clients: CollabClient[] = [];

  const connect = async (token: string) => {
    const client = new CollabClient(server.baseUrl, draftId, token);
    clients.push(client);
    await client.synced();
    return client;
  };
  const post = (path: string, token: string, body: unknown) => server.request('POST', `/api/drafts/${draftId}${path}`, { token, body });
  const text = async () => (await server.request('GET', `/api/drafts/${draftId}/text`, { token: secretariat })).body;
  const storedLog = async (): Promise<{ user_id: string; update: Uint8Array }[]> =>
    server.app.get(DataSource).query('SELECT user_id, update FROM draft_updates WHERE draft_id = $1 ORDER BY seq', [draftId]);

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    const login = (who: string) => server.login(`${who}@demo.treaty.test`);
    [secretariat, aurelia, borealis, observer] = await Promise.all([login('secretariat'), login('delegate.aurelia'), login('delegate.borealis'), login('observer')]);
    const me = await server.request('GET', '/api/me', { token: secretariat });
    secretariatUserId = me.body.user.id;
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    const delegations = (await server.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token: secretariat })).body.items;
    aureliaId = delegations.find((d: { name: string }) => d.name.includes('Aurelia')).id;
    borealisId = delegations.find((d: { name: string }) => d.name.includes('Borealis')).id;
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })
    ).body.id;
    await server.forceStage(draftId, 'negotiation');
    article1 = (await text()).articles[0].clauseId;
  });
  afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
  afterAll(() => stop?.());

  it('a delegate brackets words; the other delegation sees the bracket with its proposer; the secretariat accepts it and every editor shows it at once', async () => {
    const a = await connect(aurelia);
    const b = await connect(borealis);
    const bracketId = randomUUID();
    a.bracket(0, 0, OBJECTIVE.indexOf('shall'), 'shall'.length, { id: bracketId, proposers: [aureliaId] });
    await waitFor(() => b.brackets(0, 0).length === 1, 'B sees the bracket');
    expect(b.brackets(0, 0)).toEqual([{ id: bracketId, proposers: [aureliaId] }]);
    b.bracket(0, 0, OBJECTIVE.indexOf('shall'), 'shall'.length, { id: bracketId, proposers: [aureliaId, borealisId] });
    await waitFor(() => a.brackets(0, 0)[0]?.proposers.length === 2, 'A sees B join');

    const dashboard = (await server.request('GET', `/api/drafts/${draftId}/brackets`, { token: observer })).body;
    expect(dashboard.totals).toEqual({ brackets: 1, alternatives: 0, articlesOpen: 1 });
    expect(dashboard.byProposer).toEqual([
      { delegationId: aureliaId, brackets: 1, options: 0 },
      { delegationId: borealisId, brackets: 1, options: 0 },
    ]);
    expect(dashboard.articles[0]).toMatchObject({ number: 1, brackets: [{ id: bracketId, proposers: [aureliaId, borealisId], text: 'shall' }] });

    const agreeTooSoon = await post(`/clauses/${article1}/status`, secretariat, { status: 'agreed' });
    expect(agreeTooSoon.status).toBe(409);
    expect(agreeTooSoon.body.detail).toContain('1 open bracket');

    expect((await post(`/brackets/${bracketId}/resolve`, aurelia, { action: 'accept' })).status).toBe(403);
    expect((await post(`/brackets/${bracketId}/resolve`, observer, { action: 'accept' })).status).toBe(403);
    expect((await post(`/brackets/${bracketId}/resolve`, secretariat, { action: 'keep' })).status).toBe(400);
    expect((await post(`/brackets/${randomUUID()}/resolve`, secretariat, { action: 'accept' })).status).toBe(404);

    const accepted = await post(`/brackets/${bracketId}/resolve`, secretariat, { action: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: bracketId, outcome: 'accepted', article: { clauseId: article1, number: 1 } });
    await waitFor(() => a.brackets(0, 0).length === 0 && b.brackets(0, 0).length === 0, 'both editors drop the bracket');
    expect(b.paragraphText(0, 0)).toContain(OBJECTIVE);
    expect((await text()).articles[0].paragraphs[0]).toMatchObject({ text: OBJECTIVE, brackets: [] });

    // The change is the secretariat member's: in the document's log and in the audit log.
    expect((await storedLog()).at(-1)?.user_id).toBe(secretariatUserId);
    const negotiationId = (await server.request('GET', `/api/drafts/${draftId}`, { token: secretariat })).body.negotiationId;
    const audit = (await server.request('GET', `/api/negotiations/${negotiationId}/audit?limit=100`, { token: secretariat })).body.items;
    const story = audit
      .filter((e: { target: { id: string } }) => e.target.id === bracketId)
      .map((e: { action: string; actorDelegationId: string | null; actor: { id: string } }) => [e.action, e.actorDelegationId ?? e.actor.id]);
    expect(story).toEqual([
      ['bracket.create', aureliaId],
      ['bracket.proposers', borealisId],
      ['bracket.resolve', secretariatUserId],
    ]);
  });

  it('dropping a bracket removes its words for everyone', async () => {
    const a = await connect(aurelia);
    const bracketId = randomUUID();
    const words = 'Developed countries shall provide finance.';
    a.bracket(1, 0, words.indexOf(' provide'), ' provide'.length, { id: bracketId, proposers: [aureliaId] });
    await waitFor(() => a.brackets(1, 0).length === 1, 'bracket made');
    await pause(100);
    expect((await post(`/brackets/${bracketId}/resolve`, secretariat, { action: 'drop' })).status).toBe(200);
    await waitFor(() => !a.paragraphText(1, 0).includes('provide'), 'the words go');
    expect((await text()).articles[1].paragraphs[0].text).toBe('Developed countries shall finance.');
  });

  it('refuses a bracket in another delegation’s name: undone for the sender, never seen by anyone else', async () => {
    const a = await connect(aurelia);
    const b = await connect(borealis);
    b.bracket(0, 0, 0, 'Parties'.length, { id: randomUUID(), proposers: [aureliaId] });
    await waitFor(() => b.brackets(0, 0).length === 0, 'the forged bracket is undone on the sender');
    await pause(200);
    expect(a.brackets(0, 0)).toEqual([]);
    expect((await server.request('GET', `/api/drafts/${draftId}/brackets`, { token: secretariat })).body.totals.brackets).toBe(0);
    // Joining a bracket as co-proposer is the delegation's own right.
    const own = randomUUID();
    b.bracket(0, 0, 0, 'Parties'.length, { id: own, proposers: [borealisId] });
    await waitFor(() => a.brackets(0, 0).length === 1, 'A sees B’s own bracket');
    b.bracket(0, 0, 0, 'Parties'.length, { id: own, proposers: [borealisId, aureliaId] });
    await pause(300);
    expect(a.brackets(0, 0)).toEqual([{ id: own, proposers: [borealisId] }]);
    a.bracket(0, 0, 0, 'Parties'.length, { id: own, proposers: [borealisId, aureliaId] });
    await waitFor(() => b.brackets(0, 0)[0]?.proposers.length === 2, 'B sees A join');
    expect((await post(`/brackets/${own}/resolve`, secretariat, { action: 'accept' })).status).toBe(200);

    // An id that is no UUID is the client's business: it is audited against the draft and breaks nothing.
    b.bracket(1, 0, 0, 'Developed'.length, { id: 'not a uuid', proposers: [borealisId] });
    await waitFor(() => a.brackets(1, 0).some((x) => x.id === 'not a uuid'), 'A sees the oddly named bracket');
    expect(b.closes).toEqual([]);
  });

  it('locks an agreed article on the websocket for everyone: the stored text is unchanged, no one else sees the change, the sender is brought back in step and keeps its other edits', async () => {
    const agreed = await post(`/clauses/${article1}/status`, secretariat, { status: 'agreed' });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({ clauseId: article1, number: 1, status: 'agreed', previous: 'open', locked: true });

    const a = await connect(aurelia);
    const seenByA: Uint8Array[] = [];
    a.doc.on('update', (u: Uint8Array) => seenByA.push(u));
    const raw = await connect(borealis);
    raw.type(0, 0, ' TAMPERED');
    raw.type(1, 0, ' Still open.');
    await waitFor(() => a.paragraphText(1, 0).includes('Still open.'), 'the edit to the open article lands');
    await waitFor(() => !raw.paragraphText(0, 0).includes('TAMPERED'), 'the sender is brought back in step');
    expect(raw.paragraphText(0, 0)).toBe(a.paragraphText(0, 0));
    expect(carries(seenByA, 'TAMPERED')).toBe(false);
    expect(a.paragraphText(0, 0)).not.toContain('TAMPERED');
    expect((await text()).articles[0].paragraphs[0].text).toBe(OBJECTIVE);
    expect(carries((await storedLog()).map((r) => new Uint8Array(r.update)), 'TAMPERED')).toBe(false);

    // Locked for the secretariat too, and the status is not the document's to change.
    const chair = await connect(secretariat);
    chair.type(0, 0, ' CHAIR');
    raw.article(0).setAttribute('status', 'open');
    await waitFor(() => !chair.paragraphText(0, 0).includes('CHAIR') && raw.article(0).getAttribute('status') === 'agreed', 'both undone');
    expect((await text()).articles[0]).toMatchObject({ status: 'agreed', paragraphs: [{ text: OBJECTIVE }] });
    expect(raw.closes).toEqual([]);

    // Reopened by the secretariat, it takes edits again.
    expect((await post(`/clauses/${article1}/status`, secretariat, { status: 'open' })).body).toMatchObject({ status: 'open', locked: false });
    raw.type(0, 0, ' Amended.');
    await waitFor(() => a.paragraphText(0, 0).includes('Amended.'), 'the reopened article takes the edit');
  });

  it('answers a status for a paragraph with 400 and for an unknown clause with 404; only the secretariat sets status', async () => {
    const paragraph = (await text()).articles[0].paragraphs[0].clauseId;
    expect((await post(`/clauses/${paragraph}/status`, secretariat, { status: 'agreed' })).status).toBe(400);
    expect((await post(`/clauses/${randomUUID()}/status`, secretariat, { status: 'agreed' })).status).toBe(404);
    expect((await post(`/clauses/${article1}/status`, aurelia, { status: 'agreed' })).status).toBe(403);
    expect((await post(`/clauses/${article1}/status`, secretariat, { status: 'closed' })).status).toBe(400);
  });
});
