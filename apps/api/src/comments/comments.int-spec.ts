import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { COMMENT_READERS, VIEWERS, type Viewer } from '../../test/comment-audiences';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { DomainEvents, type LiveEvent } from '../events/domain-events';

const TREATY = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate on safety.

### Article 2 — Finance

1. Developed countries shall provide finance.
`;

const OBJECTIVE = 'Parties shall cooperate on safety.';
const COOPERATE = { start: OBJECTIVE.indexOf('cooperate'), end: OBJECTIVE.indexOf('cooperate') + 'cooperate'.length };


const MATRIX = COMMENT_READERS;

describe.each(testDatabases())('comments and their confidentiality on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  const tokens = {} as Record<Viewer, string>;
  let negotiationId: string, aureliaId: string;
  const events: LiveEvent[] = [];
  const clients: CollabClient[] = [];

  const newDraft = async () => {
    const created = await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
      token: tokens.secretariat,
      body: { source: { format: 'markdown', content: TREATY } },
    });
    await server.forceStage(created.body.id, 'negotiation');
    const text = (await server.request('GET', `/api/drafts/${created.body.id}/text`, { token: tokens.secretariat })).body;
    return { id: created.body.id as string, objective: text.articles[0].paragraphs[0].clauseId as string, article2: text.articles[1].clauseId as string };
  };
  const comments = (draftId: string) => ({
    post: (who: Viewer, body: unknown) => server.request('POST', `/api/drafts/${draftId}/comments`, { token: tokens[who], body }),
    get: (who: Viewer, id: string) => server.request('GET', `/api/drafts/${draftId}/comments/${id}`, { token: tokens[who] }),
    list: (who: Viewer, query = '') => server.request('GET', `/api/drafts/${draftId}/comments${query}`, { token: tokens[who] }),
    act: (who: Viewer, id: string, action: 'resolve' | 'reopen') => server.request('POST', `/api/drafts/${draftId}/comments/${id}/${action}`, { token: tokens[who] }),
  });
  const listedIds = async (draftId: string, who: Viewer): Promise<string[]> => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      // One thread a page: the audience condition must hold across pages too.
      const page = await comments(draftId).list(who, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      ids.push(...page.body.items.map((t: { id: string }) => t.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    return ids;
  };

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    const emails: Record<Viewer, string> = {
      secretariat: 'secretariat',
      head: 'head.aurelia',
      aurelia: 'delegate.aurelia',
      borealis: 'delegate.borealis',
      observer: 'observer',
    };
    for (const who of VIEWERS) tokens[who] = await server.login(`${emails[who]}@demo.treaty.test`);
    negotiationId = (await server.request('GET', '/api/negotiations', { token: tokens.secretariat })).body.items[0].id;
    const delegations = (await server.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token: tokens.secretariat })).body.items;
    aureliaId = delegations.find((d: { name: string }) => d.name.includes('Aurelia')).id;
    server.app.get(DomainEvents).on('live', (event) => events.push(event));
  });
  afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
  afterAll(() => stop?.());

  it('shows each thread to exactly its audience, in the list (page by page) and by id, and is 404 to everyone else', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    const written: { id: string; readers: Viewer[] }[] = [];
    for (const [author, visibility, readers] of MATRIX) {
      const reply = await api.post(author, { clauseId: draft.objective, visibility, body: `${author} writes ${visibility}` });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ visibility, status: 'open', parentId: null, replies: [], range: null });
      written.push({ id: reply.body.id, readers });
    }
    for (const viewer of VIEWERS) {
      const expected = written.filter((w) => w.readers.includes(viewer)).map((w) => w.id);
      expect({ viewer, listed: await listedIds(draft.id, viewer) }).toEqual({ viewer, listed: expected });
      for (const { id, readers } of written) {
        const byId = await api.get(viewer, id);
        expect({ viewer, id, status: byId.status }).toEqual({ viewer, id, status: readers.includes(viewer) ? 200 : 404 });
      }
    }
    // Not visible and not there answer alike.
    const hidden = await api.get('borealis', written[2]?.id ?? '');
    const missing = await api.get('borealis', randomUUID());
    expect(hidden.body).toEqual(missing.body);
    // The platform admin sets negotiations up but is no member of this one: no comments at all.
    const admin = await server.login('admin@demo.treaty.test');
    expect((await server.request('GET', `/api/drafts/${draft.id}/comments`, { token: admin })).status).toBe(404);
    expect((await server.request('GET', `/api/drafts/${draft.id}/comments/${written[0]?.id ?? ''}`, { token: admin })).status).toBe(404);
  });

  it('keeps a delegation’s comment from Borealis, the observer and the secretariat: not listed, 404 by id, not in the audit log, not in the shared document', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    const secret = `Aurelia will concede Article 1 ${randomUUID()}`;
    const posted = await api.post('aurelia', { clauseId: draft.objective, range: COOPERATE, visibility: 'delegation', body: secret });
    expect(posted.status).toBe(201);
    expect(posted.body.range).toEqual({ ...COOPERATE, quote: 'cooperate' });
    expect((await api.get('head', posted.body.id)).body.body).toBe(secret);

    for (const outsider of ['borealis', 'observer', 'secretariat'] as const) {
      expect((await api.list(outsider)).body.items).toEqual([]);
      expect((await api.list(outsider, `?clauseId=${draft.objective}`)).body.items).toEqual([]);
      expect((await api.get(outsider, posted.body.id)).status).toBe(404);
      // Nor can they reach it by replying to it or resolving it.
      expect((await api.post(outsider, { parentId: posted.body.id, body: 'me too' })).status).toBe(404);
      expect((await api.act(outsider, posted.body.id, 'resolve')).status).toBe(404);
    }

    const audit = await server.request('GET', `/api/negotiations/${negotiationId}/audit?action=comment.add`, { token: tokens.secretariat });
    expect(audit.status).toBe(200);
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ target: { type: 'comment', id: posted.body.id }, after: { visibility: 'delegation', clauseId: draft.objective, parentId: null, ranged: true } }),
    );
    expect(JSON.stringify(audit.body)).not.toContain(secret);

    const chair = new CollabClient(server.baseUrl, draft.id, tokens.secretariat);
    clients.push(chair);
    await chair.synced();
    expect(Buffer.from(Y.encodeStateAsUpdate(chair.doc)).includes(secret)).toBe(false);
    expect(chair.paragraphText(0, 0)).toContain(OBJECTIVE);
    const stored: { update: Uint8Array }[] = await server.app.get(DataSource).query('SELECT update FROM draft_updates WHERE draft_id = $1', [draft.id]);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((row) => Buffer.from(row.update).includes(secret))).toBe(false);
  });

  it('lets observers comment publicly only', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    for (const visibility of ['parties', 'delegation', 'secretariat']) {
      expect((await api.post('observer', { clauseId: draft.objective, visibility, body: 'a view' })).status).toBe(403);
    }
    expect((await api.post('observer', { clauseId: draft.objective, visibility: 'public', body: 'a view' })).status).toBe(201);
  });

  it('answers a reply within its thread’s audience: it keeps the thread’s visibility and clause, and cannot widen it', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    const note = (await api.post('aurelia', { clauseId: draft.objective, visibility: 'secretariat', body: 'A note to the chair' })).body;
    const answer = await api.post('secretariat', { parentId: note.id, body: 'Noted.' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ parentId: note.id, clauseId: draft.objective, visibility: 'secretariat', delegationId: null });
    expect((await api.get('head', note.id)).body.replies).toEqual([expect.objectContaining({ id: answer.body.id, body: 'Noted.' })]);
    // Asked by the reply's id, the whole thread; still not Borealis'.
    expect((await api.get('aurelia', answer.body.id)).body).toMatchObject({ id: note.id, replies: [{ id: answer.body.id }] });
    expect((await api.get('borealis', answer.body.id)).status).toBe(404);

    expect((await api.post('aurelia', { parentId: note.id, visibility: 'public', body: 'Everyone, look' })).status).toBe(400);
    expect((await api.post('aurelia', { parentId: note.id, clauseId: draft.article2, body: 'Elsewhere' })).status).toBe(400);
    expect((await api.post('aurelia', { parentId: answer.body.id, body: 'Nested' })).status).toBe(400);
    expect((await api.post('observer', { parentId: note.id, body: 'Let me in' })).status).toBe(404);
    expect((await api.post('aurelia', { parentId: randomUUID(), body: 'Nothing there' })).status).toBe(404);

    const open = (await api.post('borealis', { clauseId: draft.objective, visibility: 'public', body: 'Open to all' })).body;
    expect((await api.post('observer', { parentId: open.id, body: 'Agreed' })).status).toBe(201);
    const parties = (await api.post('borealis', { clauseId: draft.objective, visibility: 'parties', body: 'Parties only' })).body;
    expect((await api.post('observer', { parentId: parties.id, body: 'And us?' })).status).toBe(404);
  });

  it('keeps an anchored range on its words while others type before it', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    const thread = (await api.post('aurelia', { clauseId: draft.objective, range: COOPERATE, visibility: 'parties', body: 'Stronger verb?' })).body;
    const typist = new CollabClient(server.baseUrl, draft.id, tokens.borealis);
    clients.push(typist);
    await typist.synced();
    const words = (typist.article(0).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    words.insert(0, 'All ');
    words.insert(COOPERATE.end + 4, ' fully');
    const shifted = { start: COOPERATE.start + 4, end: COOPERATE.end + 4, quote: 'cooperate' };
    // The typist's update reaches the server on its own time: ask until it has.
    let range: unknown = null;
    for (let tries = 0; tries < 100 && JSON.stringify(range) !== JSON.stringify(shifted); tries++) {
      await pause(50);
      range = (await api.get('secretariat', thread.id)).body.range;
    }
    expect(range).toEqual(shifted);
    expect((await api.list('borealis')).body.items[0].range).toEqual(shifted);

    // A range the client anchored on its own copy is checked against the live text and kept as sent.
    const from = Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(words, 0))).toString('base64');
    const to = Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(words, 3, -1))).toString('base64');
    await waitFor(() => typist.provider.synced, 'typist in step');
    const own = await api.post('borealis', { clauseId: draft.objective, range: { from, to }, visibility: 'public', body: 'All?' });
    expect(own.status).toBe(201);
    expect(own.body.range).toEqual({ start: 0, end: 3, quote: 'All' });
    expect((await api.post('borealis', { clauseId: draft.article2, range: { from, to }, visibility: 'public', body: 'Wrong clause' })).status).toBe(400);
  });

  it('lets the author or the secretariat resolve and reopen a thread; others who see it get 403', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    const thread = (await api.post('aurelia', { clauseId: draft.objective, visibility: 'public', body: 'Is this settled?' })).body;
    expect((await api.act('borealis', thread.id, 'resolve')).status).toBe(403);
    expect((await api.act('observer', thread.id, 'resolve')).status).toBe(403);
    expect((await api.act('head', thread.id, 'resolve')).status).toBe(403);
    const resolved = await api.act('secretariat', thread.id, 'resolve');
    expect(resolved.status).toBe(200);
    expect(resolved.body.status).toBe('resolved');
    expect((await api.act('secretariat', thread.id, 'resolve')).status).toBe(409);
    expect((await api.list('borealis', '?status=resolved')).body.items.map((t: { id: string }) => t.id)).toEqual([thread.id]);
    expect((await api.list('borealis', '?status=open')).body.items).toEqual([]);
    expect((await api.act('aurelia', thread.id, 'reopen')).body.status).toBe('open');

    const reply = (await api.post('borealis', { parentId: thread.id, body: 'Not yet' })).body;
    expect((await api.act('borealis', reply.id, 'resolve')).status).toBe(400);
    const own = (await api.post('aurelia', { clauseId: draft.objective, visibility: 'delegation', body: 'Ours' })).body;
    expect((await api.act('secretariat', own.id, 'resolve')).status).toBe(404);
    expect((await api.act('aurelia', own.id, 'resolve')).status).toBe(200);
  });

  it('refuses invalid comments with 400 and an unknown clause or comment with 404', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    const valid = { clauseId: draft.objective, visibility: 'parties', body: 'Fine' };
    const invalid: unknown[] = [
      { ...valid, body: '' },
      { ...valid, body: 'x'.repeat(5001) },
      { ...valid, visibility: 'everyone' },
      { ...valid, colour: 'red' },
      { body: 'Where?', visibility: 'public' },
      { clauseId: draft.objective, body: 'Who for?' },
      { ...valid, range: { start: 5, end: 2 } },
      { ...valid, range: { start: 0, end: OBJECTIVE.length + 1 } },
      { ...valid, range: { start: -1, end: 2 } },
      { ...valid, range: { from: 'not base64!', to: 'AA==' } },
      { ...valid, parentId: 'not-a-uuid' },
    ];
    for (const body of invalid) expect({ body, status: (await api.post('aurelia', body)).status }).toEqual({ body, status: 400 });
    expect((await api.post('aurelia', { ...valid, clauseId: randomUUID() })).status).toBe(404);
    expect((await api.post('aurelia', { ...valid, clauseId: randomUUID(), range: { start: 0, end: 1 } })).status).toBe(404);
    expect((await api.get('aurelia', 'not-a-uuid')).status).toBe(404);
    expect((await api.list('aurelia', '?status=closed')).status).toBe(400);
    expect((await api.list('aurelia', '?sort=body')).status).toBe(400);
    // A comment of another draft is not this draft's.
    const other = await newDraft();
    const elsewhere = (await comments(other.id).post('aurelia', { clauseId: other.objective, visibility: 'public', body: 'Other' })).body;
    expect((await api.get('aurelia', elsewhere.id)).status).toBe(404);
  });

  it('emits each live event with the comment’s own audience, after it is stored', async () => {
    const draft = await newDraft();
    const api = comments(draft.id);
    events.splice(0);
    const own = (await api.post('aurelia', { clauseId: draft.objective, visibility: 'delegation', body: 'Ours alone' })).body;
    const chair = (await api.post('secretariat', { clauseId: draft.objective, visibility: 'parties', body: 'For the parties' })).body;
    await api.post('head', { parentId: own.id, body: 'Agreed, internally' });
    await api.act('aurelia', own.id, 'resolve');
    await api.act('aurelia', own.id, 'reopen');
    const delegation = { visibility: 'delegation', delegationId: aureliaId };
    expect(events.map((e) => ({ draftId: e.draftId, name: e.name, audience: e.audience }))).toEqual([
      { draftId: draft.id, name: 'comment.added', audience: delegation },
      { draftId: draft.id, name: 'comment.added', audience: { visibility: 'parties', delegationId: null } },
      { draftId: draft.id, name: 'comment.added', audience: delegation },
      { draftId: draft.id, name: 'comment.resolved', audience: delegation },
      { draftId: draft.id, name: 'comment.reopened', audience: delegation },
    ]);
    expect(events[0]?.payload).toMatchObject({ comment: { id: own.id, body: 'Ours alone' } });
    expect(events[1]?.payload).toMatchObject({ comment: { id: chair.id } });
    expect(events[3]?.payload).toEqual({ id: own.id, clauseId: draft.objective, status: 'resolved' });
  });
});
