import { pglite } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { PARIS_HISTORY, PARIS_HISTORY_TITLE } from './demo-history';

/** The demo's 2015 history: what `npm start` shows a newcomer on the bracket trend. */
describe('the demo history of the 2015 Paris negotiations', () => {
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(pglite, { seedDemoHistory: true }));
  });
  afterAll(async () => {
    await stop?.();
  });

  it('holds the five texts as revisions of one draft, brackets falling from hundreds to none', async () => {
    const token = await server.login('delegate.aurelia@demo.treaty.test');
    const negotiationId = (await server.request('GET', '/api/negotiations', { token })).body.items[0].id;
    const drafts = (await server.request('GET', `/api/negotiations/${negotiationId}/drafts`, { token })).body.items;
    const history = drafts.find((d: { title: string }) => d.title === PARIS_HISTORY_TITLE);
    const revisions = (await server.request('GET', `/api/drafts/${history.id}/revisions`, { token })).body.items;
    expect(revisions.map((r: { label: string }) => r.label)).toEqual(PARIS_HISTORY.map((h) => h.label));
    const brackets = revisions.map((r: { bracketCount: number }) => r.bracketCount);
    expect(brackets[0]).toBeGreaterThan(300);
    expect(brackets[1]).toBeGreaterThan(300);
    expect(brackets[2]).toBeLessThan(brackets[1]);
    expect(brackets.slice(3)).toEqual([0, 0]);

    // The live text is the last of them, as open editors would load it.
    const live = (await server.request('GET', `/api/drafts/${history.id}/text`, { token })).body;
    const adopted = (await server.request('GET', `/api/drafts/${history.id}/revisions/4`, { token })).body;
    expect(live).toEqual(adopted.text);
    expect(live.articles).toHaveLength(29);
  });
});
