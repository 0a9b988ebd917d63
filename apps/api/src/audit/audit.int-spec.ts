import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';

describe.each(testDatabases())('the audit log on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string;
  let negotiationId: string;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    secretariat = await server.login('secretariat@demo.treaty.test');
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
  });
  afterAll(() => stop?.());

  it('records each write with actor, action, target, time and what changed', async () => {
    const me = (await server.request('GET', '/api/me', { token: secretariat })).body.user;
    const delegation = await server.request('POST', `/api/negotiations/${negotiationId}/delegations`, {
      token: secretariat,
      body: { name: 'Commonwealth of Lyra', kind: 'party' },
    });
    const log = await server.request('GET', `/api/negotiations/${negotiationId}/audit?action=delegation.create&actor=${me.id}`, {
      token: secretariat,
    });
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        action: 'delegation.create',
        actor: expect.objectContaining({ name: 'Amina Diallo' }),
        actorDelegationId: null,
        target: { type: 'delegation', id: delegation.body.id },
        before: null,
        after: { name: 'Commonwealth of Lyra', kind: 'party' },
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
  });

  it('holds the seed too, and filters by actor', async () => {
    const me = await server.request('GET', '/api/me', { token: secretariat });
    const mine = await server.request('GET', `/api/negotiations/${negotiationId}/audit?actor=${me.body.user.id}`, { token: secretariat });
    expect(mine.body.items.every((e: { actor: { id: string } }) => e.actor.id === me.body.user.id)).toBe(true);
    const all = await server.request('GET', `/api/negotiations/${negotiationId}/audit?limit=100`, { token: secretariat });
    const actions = all.body.items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'member.add')).toHaveLength(8);
    expect(actions[0]).toBe('negotiation.create');
  });

  it('filters by time', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const none = await server.request('GET', `/api/negotiations/${negotiationId}/audit?since=${future}`, { token: secretariat });
    const some = await server.request('GET', `/api/negotiations/${negotiationId}/audit?since=${past}`, { token: secretariat });
    expect(none.body.items).toEqual([]);
    expect(some.body.items.length).toBeGreaterThan(0);
  });

  it('is readable by the secretariat only', async () => {
    for (const who of ['head.aurelia', 'delegate.aurelia', 'observer']) {
      const token = await server.login(`${who}@demo.treaty.test`);
      expect((await server.request('GET', `/api/negotiations/${negotiationId}/audit`, { token })).status).toBe(403);
    }
  });

  it('refuses filters that are not what they claim to be', async () => {
    for (const query of ['since=yesterday', 'actor=me', "action=x';--", 'limit=-1']) {
      expect((await server.request('GET', `/api/negotiations/${negotiationId}/audit?${query}`, { token: secretariat })).status).toBe(400);
    }
  });
});
