import * as Y from 'yjs';
import type { TreatyText } from '@treaty/treaty-schema';
import { CollabClient, pause } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';

const TWO_ARTICLES = '### Article 1\n\n1. Text of the first article.\n\n### Article 2\n\n1. Text of the second article.';

describe.each(testDatabases())('draft transitions on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, head: string, delegate: string, observer: string;
  let negotiationId: string;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    secretariat = await server.login('secretariat@demo.treaty.test');
    head = await server.login('head.aurelia@demo.treaty.test');
    delegate = await server.login('delegate.aurelia@demo.treaty.test');
    observer = await server.login('observer@demo.treaty.test');
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
  });
  afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
  afterAll(() => stop?.());

  const newDraft = async (content?: string): Promise<string> =>
    (
      await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
        token: secretariat,
        body: { title: 'Workflow', ...(content ? { source: { format: 'markdown', content } } : {}) },
      })
    ).body.id;
  const move = (draftId: string, to: string, token = secretariat) =>
    server.request('POST', `/api/drafts/${draftId}/transitions`, { token, body: { to, reason: `to ${to}` } });
  const stage = async (draftId: string) => (await server.request('GET', `/api/drafts/${draftId}`, { token: secretariat })).body.stage;
  const history = async (draftId: string) =>
    (await server.request('GET', `/api/drafts/${draftId}/transitions`, { token: secretariat })).body.items.map(
      (t: { from: string; to: string }) => `${t.from} → ${t.to}`,
    );
  /** Changes the live document as `token`'s person would in the editor; waits until the server's text shows it. */
  const edit = async (draftId: string, token: string, change: (fragment: Y.XmlFragment) => void, landed: (text: TreatyText) => boolean) => {
    const client = new CollabClient(server.baseUrl, draftId, token);
    clients.push(client);
    await client.synced();
    change(client.fragment);
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await pause(50)) {
      if (landed((await server.request('GET', `/api/drafts/${draftId}/text`, { token: secretariat })).body)) return;
    }
    throw new Error('the edit did not reach the server');
  };
  /** The text of the first paragraph of article `a`: child 0 of the document is the preamble, of an article its heading. */
  const firstRun = (fragment: Y.XmlFragment, a: number) => ((fragment.get(a + 1) as Y.XmlElement).get(1) as Y.XmlElement).get(0) as Y.XmlText;

  it('refuses to open negotiation on a draft without a zero draft, and changes nothing', async () => {
    const draftId = await newDraft();
    await server.walkDraft(secretariat, draftId, 'drafting');
    const before = await history(draftId);

    const refused = await move(draftId, 'negotiation');
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe('zero-draft-exists: there is no zero draft yet: the text has no article');
    expect(await stage(draftId)).toBe('drafting');
    expect(await history(draftId)).toEqual(before);
  });

  it('moves one stage at a time', async () => {
    const draftId = await newDraft(TWO_ARTICLES);
    const skipped = await move(draftId, 'drafting');
    expect(skipped.status).toBe(409);
    expect(skipped.body.detail).toMatch(/^adjacent-stage: a draft moves one stage at a time/);
    expect(await stage(draftId)).toBe('issue-identification');
  });

  it('refuses adoption while a bracket is open, naming the count', async () => {
    const draftId = await newDraft(TWO_ARTICLES);
    await server.walkDraft(secretariat, draftId, 'negotiation');
    // The secretariat compiles the text and may bracket on anyone's behalf: no proposers needed.
    await edit(
      draftId,
      secretariat,
      (fragment) => firstRun(fragment, 0).format(0, 4, { bracket: { id: 'b-1', proposers: [] } }),
      (text) => text.articles[0]?.paragraphs[0]?.kind === 'paragraph' && text.articles[0].paragraphs[0].brackets.length === 1,
    );
    const before = await history(draftId);

    const refused = await move(draftId, 'adoption');
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe('no-open-brackets: 1 bracket is still open');
    expect(await stage(draftId)).toBe('negotiation');
    expect(await history(draftId)).toEqual(before);
  });

  it('shows where a draft may go next, each guard met or not', async () => {
    const draftId = await newDraft(TWO_ARTICLES);
    await server.walkDraft(secretariat, draftId, 'negotiation');
    const workflow = await server.request('GET', `/api/drafts/${draftId}/workflow`, { token: delegate });
    expect(workflow.status).toBe(200);
    expect(workflow.body).toEqual({
      stage: 'negotiation',
      next: [
        {
          to: 'adoption',
          guards: [
            { guard: 'zero-draft-exists', met: true, reason: 'the text has 2 articles' },
            { guard: 'no-open-brackets', met: true, reason: 'no bracket is open' },
            { guard: 'no-alternatives', met: true, reason: 'no alternatives remain' },
            { guard: 'all-clauses-agreed', met: false, reason: '2 articles are not agreed yet' },
          ],
        },
        { to: 'drafting', guards: [] },
      ],
    });
  });

  it('refuses adoption of an unagreed text and review without a decision, and moves back after a failed vote', async () => {
    const draftId = await newDraft(TWO_ARTICLES);
    await server.walkDraft(secretariat, draftId, 'negotiation');
    const refused = await move(draftId, 'adoption');
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe('all-clauses-agreed: 2 articles are not agreed yet');

    // Agreeing clauses belongs to the clause status route, not to this suite: the stage is set.
    await server.forceStage(draftId, 'adoption');
    const review = await move(draftId, 'review');
    expect(review.status).toBe(409);
    expect(review.body.detail).toBe('decision-passed: no adoption decision has passed');

    const back = await server.request('POST', `/api/drafts/${draftId}/transitions`, { token: secretariat, body: { to: 'negotiation', reason: 'The vote failed' } });
    expect(back.status).toBe(201);
    expect(back.body.stage).toBe('negotiation');
    const items = (await server.request('GET', `/api/drafts/${draftId}/transitions`, { token: delegate })).body.items;
    expect(items.at(-1)).toMatchObject({ from: 'adoption', to: 'negotiation', reason: 'The vote failed' });
  });

  it('lets only the secretariat move a draft', async () => {
    const draftId = await newDraft(TWO_ARTICLES);
    await server.walkDraft(secretariat, draftId, 'negotiation');
    for (const token of [head, delegate, observer]) expect((await move(draftId, 'drafting', token)).status).toBe(403);
    expect(await stage(draftId)).toBe('negotiation');
  });

  it('keeps the seeded zero draft movable: back to drafting and, its articles there, into negotiation again', async () => {
    const drafts = (await server.request('GET', `/api/negotiations/${negotiationId}/drafts?limit=100`, { token: secretariat })).body.items;
    const seeded = drafts.find((d: { stage: string }) => d.stage === 'negotiation');
    expect((await move(seeded.id, 'drafting')).status).toBe(201);
    expect((await move(seeded.id, 'negotiation')).status).toBe(201);
  });
});
