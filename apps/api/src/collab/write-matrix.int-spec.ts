import { can, STAGES, type Actor } from '@treaty/domain';
import { CollabClient, pause } from '../../test/collab-client';
import { pglite } from '../../test/databases';
import { TestServer, testConfig } from '../../test/harness';

const PEOPLE = [
  ['secretariat', 'secretariat'],
  ['head', 'head.caledonia'],
  ['delegate', 'delegate.caledonia'],
  ['observer', 'observer'],
] as const;

const actor = (role: (typeof PEOPLE)[number][0]): Actor => ({
  userId: 'u',
  isAdmin: false,
  membership: { role, delegationId: role === 'secretariat' ? null : 'd', delegationKind: role === 'secretariat' ? null : role === 'observer' ? 'observer' : 'party' },
});

/**
 * The permission matrix on the websocket: in every stage, each role connects with the stock
 * client and types; the write lands exactly when the matrix grants `text.edit`, and a
 * connection is refused (4403, or 4404 where the draft is invisible) exactly when it may not
 * read the live text.
 */
describe('the permission matrix on the collab endpoint', () => {
  let server: TestServer;
  let secretariat: string;
  let draftId: string;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    server = await TestServer.start(testConfig((await pglite.create()).database));
    secretariat = await server.login('secretariat@demo.treaty.test');
    for (const [, who] of PEOPLE) tokens.set(who, await server.login(`${who}@demo.treaty.test`));
    const negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
    draftId = (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
        token: secretariat,
        body: { title: 'Matrix', source: { format: 'markdown', content: '### Article 1\n\n1. Text.' } },
      })
    ).body.id;
  });
  afterAll(() => server?.close());

  it.each(STAGES)('in %s', async (stage) => {
    // The matrix, not the workflow, is under test: adoption's guards would refuse this unagreed text.
    await server.forceStage(draftId, stage);
    for (const [role, who] of PEOPLE) {
      const context = { draft: { stage, observerAccess: 'open' as const } };
      const client = new CollabClient(server.baseUrl, draftId, tokens.get(who) ?? '');
      try {
        if (!can(actor(role), 'text.read', context)) {
          await pause(300);
          // A draft the person may not see at all does not exist for them (4404), as on REST.
          expect(client.closes).toContain(can(actor(role), 'revision.read', context) ? 4403 : 4404);
          continue;
        }
        await client.synced();
        const mark = ` ${role}-in-${stage}`;
        client.type(0, 0, mark);
        await pause(250);
        const text = (await server.request('GET', `/api/drafts/${draftId}/text`, { token: secretariat })).body;
        expect({ role, wrote: JSON.stringify(text).includes(mark) }).toEqual({ role, wrote: can(actor(role), 'text.edit', context) });
      } finally {
        client.destroy();
      }
    }
  });
});
