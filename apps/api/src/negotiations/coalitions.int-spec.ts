import { randomUUID } from 'node:crypto';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer, type Reply } from '../../test/harness';

const TREATY = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate on safety.
`;

describe.each(testDatabases())('coalitions on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string, borealis: string, caledonia: string, observer: string;
  let negotiationId: string;
  let ids: Record<'aurelia' | 'borealis' | 'caledonia' | 'observers', string>;
  const clients: CollabClient[] = [];

  const create = (token: string, body: unknown) => server.request('POST', `/api/negotiations/${negotiationId}/coalitions`, { token, body });
  const expectProblem = (reply: Reply, status: number, path?: string) => {
    expect(reply.status).toBe(status);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    if (path) expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  };

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    const login = (who: string) => server.login(`${who}@demo.treaty.test`);
    [secretariat, aurelia, borealis, caledonia, observer] = await Promise.all([
      login('secretariat'),
      login('delegate.aurelia'),
      login('delegate.borealis'),
      login('delegate.caledonia'),
      login('observer'),
    ]);
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    const delegations: { id: string; name: string; kind: string }[] = (
      await server.request('GET', `/api/negotiations/${negotiationId}/delegations`, { token: secretariat })
    ).body.items;
    const named = (part: string) => delegations.find((d) => d.name.includes(part))?.id ?? '';
    ids = {
      aurelia: named('Aurelia'),
      borealis: named('Borealis'),
      caledonia: named('Caledonia'),
      observers: delegations.find((d) => d.kind === 'observer')?.id ?? '',
    };
  });
  afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
  afterAll(() => stop?.());

  it('the secretariat forms a coalition of party delegations; every member sees it with its members; the audit log records it', async () => {
    const created = await create(secretariat, { name: 'Northern Group', memberDelegationIds: [ids.borealis, ids.aurelia] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      negotiationId,
      name: 'Northern Group',
      members: [
        { id: ids.aurelia, name: 'Republic of Aurelia', kind: 'party' },
        { id: ids.borealis, name: expect.stringContaining('Borealis'), kind: 'party' },
      ],
    });

    const listed = await server.request('GET', `/api/negotiations/${negotiationId}/coalitions`, { token: observer });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ items: [created.body], nextCursor: null });

    const log = await server.request('GET', `/api/negotiations/${negotiationId}/audit?action=coalition.create`, { token: secretariat });
    expect(log.body.items).toEqual([
      expect.objectContaining({
        target: { type: 'coalition', id: created.body.id },
        after: { name: 'Northern Group', memberDelegationIds: [ids.borealis, ids.aurelia] },
      }),
    ]);
  });

  it('pages the list', async () => {
    await create(secretariat, { name: 'Southern Group', memberDelegationIds: [ids.borealis, ids.caledonia] });
    const first = await server.request('GET', `/api/negotiations/${negotiationId}/coalitions?limit=1`, { token: aurelia });
    expect(first.body.items).toHaveLength(1);
    const rest = await server.request('GET', `/api/negotiations/${negotiationId}/coalitions?limit=1&cursor=${first.body.nextCursor}`, { token: aurelia });
    expect(rest.body.items.map((c: { name: string }) => c.name)).toEqual(['Southern Group']);
  });

  it('refuses a delegate with 403, and names the delegation that cannot be a member with 400', async () => {
    expectProblem(await create(aurelia, { name: 'Self-made', memberDelegationIds: [ids.aurelia, ids.borealis] }), 403);
    const observerMember = await create(secretariat, { name: 'With Observers', memberDelegationIds: [ids.aurelia, ids.observers] });
    expectProblem(observerMember, 400, 'memberDelegationIds.1');
    expect(observerMember.body.errors[0].message).toContain('observer');
    const unknown = randomUUID();
    const stranger = await create(secretariat, { name: 'With Strangers', memberDelegationIds: [unknown, ids.aurelia] });
    expectProblem(stranger, 400, 'memberDelegationIds.0');
    expect(stranger.body.errors[0].message).toContain(unknown);
    expectProblem(await create(secretariat, { name: 'Alone', memberDelegationIds: [ids.aurelia] }), 400, 'memberDelegationIds');
    expectProblem(await create(secretariat, { name: 'Twice', memberDelegationIds: [ids.aurelia, ids.aurelia] }), 400, 'memberDelegationIds');
    const names = (await server.request('GET', `/api/negotiations/${negotiationId}/coalitions`, { token: secretariat })).body.items.map((c: { name: string }) => c.name);
    expect(names).toEqual(['Northern Group', 'Southern Group']);
  });

  it('refuses a second coalition of the same name, whatever its case, with 409', async () => {
    expectProblem(await create(secretariat, { name: 'northern group', memberDelegationIds: [ids.aurelia, ids.caledonia] }), 409);
  });

  describe('on the realtime channel', () => {
    let draftId: string;
    let northern: string;

    const connect = async (token: string) => {
      const client = new CollabClient(server.baseUrl, draftId, token);
      clients.push(client);
      await client.synced();
      return client;
    };

    beforeAll(async () => {
      draftId = (
        await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })
      ).body.id;
      await server.forceStage(draftId, 'negotiation');
      const coalitions = (await server.request('GET', `/api/negotiations/${negotiationId}/coalitions`, { token: secretariat })).body.items;
      northern = coalitions.find((c: { name: string }) => c.name === 'Northern Group').id;
    });

    it('a member delegation brackets words on behalf of its coalition; the others see the bracket', async () => {
      const a = await connect(aurelia);
      const b = await connect(borealis);
      const bracketId = randomUUID();
      a.bracket(0, 0, 0, 'Parties'.length, { id: bracketId, proposers: [northern] });
      await waitFor(() => b.brackets(0, 0).length === 1, 'B sees the coalition’s bracket');
      expect(b.brackets(0, 0)).toEqual([{ id: bracketId, proposers: [northern] }]);
      expect((await server.request('POST', `/api/drafts/${draftId}/brackets/${bracketId}/resolve`, { token: secretariat, body: { action: 'accept' } })).status).toBe(200);
      await waitFor(() => a.brackets(0, 0).length === 0, 'the bracket is resolved');
    });

    it('a coalition formed while its members are connected: they speak for it at once, without reconnecting', async () => {
      const a = await connect(aurelia);
      const c = await connect(caledonia);
      // Caledonia's connection has already been asked whom it speaks for.
      const own = randomUUID();
      c.bracket(0, 0, 0, 'Parties'.length, { id: own, proposers: [ids.caledonia] });
      await waitFor(() => a.brackets(0, 0).length === 1, 'A sees Caledonia’s own bracket');
      expect((await server.request('POST', `/api/drafts/${draftId}/brackets/${own}/resolve`, { token: secretariat, body: { action: 'accept' } })).status).toBe(200);
      await waitFor(() => c.brackets(0, 0).length === 0, 'the bracket is resolved');

      const western = (await create(secretariat, { name: 'Western Group', memberDelegationIds: [ids.aurelia, ids.caledonia] })).body.id;
      const bracketId = randomUUID();
      c.bracket(0, 0, 0, 'Parties'.length, { id: bracketId, proposers: [western] });
      await waitFor(() => a.brackets(0, 0).length === 1, 'A sees the new coalition’s bracket');
      expect(a.brackets(0, 0)).toEqual([{ id: bracketId, proposers: [western] }]);
      expect((await server.request('POST', `/api/drafts/${draftId}/brackets/${bracketId}/resolve`, { token: secretariat, body: { action: 'accept' } })).status).toBe(200);
      await waitFor(() => a.brackets(0, 0).length === 0 && c.brackets(0, 0).length === 0, 'the bracket is resolved');
    });

    it('a delegation outside the coalition cannot speak for it: undone for the sender, never seen by anyone else', async () => {
      const a = await connect(aurelia);
      const c = await connect(caledonia);
      c.bracket(0, 0, 0, 'Parties'.length, { id: randomUUID(), proposers: [northern] });
      await waitFor(() => c.brackets(0, 0).length === 0, 'the bracket is undone on the sender');
      await pause(200);
      expect(a.brackets(0, 0)).toEqual([]);
      expect((await server.request('GET', `/api/drafts/${draftId}/brackets`, { token: secretariat })).body.totals.brackets).toBe(0);
    });
  });
});
