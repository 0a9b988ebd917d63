import { OBSERVER_ACCESS, STAGES } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { DraftAccessResolver } from '../access/draft-access';
import { Draft } from '../drafts/draft.entity';
import { Tokens } from '../identity/tokens';
import { User } from '../identity/user.entity';
import { ConnectionAccessResolver } from './connection-access';

const outcome = (settle: Promise<string[]>) =>
  settle.then(
    (actions) => [...actions].sort(),
    (error: { code?: string }) => error.code ?? String(error),
  );

/**
 * Realtime connections are admitted by one query of their own (a herd arrives at once), REST by
 * the entity path: the two must agree for every person, stage and observer access.
 */
describe.each(testDatabases())('realtime admission on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let draftId: string;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    const secretariat = await server.login('secretariat@demo.treaty.test');
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
        token: secretariat,
        body: { title: 'Admission', source: { format: 'markdown', content: '### Article 1\n\n1. Text.' } },
      })
    ).body.id;
  });
  afterAll(() => stop?.());

  it('grants every person, in every stage and observer access, what REST grants them', async () => {
    const users = await server.app.get(DataSource).getRepository(User).find();
    const admission = server.app.get(ConnectionAccessResolver);
    const rest = server.app.get(DraftAccessResolver);
    const drafts = server.app.get(DataSource).getRepository(Draft);
    expect(users.length).toBeGreaterThan(5);
    for (const stage of STAGES) {
      for (const observerAccess of OBSERVER_ACCESS) {
        await drafts.update(draftId, { stage, observerAccess });
        for (const user of users) {
          const realtime = await outcome(admission.resolve(user.id, draftId).then((a) => a.actions));
          expect({ stage, observerAccess, who: user.email, realtime }).toEqual({
            stage,
            observerAccess,
            who: user.email,
            realtime: await outcome(rest.resolve(user, draftId).then((a) => a.actions)),
          });
        }
      }
    }
  });

  it('names the seat from the database and refuses a removed account or an unknown draft', async () => {
    const tokens = server.app.get(Tokens);
    const admission = server.app.get(ConnectionAccessResolver);
    const aurelia = await server.app.get(DataSource).getRepository(User).findOneByOrFail({ email: 'delegate.aurelia@demo.treaty.test' });
    await server.app.get(DataSource).getRepository(Draft).update(draftId, { stage: 'negotiation', observerAccess: 'open' });

    const { access } = await admission.admit((await tokens.issue(aurelia.id)).token, draftId);
    expect(access.user).toEqual({ id: aurelia.id, email: aurelia.email, name: aurelia.name, isAdmin: false });
    expect(access.negotiationId).toBe((await server.app.get(DataSource).getRepository(Draft).findOneByOrFail({ id: draftId })).negotiationId);
    expect(access.membership).toEqual({ role: 'delegate', delegationId: expect.any(String), delegation: 'Republic of Aurelia' });
    expect(access.actions).toContain('text.edit');

    await expect(admission.admit((await tokens.issue(randomUUID())).token, draftId)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(admission.admit('forged', draftId)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(admission.resolve(aurelia.id, randomUUID())).rejects.toMatchObject({ code: 'not-found' });
  });
});
