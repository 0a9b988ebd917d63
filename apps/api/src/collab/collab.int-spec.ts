import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';

const FIXTURES = resolve(__dirname, '../../../../fixtures');
const PARIS = readFileSync(resolve(FIXTURES, 'treaties/paris-agreement-2015.md'), 'utf8');

describe.each(testDatabases())('the collab endpoint on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string, borealis: string, observer: string;
  let draftId: string;
  const clients: CollabClient[] = [];
  const client = (token: string) => {
    const c = new CollabClient(server.baseUrl, draftId, token);
    clients.push(c);
    return c;
  };
  const text = async () => (await server.request('GET', `/api/drafts/${draftId}/text`, { token: secretariat })).body;
  const moveTo = (to: string) => server.request('POST', `/api/drafts/${draftId}/transitions`, { token: secretariat, body: { to, reason: `to ${to}` } });

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    secretariat = await server.login('secretariat@demo.treaty.test');
    aurelia = await server.login('delegate.aurelia@demo.treaty.test');
    borealis = await server.login('head.borealis@demo.treaty.test');
    observer = await server.login('observer@demo.treaty.test');
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: PARIS } } })
    ).body.id;
    await server.walkDraft(secretariat, draftId, 'negotiation');
  });
  afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
  afterAll(() => stop?.());

  it('syncs the imported text to a stock client and relays edits between delegations, stored before relayed', async () => {
    const a = client(aurelia);
    const b = client(borealis);
    await Promise.all([a.synced(), b.synced()]);
    expect(a.paragraphText(1, 0)).toContain('This Agreement, in enhancing the implementation');
    a.type(1, 0, ' [AURELIA EDIT]');
    await waitFor(() => b.paragraphText(1, 0).includes('[AURELIA EDIT]'), 'the edit at B');
    expect((await text()).articles[1].paragraphs[0].text).toContain('[AURELIA EDIT]');
  });

  it('refuses an observer every write, sync step 2 included: not stored, not relayed', async () => {
    const watcher = client(aurelia);
    await watcher.synced();
    const spy = client(observer);
    await spy.synced();
    spy.type(2, 0, ' OBSERVER WAS HERE');
    await pause(500);
    expect(watcher.paragraphText(2, 0)).not.toContain('OBSERVER');
    expect(JSON.stringify(await text())).not.toContain('OBSERVER');

    // Offline edits uploaded on reconnect travel in sync step 2: refused the same way.
    const offline = new CollabClient(server.baseUrl, draftId, observer, { connect: false });
    clients.push(offline);
    offline.doc.getXmlFragment('default').insert(0, []);
    const seeded = client(observer);
    await seeded.synced();
    const { applyUpdate, encodeStateAsUpdate } = await import('yjs');
    applyUpdate(offline.doc, encodeStateAsUpdate(seeded.doc));
    offline.type(3, 0, ' OFFLINE OBSERVER');
    offline.provider.connect();
    await offline.synced();
    await pause(500);
    expect(JSON.stringify(await text())).not.toContain('OFFLINE OBSERVER');
  });

  it('takes the write right away from open connections as soon as the stage moves, and gives it back', async () => {
    const a = client(aurelia);
    await a.synced();
    // Back to drafting, where parties only read: the text is not agreed, so adoption is barred.
    await moveTo('drafting');
    await waitFor(() => a.closes.includes(4001), 'the rights-changed close');
    await a.synced();
    a.type(4, 0, ' DURING DRAFTING');
    await pause(500);
    expect(JSON.stringify(await text())).not.toContain('DURING DRAFTING');
    await moveTo('negotiation');
    await waitFor(() => a.closes.filter((c) => c === 4001).length >= 2, 'the second rights-changed close');
    const fresh = client(aurelia);
    await fresh.synced();
    fresh.type(4, 0, ' BACK IN NEGOTIATION');
    await waitFor(() => fresh.paragraphText(4, 0).includes('BACK'), 'local edit');
    await pause(300);
    expect(JSON.stringify(await text())).toContain('BACK IN NEGOTIATION');
  });

  it('closes the connections of a member the secretariat removes, at once', async () => {
    const admin = await server.login('admin@demo.treaty.test');
    await server.request('POST', '/api/users', { token: admin, body: { email: 'temp@example.org', name: 'Temporary Delegate', password: 'temporary-password' } });
    const negotiationId = (await server.request('GET', `/api/drafts/${draftId}`, { token: secretariat })).body.negotiationId;
    const delegations = (await server.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token: secretariat })).body.items;
    const member = await server.request('POST', `/api/negotiations/${negotiationId}/members`, {
      token: secretariat,
      body: { email: 'temp@example.org', role: 'delegate', delegationId: delegations[0].id },
    });
    const temp = client(await server.login('temp@example.org', 'temporary-password'));
    await temp.synced();
    const removed = await server.request('DELETE', `/api/negotiations/${negotiationId}/members/${member.body.id}`, { token: secretariat });
    expect(removed.status).toBe(204);
    await waitFor(() => temp.closes.includes(4403), 'the removed member to be closed out', 3000);
    temp.type(6, 0, ' AFTER REMOVAL');
    await pause(500);
    expect(JSON.stringify(await text())).not.toContain('AFTER REMOVAL');
  });

  it('shows in awareness the name and delegation from the token, whatever the client claims', async () => {
    const a = client(aurelia);
    const b = client(borealis);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'The Secretary-General', delegation: 'Everyone', color: '#000' });
    await waitFor(
      () => [...b.provider.awareness.getStates().values()].some((s) => (s['user'] as { name?: string } | undefined)?.name === 'Tomás Ferreira'),
      'A as seen by B',
    );
    const seen = [...b.provider.awareness.getStates().values()].map((s) => s['user']);
    expect(seen).toContainEqual(expect.objectContaining({ name: 'Tomás Ferreira', delegation: 'Republic of Aurelia', role: 'delegate' }));
    expect(JSON.stringify(seen)).not.toContain('Secretary-General');
  });

  it('closes with 4401, 4404 and 4403 as API.md says', async () => {
    const codeFor = (path: string) =>
      new Promise<number>((done) => {
        const ws = new WebSocket(`${server.baseUrl.replace('http', 'ws')}${path}`);
        ws.on('close', (code) => done(code));
        ws.on('error', () => undefined);
      });
    expect(await codeFor(`/collab/${draftId}?token=forged`)).toBe(4401);
    expect(await codeFor(`/collab/${draftId}`)).toBe(4401);
    expect(await codeFor(`/collab/00000000-0000-4000-8000-000000000000?token=${aurelia}`)).toBe(4404);
    await server.request('PATCH', `/api/drafts/${draftId}`, { token: secretariat, body: { observerAccess: 'published' } });
    expect(await codeFor(`/collab/${draftId}?token=${observer}`)).toBe(4403);
    await server.request('PATCH', `/api/drafts/${draftId}`, { token: secretariat, body: { observerAccess: 'open' } });
  });

  it('closes only the connection that sends garbage; the others keep editing', async () => {
    const a = client(aurelia);
    const b = client(borealis);
    await Promise.all([a.synced(), b.synced()]);
    const before = JSON.stringify(await text());
    const corpus: (Buffer | string)[] = [
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]),
      Buffer.from([0, 2, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]),
      Buffer.from([0, 2, 5, 1, 2]),
      Buffer.from([9, 1, 2, 3]),
      Buffer.from([0, 7, 0]),
      Buffer.from([1, 3, 1, 200, 1, 0]),
      'a text frame',
      Buffer.alloc(9 * 1024 * 1024, 1),
    ];
    for (const payload of corpus) {
      const code = await new Promise<number>((done) => {
        const ws = new WebSocket(`${server.baseUrl.replace('http', 'ws')}/collab/${draftId}?token=${aurelia}`);
        ws.on('open', () => ws.send(payload));
        ws.on('close', (c) => done(c));
        ws.on('error', () => undefined);
      });
      expect([4400, 1002, 1007, 1009]).toContain(code);
    }
    expect(JSON.stringify(await text())).toBe(before);
    a.type(5, 0, ' STILL EDITING');
    await waitFor(() => b.paragraphText(5, 0).includes('STILL EDITING'), 'the edit after the garbage');
  });
});
