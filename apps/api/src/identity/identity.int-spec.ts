import { SignJWT } from 'jose';
import { testDatabases } from '../../test/databases';
import { TEST_SECRET, TestServer } from '../../test/harness';

describe.each(testDatabases())('identity on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
  });
  afterAll(() => stop?.());

  const expectProblem = (reply: { status: number; body: any; headers: Headers }, status: number) => {
    expect(reply.status).toBe(status);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reply.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.any(String) });
    expect(JSON.stringify(reply.body)).not.toMatch(/at .*\.ts:\d+|QueryFailedError|SELECT|INSERT/);
  };

  it('signs a demo account in and tells it who it is, with its memberships', async () => {
    const token = await server.login('head.aurelia@demo.treaty.test');
    const me = await server.request('GET', '/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'head.aurelia@demo.treaty.test', name: 'Sofia Marin', isAdmin: false });
    expect(me.body.user).not.toHaveProperty('passwordHash');
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        negotiationTitle: 'Framework Convention on Artificial Intelligence Safety',
        role: 'head',
        delegation: expect.objectContaining({ name: 'Republic of Aurelia', kind: 'party' }),
      }),
    ]);
  });

  it('treats the email case-insensitively', async () => {
    await expect(server.login('Head.Aurelia@Demo.Treaty.Test')).resolves.toEqual(expect.any(String));
  });

  it('refuses a wrong password and an unknown email alike, with 401', async () => {
    const wrong = await server.request('POST', '/api/auth/login', { body: { email: 'head.borealis@demo.treaty.test', password: 'nope' } });
    const unknown = await server.request('POST', '/api/auth/login', { body: { email: 'nobody@demo.treaty.test', password: 'nope' } });
    expectProblem(wrong, 401);
    expectProblem(unknown, 401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('refuses sign-in with 429 and Retry-After after repeated failures, even with the right password', async () => {
    const email = 'delegate.caledonia@demo.treaty.test';
    for (let i = 0; i < 5; i++) {
      expect((await server.request('POST', '/api/auth/login', { body: { email, password: `guess-${i}` } })).status).toBe(401);
    }
    const refused = await server.request('POST', '/api/auth/login', { body: { email, password: 'negotiate-2026' } });
    expectProblem(refused, 429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 401 to a missing, forged, expired or malformed token', async () => {
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('treaty-workspace')
      .setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('treaty-workspace')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(TEST_SECRET));
    expectProblem(await server.request('GET', '/api/me'), 401);
    expectProblem(await server.request('GET', '/api/me', { token: forged }), 401);
    expectProblem(await server.request('GET', '/api/me', { token: expired }), 401);
    expectProblem(await server.request('GET', '/api/me', { headers: { authorization: "Bearer ' OR 1=1 --" } }), 401);
  });

  it('lets the admin create an account, which can then sign in', async () => {
    const admin = await server.login('admin@demo.treaty.test');
    const created = await server.request('POST', '/api/users', {
      token: admin,
      body: { email: ' New.Delegate@Example.org ', name: 'New Delegate', password: 'a-long-password' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'new.delegate@example.org', name: 'New Delegate', isAdmin: false });
    expect(created.body).not.toHaveProperty('passwordHash');
    await expect(server.login('new.delegate@example.org', 'a-long-password')).resolves.toEqual(expect.any(String));
    const again = await server.request('POST', '/api/users', {
      token: admin,
      body: { email: 'new.delegate@example.org', name: 'Twice', password: 'a-long-password' },
    });
    expectProblem(again, 409);
  });

  it('refuses account creation to anyone but the admin, before looking at the body', async () => {
    const secretariat = await server.login('secretariat@demo.treaty.test');
    expectProblem(await server.request('POST', '/api/users', { token: secretariat, body: { email: 'x@y.org', name: 'X', password: 'a-long-password' } }), 403);
    expectProblem(await server.request('POST', '/api/users', { token: secretariat, body: { nonsense: true } }), 403);
  });

  it('names every invalid field of a new account', async () => {
    const admin = await server.login('admin@demo.treaty.test');
    const reply = await server.request('POST', '/api/users', {
      token: admin,
      body: { email: 'not-an-email', name: 42, password: 'short', role: 'god' },
    });
    expectProblem(reply, 400);
    const paths = (reply.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['email', 'name', 'password']));
    expect(JSON.stringify(reply.body.errors)).toContain('role');
  });
});
