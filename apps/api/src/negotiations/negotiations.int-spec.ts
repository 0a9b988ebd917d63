import { testDatabases } from '../../test/databases';
import { TestServer, type Reply } from '../../test/harness';

const DEMO_TITLE = 'Framework Convention on Artificial Intelligence Safety';

describe.each(testDatabases())('negotiations, delegations and members on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let admin: string, secretariat: string, delegate: string, observer: string, outsider: string;
  let demoId: string;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    admin = await server.login('admin@demo.treaty.test');
    secretariat = await server.login('secretariat@demo.treaty.test');
    delegate = await server.login('delegate.borealis@demo.treaty.test');
    observer = await server.login('observer@demo.treaty.test');
    await server.request('POST', '/api/users', { token: admin, body: { email: 'outsider@example.org', name: 'Out Sider', password: 'outsider-password' } });
    outsider = await server.login('outsider@example.org', 'outsider-password');
    const list = await server.request('GET', '/api/negotiations', { token: delegate });
    demoId = list.body.items[0].id;
  });
  afterAll(() => stop?.());

  const expectProblem = (reply: Reply, status: number) => {
    expect(reply.status).toBe(status);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(reply.body)).not.toMatch(/QueryFailedError|syntax error|SELECT|INSERT|\.ts:\d+/);
  };
  const count = async (path: string): Promise<number> => {
    let total = 0;
    let cursor: string | null = null;
    do {
      const reply: Reply = await server.request('GET', `${path}?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: secretariat });
      total += reply.body.items.length;
      cursor = reply.body.nextCursor;
    } while (cursor);
    return total;
  };

  describe('reading', () => {
    it('lists the demo negotiation for its members, with their own role', async () => {
      const reply = await server.request('GET', '/api/negotiations', { token: delegate });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        items: [expect.objectContaining({ title: DEMO_TITLE, myMembership: expect.objectContaining({ role: 'delegate' }) })],
        nextCursor: null,
      });
    });

    it('shows nothing of a negotiation to someone outside it: empty list, and 404 by id', async () => {
      expect((await server.request('GET', '/api/negotiations', { token: outsider })).body.items).toEqual([]);
      for (const path of ['', '/delegations', '/members', '/audit']) {
        expectProblem(await server.request('GET', `/api/negotiations/${demoId}${path}`, { token: outsider }), 404);
      }
    });

    it('answers 404 for ids that name nothing or are not ids at all', async () => {
      expectProblem(await server.request('GET', '/api/negotiations/00000000-0000-4000-8000-000000000000', { token: admin }), 404);
      expectProblem(await server.request('GET', `/api/negotiations/${encodeURIComponent("1' OR '1'='1")}`, { token: admin }), 404);
      expectProblem(await server.request('GET', '/api/negotiations/undefined/members', { token: secretariat }), 404);
    });

    it('shows the delegations and members of the demo to every member, observers included', async () => {
      const delegations = await server.request('GET', `/api/negotiations/${demoId}/delegations`, { token: observer });
      expect(delegations.status).toBe(200);
      expect(delegations.body.items.map((d: { name: string; kind: string }) => `${d.name}:${d.kind}`)).toEqual([
        'Republic of Aurelia:party',
        'Federation of Borealis:party',
        'Kingdom of Caledonia:party',
        'Global Civil Society Forum on AI:observer',
      ]);
      const members = await server.request('GET', `/api/negotiations/${demoId}/members`, { token: delegate });
      expect(members.body.items).toHaveLength(8);
      expect(members.body.items).toContainEqual(
        expect.objectContaining({ role: 'secretariat', delegation: null, user: expect.objectContaining({ name: 'Amina Diallo' }) }),
      );
      // A list of participants shows names; email addresses only to those who manage it.
      expect(members.body.items.every((m: { user: { email: string | null } }) => m.user.email === null)).toBe(true);
      const managed = await server.request('GET', `/api/negotiations/${demoId}/members`, { token: secretariat });
      expect(managed.body.items.every((m: { user: { email: string | null } }) => typeof m.user.email === 'string')).toBe(true);
    });

    it('pages through members with a cursor, each exactly once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const reply: Reply = await server.request('GET', `/api/negotiations/${demoId}/members?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { token: delegate });
        expect(reply.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...reply.body.items.map((m: { id: string }) => m.id));
        cursor = reply.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(8);
      expect(new Set(seen).size).toBe(8);
    });

    it('refuses a page size out of bounds and a cursor it did not give out', async () => {
      for (const query of ['limit=0', 'limit=1000', 'limit=abc', 'cursor=garbage', 'cursor=' + 'x'.repeat(600), 'sort=name']) {
        expectProblem(await server.request('GET', `/api/negotiations/${demoId}/members?${query}`, { token: delegate }), 400);
      }
    });
  });

  describe('the secretariat setting up', () => {
    it('adds a party delegation and a member to it, who then sees the negotiation', async () => {
      const delegation = await server.request('POST', `/api/negotiations/${demoId}/delegations`, {
        token: secretariat,
        body: { name: 'Union of Meridia', kind: 'party' },
      });
      expect(delegation.status).toBe(201);
      expect(delegation.body).toMatchObject({ name: 'Union of Meridia', kind: 'party', negotiationId: demoId });

      const member = await server.request('POST', `/api/negotiations/${demoId}/members`, {
        token: secretariat,
        body: { email: 'outsider@example.org', role: 'head', delegationId: delegation.body.id },
      });
      expect(member.status).toBe(201);
      expect(member.body).toMatchObject({ role: 'head', delegation: { name: 'Union of Meridia' }, user: { email: 'outsider@example.org' } });

      const now = await server.request('GET', `/api/negotiations/${demoId}`, { token: outsider });
      expect(now.status).toBe(200);
      expect(now.body.myMembership).toMatchObject({ role: 'head', delegation: { name: 'Union of Meridia' } });
    });

    it('refuses these writes to delegations and observers with 403, and changes nothing', async () => {
      const before = [await count(`/api/negotiations/${demoId}/delegations`), await count(`/api/negotiations/${demoId}/members`)];
      for (const token of [delegate, observer]) {
        expectProblem(await server.request('POST', `/api/negotiations/${demoId}/delegations`, { token, body: { name: 'Sneaky', kind: 'party' } }), 403);
        expectProblem(await server.request('POST', `/api/negotiations/${demoId}/members`, { token, body: { email: 'admin@demo.treaty.test', role: 'secretariat' } }), 403);
      }
      expectProblem(await server.request('POST', `/api/negotiations/${demoId}/delegations`, { body: { name: 'Anon', kind: 'party' } }), 401);
      expect([await count(`/api/negotiations/${demoId}/delegations`), await count(`/api/negotiations/${demoId}/members`)]).toEqual(before);
    });

    it('refuses a role that does not fit the delegation, a delegation of another negotiation, and a second membership', async () => {
      const other = await server.request('POST', '/api/negotiations', { token: admin, body: { title: 'Another Instrument' } });
      const foreign = await server.request('POST', `/api/negotiations/${other.body.id}/delegations`, { token: admin, body: { name: 'Elsewhere', kind: 'party' } });
      const observerOrg = (await server.request('GET', `/api/negotiations/${demoId}/delegations`, { token: secretariat })).body.items.find(
        (d: { kind: string }) => d.kind === 'observer',
      );
      await server.request('POST', '/api/users', { token: admin, body: { email: 'spare@example.org', name: 'Spare', password: 'spare-password' } });
      const cases: [unknown, number, string][] = [
        [{ email: 'spare@example.org', role: 'head', delegationId: observerOrg.id }, 400, 'delegationId'],
        [{ email: 'spare@example.org', role: 'secretariat', delegationId: observerOrg.id }, 400, 'delegationId'],
        [{ email: 'spare@example.org', role: 'delegate' }, 400, 'delegationId'],
        [{ email: 'spare@example.org', role: 'delegate', delegationId: foreign.body.id }, 400, 'delegationId'],
        [{ email: 'nobody@example.org', role: 'secretariat' }, 400, 'email'],
        [{ userId: '00000000-0000-4000-8000-000000000000', role: 'secretariat' }, 400, 'userId'],
        [{ email: 'spare@example.org', userId: '00000000-0000-4000-8000-000000000000', role: 'secretariat' }, 400, 'userId'],
        [{ email: 'secretariat@demo.treaty.test', role: 'secretariat' }, 409, ''],
      ];
      for (const [body, status, path] of cases) {
        const reply = await server.request('POST', `/api/negotiations/${demoId}/members`, { token: secretariat, body });
        expectProblem(reply, status);
        if (path) expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
    });

    it('removes a member, who then sees nothing; never the last secretariat member; only the secretariat may', async () => {
      await server.request('POST', '/api/users', { token: admin, body: { email: 'leaving@example.org', name: 'Leaving', password: 'leaving-password' } });
      const added = await server.request('POST', `/api/negotiations/${demoId}/members`, { token: secretariat, body: { email: 'leaving@example.org', role: 'secretariat' } });
      const leaving = await server.login('leaving@example.org', 'leaving-password');
      expectProblem(await server.request('DELETE', `/api/negotiations/${demoId}/members/${added.body.id}`, { token: delegate }), 403);
      expect((await server.request('DELETE', `/api/negotiations/${demoId}/members/${added.body.id}`, { token: secretariat })).status).toBe(204);
      expectProblem(await server.request('GET', `/api/negotiations/${demoId}`, { token: leaving }), 404);
      expectProblem(await server.request('DELETE', `/api/negotiations/${demoId}/members/${added.body.id}`, { token: secretariat }), 404);
      const me = (await server.request('GET', '/api/me', { token: secretariat })).body;
      expectProblem(await server.request('DELETE', `/api/negotiations/${demoId}/members/${me.memberships[0].id}`, { token: secretariat }), 409);
      const log = await server.request('GET', `/api/negotiations/${demoId}/audit?action=member.remove`, { token: secretariat });
      expect(log.body.items).toEqual([expect.objectContaining({ target: { type: 'membership', id: added.body.id }, after: null })]);
    });

    it('refuses a duplicate delegation name, whatever its case', async () => {
      expectProblem(
        await server.request('POST', `/api/negotiations/${demoId}/delegations`, { token: secretariat, body: { name: 'republic of aurelia', kind: 'party' } }),
        409,
      );
    });

    it('rejects input built to break it with 400 or 413, field by field, and stores nothing', async () => {
      const before = await count(`/api/negotiations/${demoId}/delegations`);
      const post = (body: unknown, rawBody?: string) =>
        server.request('POST', `/api/negotiations/${demoId}/delegations`, { token: secretariat, body, rawBody });
      const wrong: [Reply, number, string?][] = [
        [await post({ name: 123, kind: 'party' }), 400, 'name'],
        [await post({ name: 'X', kind: 'superpower' }), 400, 'kind'],
        [await post({ name: '   ', kind: 'party' }), 400, 'name'],
        [await post({ name: 'a'.repeat(201), kind: 'party' }), 400, 'name'],
        [await post({ name: 'Nul\u0000Byte', kind: 'party' }), 400, 'name'],
        [await post({ name: 'X', kind: 'party', negotiationId: 'other', id: 'mine' }), 400],
        [await post({ name: ['array'], kind: { $ne: null } }), 400, 'name'],
        [await post(undefined, '{"name": "unterminated'), 400],
        [await post(undefined, '[1,2,3]'), 400],
        [await post(undefined, JSON.stringify({ name: 'x'.repeat(1024 * 1024), kind: 'party' })), 413],
        [await post(undefined, '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}, "name": "P", "kind": "party"}'), 400],
      ];
      for (const [reply, status, path] of wrong) {
        expectProblem(reply, status);
        if (path) expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
      expect(await count(`/api/negotiations/${demoId}/delegations`)).toBe(before);
    });

    it('stores SQL fragments as the plain text they are', async () => {
      const name = "Robert'); DROP TABLE delegations;--";
      const reply = await server.request('POST', `/api/negotiations/${demoId}/delegations`, { token: secretariat, body: { name, kind: 'observer' } });
      expect(reply.status).toBe(201);
      const list = await server.request('GET', `/api/negotiations/${demoId}/delegations?limit=100`, { token: secretariat });
      expect(list.body.items.map((d: { name: string }) => d.name)).toContain(name);
    });
  });

  describe('the admin', () => {
    it('creates a negotiation with an adoption rule; nobody else may', async () => {
      const body = { title: 'Convention on Cross-Border Data', adoptionRule: { method: 'vote', majority: { numerator: 2, denominator: 3 } } };
      const created = await server.request('POST', '/api/negotiations', { token: admin, body });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject(body);
      expectProblem(await server.request('POST', '/api/negotiations', { token: secretariat, body }), 403);
      const invalidRule = await server.request('POST', '/api/negotiations', {
        token: admin,
        body: { title: 'Bad rule', adoptionRule: { method: 'vote', majority: { numerator: 1, denominator: 3 } } },
      });
      expectProblem(invalidRule, 400);
    });
  });
});
