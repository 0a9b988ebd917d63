import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { io } from 'socket.io-client';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { revisionHash } from './revision-issuer';

const TREATY = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate on safety.

2. Parties shall meet once a year.

### Article 2 — Finance

1. Developed countries shall provide finance.
`;

describe.each(testDatabases())('rounds and revisions on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string, observer: string;
  let draftId: string, negotiationId: string;
  const clients: CollabClient[] = [];

  const connect = async (token: string) => {
    const client = new CollabClient(server.baseUrl, draftId, token);
    clients.push(client);
    await client.synced();
    return client;
  };
  const call = (method: string, path: string, token: string, body?: unknown) => server.request(method, `/api/drafts/${draftId}${path}`, { token, body });
  const liveText = async () => (await call('GET', '/text', secretariat)).body;
  /** Until the server's live text shows an edit made through a collab client. */
  const untilLive = async (has: (text: any) => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!has(await liveText())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await pause(50);
    }
  };

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    const login = (who: string) => server.login(`${who}@demo.treaty.test`);
    [secretariat, aurelia, observer] = await Promise.all([login('secretariat'), login('delegate.aurelia'), login('observer')]);
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })
    ).body.id;
    await server.forceStage(draftId, 'drafting');
  });
  afterAll(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await stop?.();
  });

  it('issues the zero draft outside a round, secretariat only', async () => {
    expect((await call('POST', '/revisions', aurelia, {})).status).toBe(403);
    const zero = await call('POST', '/revisions', secretariat, {});
    expect(zero.status).toBe(201);
    expect(zero.body).toMatchObject({ number: 0, label: 'Zero draft', bracketCount: 0, optionCount: 0, roundId: null });
    expect(zero.body.symbol).toBe(`TW/${new Date().getUTCFullYear()}/${draftId.replace(/-/g, '').slice(0, 8).toUpperCase()}`);
    expect(zero.body.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('opens rounds for the secretariat only, one at a time; closing each issues Rev.1 and Rev.2 from the live text', async () => {
    expect((await call('POST', '/rounds', secretariat, { name: 'First session' })).status).toBe(403);
    await server.forceStage(draftId, 'negotiation');
    expect((await call('POST', '/rounds', aurelia, { name: 'First session' })).status).toBe(403);
    expect((await call('POST', '/rounds', secretariat, { name: '' })).status).toBe(400);
    expect((await call('POST', '/rounds', secretariat, { name: 'X', startsAt: '2026-12-02T09:00:00Z', endsAt: '2026-12-01T09:00:00Z' })).status).toBe(400);

    const first = await call('POST', '/rounds', secretariat, { name: 'First session', startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-05T18:00:00Z', venue: 'Geneva' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ name: 'First session', venue: 'Geneva', startsAt: '2026-12-01T09:00:00.000Z', closedAt: null, revisionNumber: null });
    const second = await call('POST', '/rounds', secretariat, { name: 'Too soon' });
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain('round-open');

    const a = await connect(aurelia);
    a.type(0, 0, ' They shall report.');
    await untilLive((t) => t.articles[0].paragraphs[0].text.endsWith('They shall report.'), 'the edit to be stored');
    const closed = await call('POST', `/rounds/${first.body.id}/close`, secretariat);
    expect(closed.status).toBe(200);
    expect(closed.body.revision).toMatchObject({ number: 1, label: 'Rev.1', roundId: first.body.id });
    expect(closed.body.revision.symbol).toMatch(/\/Rev\.1$/);
    expect(closed.body.round).toMatchObject({ revisionNumber: 1 });
    expect(closed.body.round.closedAt).not.toBeNull();
    expect((await call('POST', `/rounds/${first.body.id}/close`, secretariat)).status).toBe(409);
    expect((await call('POST', `/rounds/${randomUUID()}/close`, secretariat)).status).toBe(404);

    // Round two: a word inserted, a paragraph removed, an article added.
    const round2 = (await call('POST', '/rounds', secretariat, { name: 'Second session' })).body;
    const s = await connect(secretariat);
    s.doc.transact(() => {
      const text = s.article(0).get(1) as Y.XmlElement;
      (text.get(0) as Y.XmlText).insert('Parties shall '.length, 'closely ');
      s.article(0).delete(2, 1);
      const article = new Y.XmlElement('article');
      article.setAttribute('clauseId', randomUUID());
      article.setAttribute('status', 'open');
      const heading = new Y.XmlElement('articleHeading');
      heading.insert(0, [new Y.XmlText('Review')]);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.setAttribute('clauseId', randomUUID());
      paragraph.insert(0, [new Y.XmlText('The Conference shall review this Convention.')]);
      article.insert(0, [heading, paragraph]);
      s.fragment.insert(3, [article]);
    });
    await untilLive((t) => t.articles.length === 3 && t.articles[0].paragraphs.length === 1, 'the second round’s edits to be stored');
    const rev2 = await call('POST', `/rounds/${round2.id}/close`, secretariat);
    expect(rev2.body.revision).toMatchObject({ number: 2, label: 'Rev.2' });

    const rounds = (await call('GET', '/rounds', observer)).body.items;
    expect(rounds.map((r: any) => [r.name, r.revisionNumber])).toEqual([
      ['First session', 1],
      ['Second session', 2],
    ]);
  });

  it('lists the revisions and serves each one’s text with its metadata', async () => {
    const list = await call('GET', '/revisions', aurelia);
    expect(list.status).toBe(200);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items.map((r: any) => [r.number, r.label])).toEqual([
      [0, 'Zero draft'],
      [1, 'Rev.1'],
      [2, 'Rev.2'],
    ]);
    expect(list.body.items[0].text).toBeUndefined();
    const paged = await call('GET', '/revisions?limit=2', aurelia);
    expect(paged.body.items).toHaveLength(2);
    expect((await call('GET', `/revisions?limit=2&cursor=${paged.body.nextCursor}`, aurelia)).body.items.map((r: any) => r.number)).toEqual([2]);

    const rev1 = await call('GET', '/revisions/1', aurelia);
    expect(rev1.status).toBe(200);
    expect(rev1.body).toMatchObject({ number: 1, label: 'Rev.1', sha256: list.body.items[1].sha256 });
    expect(rev1.body.text.articles[0].paragraphs.map((p: any) => p.text)).toEqual(['Parties shall cooperate on safety. They shall report.', 'Parties shall meet once a year.']);
    expect((await call('GET', '/revisions/7', aurelia)).status).toBe(404);
    expect((await call('GET', '/revisions/one', aurelia)).status).toBe(400);
  });

  it('keeps an issued revision as it was: same hash on every read, recomputable from its text, untouched by later edits and refused by the database', async () => {
    const before = (await call('GET', '/revisions/2', secretariat)).body;
    expect(revisionHash(before.text)).toBe(before.sha256);
    const a = await connect(aurelia);
    a.type(1, 0, ' Later words.');
    await untilLive((t) => t.articles[1].paragraphs[0].text.endsWith('Later words.'), 'the later edit');
    const after = (await call('GET', '/revisions/2', secretariat)).body;
    expect(after).toEqual(before);

    const database = server.app.get(DataSource);
    await expect(database.query(`UPDATE revisions SET label = 'Forged' WHERE draft_id = $1`, [draftId])).rejects.toThrow(/immutable/);
    await expect(database.query(`DELETE FROM revisions WHERE draft_id = $1`, [draftId])).rejects.toThrow(/immutable/);
    expect((await call('GET', '/revisions/2', secretariat)).body.label).toBe('Rev.2');
  });

  it('compares Rev.1 with Rev.2 clause by clause, word by word inside a changed paragraph', async () => {
    const diff = await call('GET', '/revisions/1/diff/2', observer);
    expect(diff.status).toBe(200);
    expect(diff.body.from.number).toBe(1);
    expect(diff.body.to.number).toBe(2);
    const changed = diff.body.clauses.filter((c: any) => c.change === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ kind: 'paragraph', after: { label: 'Article 1(1)' } });
    expect(changed[0].parts.filter((p: any) => p.op === 'insert').map((p: any) => p.text.trim())).toEqual(['closely']);
    expect(diff.body.clauses.filter((c: any) => c.change === 'removed').map((c: any) => [c.kind, c.before.text])).toEqual([
      ['paragraph', 'Parties shall meet once a year.'],
    ]);
    expect(diff.body.clauses.filter((c: any) => c.change === 'added').map((c: any) => [c.kind, c.after.label, c.after.text])).toEqual([
      ['article', 'Article 3', 'Review'],
      ['paragraph', 'Article 3(1)', 'The Conference shall review this Convention.'],
    ]);
    expect((await call('GET', '/revisions/1/diff/9', observer)).status).toBe(404);
  });

  it('lets observers of a draft published only through its revisions read them, but not the live text', async () => {
    expect((await call('PATCH', '', secretariat, { observerAccess: 'published' })).status).toBe(200);
    expect((await call('GET', '/text', observer)).status).toBe(403);
    expect((await call('GET', '/revisions', observer)).status).toBe(200);
    expect((await call('GET', '/revisions/2', observer)).body.text.articles).toHaveLength(3);
    expect((await call('GET', '/revisions/0/diff/2', observer)).status).toBe(200);
    expect((await call('POST', '/revisions', observer, {})).status).toBe(403);
  });

  it('tells the observers of a published-only draft of rounds and revisions as they happen', async () => {
    const socket = io(server.baseUrl, { auth: { token: observer }, transports: ['websocket'], reconnection: false });
    const heard: string[] = [];
    socket.onAny((name: string) => heard.push(name));
    try {
      expect(await socket.timeout(5000).emitWithAck('join', { draftId })).toEqual({ ok: true });
      const round = (await call('POST', '/rounds', secretariat, { name: 'Resumed session' })).body;
      await call('POST', `/rounds/${round.id}/close`, secretariat);
      await waitFor(() => heard.includes('revision.issued'), 'the revision event');
      expect(heard).toEqual(['round.opened', 'round.closed', 'revision.issued']);
    } finally {
      socket.close();
    }
  });

  it('records rounds and revisions in the audit log', async () => {
    const audit = (await server.request('GET', `/api/negotiations/${negotiationId}/audit?limit=100`, { token: secretariat })).body.items;
    const actions = audit.map((e: any) => e.action).filter((a: string) => /^(round|revision)\./.test(a));
    expect(actions.sort()).toEqual(['revision.issue', 'revision.issue', 'revision.issue', 'revision.issue', 'round.close', 'round.close', 'round.close', 'round.open', 'round.open', 'round.open']);
  });
});
