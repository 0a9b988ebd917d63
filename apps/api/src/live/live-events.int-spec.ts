import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { DomainEvents } from '../events/domain-events';

const TREATY = `### Article 1 — Objective

1. Parties shall cooperate on safety.
`;

/** A socket.io client as a page opens it, recording every event it receives. */
class EventClient {
  readonly socket: Socket;
  readonly received: { name: string; payload: Record<string, unknown> }[] = [];

  constructor(baseUrl: string, token: string) {
    this.socket = io(baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
    this.socket.onAny((name: string, payload: Record<string, unknown>) => this.received.push({ name, payload }));
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  join(draftId: unknown): Promise<{ ok?: true; error?: { code: string } }> {
    return this.socket.timeout(5000).emitWithAck('join', { draftId });
  }

  names(): string[] {
    return this.received.map((r) => r.name);
  }

  close(): void {
    this.socket.close();
  }
}

describe.each(testDatabases())('live events over socket.io on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  const tokens: Record<string, string> = {};
  let aureliaId: string;
  let draftId: string;
  const open: { close(): void }[] = [];

  const client = async (who: string) => {
    const c = new EventClient(server.baseUrl, tokens[who] ?? '');
    open.push(c);
    await c.connected();
    return c;
  };

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    for (const who of ['secretariat', 'delegate.aurelia', 'delegate.borealis', 'observer']) tokens[who] = await server.login(`${who}@demo.treaty.test`);
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: tokens['secretariat'] })).body.items[0].id;
    const delegations = (await server.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token: tokens['secretariat'] })).body.items;
    aureliaId = delegations.find((d: { name: string }) => d.name.includes('Aurelia')).id;
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
        token: tokens['secretariat'],
        body: { title: 'Live', source: { format: 'markdown', content: TREATY } },
      })
    ).body.id;
    await server.forceStage(draftId, 'negotiation');
  });
  afterEach(() => open.splice(0).forEach((c) => c.close()));
  afterAll(() => stop?.());

  it('refuses a socket without a valid token, and joins only drafts the person may see', async () => {
    const stranger = new EventClient(server.baseUrl, 'not-a-token');
    open.push(stranger);
    await expect(stranger.connected()).rejects.toThrow('unauthenticated');

    const delegate = await client('delegate.aurelia');
    expect(await delegate.join('nope')).toEqual({ error: { code: 'invalid', message: expect.any(String) } });
    expect(await delegate.join(randomUUID())).toEqual({ error: { code: 'not-found' } });
    expect(await delegate.join(draftId)).toEqual({ ok: true });
  });

  it('tells every page that sees the draft about a resolution and a status, at once', async () => {
    const pages = await Promise.all(['delegate.aurelia', 'delegate.borealis', 'observer', 'secretariat'].map(client));
    for (const page of pages) expect(await page.join(draftId)).toEqual({ ok: true });

    const editor = new CollabClient(server.baseUrl, draftId, tokens['delegate.aurelia'] ?? '');
    open.push({ close: () => editor.destroy() });
    await editor.synced();
    const bracketId = randomUUID();
    editor.bracket(0, 0, 'Parties '.length, 'shall'.length, { id: bracketId, proposers: [aureliaId] });
    await waitFor(() => editor.brackets(0, 0).length === 1, 'bracket made');
    await pause(100);
    const resolve = await server.request('POST', `/api/drafts/${draftId}/brackets/${bracketId}/resolve`, { token: tokens['secretariat'], body: { action: 'accept' } });
    expect(resolve.status).toBe(200);
    await waitFor(() => pages.every((p) => p.names().includes('bracket.resolved')), 'every page hears of the resolution');
    expect(pages[2]?.received.find((r) => r.name === 'bracket.resolved')?.payload).toMatchObject({ bracketId, action: 'accept', article: { number: 1 } });

    const clauseId = (await server.request('GET', `/api/drafts/${draftId}/text`, { token: tokens['secretariat'] })).body.articles[0].clauseId;
    const agreed = await server.request('POST', `/api/drafts/${draftId}/clauses/${clauseId}/status`, { token: tokens['secretariat'], body: { status: 'agreed' } });
    expect(agreed.status).toBe(200);
    await waitFor(() => pages.every((p) => p.names().includes('clause.status')), 'every page hears of the status');
    expect(pages[1]?.received.find((r) => r.name === 'clause.status')?.payload).toEqual({ clauseId, number: 1, status: 'agreed', previous: 'open' });
  });

  it('tells only its author why a change was refused (the article is agreed since the test before)', async () => {
    const [aurelia, borealis] = await Promise.all([client('delegate.aurelia'), client('delegate.borealis')]);
    await aurelia.join(draftId);
    await borealis.join(draftId);
    const editor = new CollabClient(server.baseUrl, draftId, tokens['delegate.aurelia'] ?? '');
    open.push({ close: () => editor.destroy() });
    await editor.synced();
    editor.type(0, 0, ' not agreed words');
    await waitFor(() => aurelia.names().includes('edit.refused'), 'the author hears of the refusal');
    expect(aurelia.received.find((r) => r.name === 'edit.refused')?.payload).toEqual({ reason: 'Article 1 is agreed and locked' });
    await pause(200);
    expect(borealis.names()).not.toContain('edit.refused');
  });

  it('delivers an event only within its audience: a delegation’s own reaches no one else', async () => {
    const [aurelia, borealis, observer, secretariat] = await Promise.all(['delegate.aurelia', 'delegate.borealis', 'observer', 'secretariat'].map(client));
    for (const page of [aurelia, borealis, observer, secretariat]) await page!.join(draftId);
    const events = server.app.get(DomainEvents);
    events.emit('live', { draftId, name: 'comment.added', audience: { visibility: 'delegation', delegationId: aureliaId }, payload: { secret: 'ours' } });
    events.emit('live', { draftId, name: 'comment.added', audience: { visibility: 'parties', delegationId: aureliaId }, payload: { secret: 'parties' } });
    events.emit('live', { draftId, name: 'comment.added', audience: { visibility: 'secretariat', delegationId: aureliaId }, payload: { secret: 'chair' } });
    await waitFor(() => aurelia!.received.length === 3, 'Aurelia hears all three');
    await pause(200);
    const secrets = (c: EventClient) => c.received.map((r) => r.payload['secret']);
    expect(secrets(aurelia!)).toEqual(['ours', 'parties', 'chair']);
    expect(secrets(borealis!)).toEqual(['parties']);
    expect(secrets(secretariat!)).toEqual(['parties', 'chair']);
    expect(secrets(observer!)).toEqual([]);
  });

  it('announces a stage move, and a page that may no longer see the draft stops hearing of it', async () => {
    const [observer, delegate] = await Promise.all([client('observer'), client('delegate.aurelia')]);
    await observer.join(draftId);
    await delegate.join(draftId);
    const move = (to: string) =>
      server.request('POST', `/api/drafts/${draftId}/transitions`, { token: tokens['secretariat'], body: { to, reason: 'the chair asks for more informal work' } });
    expect((await move('drafting')).status).toBe(201);
    await waitFor(() => observer.names().includes('stage.changed') && delegate.names().includes('stage.changed'), 'both hear the move');
    expect(delegate.received[0]?.payload).toMatchObject({ from: 'negotiation', to: 'drafting' });
    expect((await move('stakeholder-engagement')).status).toBe(201);
    expect((await move('issue-identification')).status).toBe(201);
    // In issue identification observers see nothing of the draft: they hear no more of it.
    await waitFor(() => delegate.received.length === 3, 'the delegate hears every move');
    await pause(200);
    expect(observer.received.map((r) => r.payload['to'])).toEqual(['drafting', 'stakeholder-engagement']);
    expect(await observer.join(draftId)).toEqual({ error: { code: 'not-found' } });
  });

  it('keeps events about the live text from observers who read only published revisions', async () => {
    const token = tokens['secretariat'];
    await server.request('PATCH', `/api/drafts/${draftId}`, { token, body: { observerAccess: 'published' } });
    await server.forceStage(draftId, 'negotiation');
    const [observer, delegate] = await Promise.all([client('observer'), client('delegate.aurelia')]);
    expect(await observer.join(draftId)).toEqual({ ok: true });
    await delegate.join(draftId);
    const events = server.app.get(DomainEvents);
    events.emit('live', { draftId, name: 'proposal.tabled', audience: { visibility: 'public', delegationId: null }, payload: { text: 'live words' } });
    events.emit('live', { draftId, name: 'stage.changed', audience: { visibility: 'public', delegationId: null }, requires: 'revision.read', payload: { to: 'x' } });
    await waitFor(() => delegate.received.length === 2 && observer.received.length === 1, 'the events arrive');
    await pause(200);
    expect(observer.names()).toEqual(['stage.changed']);
  });
});
