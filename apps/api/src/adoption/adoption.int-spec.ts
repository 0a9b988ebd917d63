import { CollabClient, pause } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { revisionHash } from '../revisions/revision-issuer';

const TREATY = `# Test Convention

### Article 1 — Objective

1. Parties shall cooperate on safety.

### Article 2 — Finance

1. Developed countries shall provide finance.
`;

describe.each(testDatabases())('adoption and reservations on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  let secretariat: string, aurelia: string, borealis: string, caledonia: string, delegate: string, observer: string, admin: string;
  let negotiationId: string;
  const clients: CollabClient[] = [];

  const on = (draftId: string) => (method: string, path: string, token: string, body?: unknown) =>
    server.request(method, `/api/drafts/${draftId}${path}`, { token, body });
  const newDraft = async (negotiation: string) =>
    (await server.request('POST', `/api/negotiations/${negotiation}/drafts`, { token: secretariat, body: { source: { format: 'markdown', content: TREATY } } })).body.id as string;
  const move = (draftId: string, to: string) => on(draftId)('POST', '/transitions', secretariat, { to, reason: `to ${to}` });

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    const login = (who: string) => server.login(`${who}@demo.treaty.test`);
    [secretariat, aurelia, borealis, caledonia, delegate, observer, admin] = await Promise.all([
      login('secretariat'),
      login('head.aurelia'),
      login('head.borealis'),
      login('head.caledonia'),
      login('delegate.aurelia'),
      login('observer'),
      login('admin'),
    ]);
    // The demo negotiation adopts by a two-thirds vote of those present and voting.
    negotiationId = (await server.request('GET', '/api/negotiations', { token: secretariat })).body.items[0].id;
  });
  afterAll(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await stop?.();
  });

  describe('by a two-thirds vote', () => {
    let draftId: string;
    let call: ReturnType<typeof on>;
    let adopted: number;

    beforeAll(async () => {
      draftId = await newDraft(negotiationId);
      call = on(draftId);
      await server.forceStage(draftId, 'adoption');
    });

    it('refuses the move to review before any decision, naming the decision-passed guard', async () => {
      const refused = await move(draftId, 'review');
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toContain('decision-passed');
      const open = await call('GET', '/adoption', observer);
      expect(open.status).toBe(200);
      expect(open.body).toMatchObject({ status: 'open', rule: { method: 'vote' }, votes: [], tally: { yes: 0, no: 0, presentAndVoting: 0, passes: false } });
    });

    it('lets heads of party delegations vote, once per delegation; delegates, observers and the secretariat may not', async () => {
      expect((await call('POST', '/adoption/votes', delegate, { vote: 'yes' })).status).toBe(403);
      expect((await call('POST', '/adoption/votes', observer, { vote: 'yes' })).status).toBe(403);
      expect((await call('POST', '/adoption/votes', secretariat, { vote: 'yes' })).status).toBe(403);
      expect((await call('POST', '/adoption/votes', aurelia, { vote: 'maybe' })).status).toBe(400);
      expect((await call('POST', '/adoption/votes', aurelia, { vote: 'yes' })).status).toBe(201);
      expect((await call('POST', '/adoption/votes', borealis, { vote: 'yes' })).status).toBe(201);
      const last = await call('POST', '/adoption/votes', caledonia, { vote: 'no' });
      expect(last.status).toBe(201);
      expect(last.body.tally).toMatchObject({ yes: 2, no: 1, abstain: 0, presentAndVoting: 3, majority: { numerator: 2, denominator: 3 }, passes: true });
      const again = await call('POST', '/adoption/votes', aurelia, { vote: 'no' });
      expect(again.status).toBe(409);
      expect(again.body.detail).toContain('already-voted');
      // Each delegation's vote is public.
      const seen = (await call('GET', '/adoption', observer)).body;
      expect(seen.votes.map((v: any) => v.vote).sort()).toEqual(['no', 'yes', 'yes']);
      expect(seen.votes.every((v: any) => v.delegation.name)).toBe(true);
    });

    it('records a passed decision, issuing the Adopted text; the move to review is then allowed', async () => {
      expect((await call('POST', '/adoption/decision', aurelia)).status).toBe(403);
      const decided = await call('POST', '/adoption/decision', secretariat);
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ status: 'passed', tally: { yes: 2, no: 1, passes: true } });
      adopted = decided.body.adoptedRevision;
      const revision = await call('GET', `/revisions/${adopted}`, observer);
      expect(revision.body).toMatchObject({ label: 'Adopted text', roundId: null });
      expect((await call('POST', '/adoption/decision', secretariat)).status).toBe(409);
      expect((await call('POST', '/adoption/votes', borealis, { vote: 'no' })).status).toBe(409);
      expect((await move(draftId, 'review')).status).toBe(201);
    });

    it('keeps the Adopted text frozen: an edit over the realtime channel in review is refused and the hash never changes', async () => {
      const before = (await call('GET', `/revisions/${adopted}`, secretariat)).body;
      expect(revisionHash(before.text)).toBe(before.sha256);
      const liveBefore = (await call('GET', '/text', secretariat)).body;
      const client = new CollabClient(server.baseUrl, draftId, secretariat);
      clients.push(client);
      await client.synced();
      client.type(0, 0, ' Rewritten after adoption.');
      await pause(500);
      expect((await call('GET', '/text', secretariat)).body).toEqual(liveBefore);
      const after = (await call('GET', `/revisions/${adopted}`, secretariat)).body;
      expect(after.sha256).toBe(before.sha256);
      expect(revisionHash(after.text)).toBe(before.sha256);
    });

    it('takes reservations, declarations and explanations from heads in review, on articles of the Adopted text', async () => {
      const text = (await call('GET', `/revisions/${adopted}`, secretariat)).body.text;
      const article = text.articles[1].clauseId;
      const reservation = await call('POST', '/reservations', caledonia, { clauseId: article, kind: 'reservation', text: 'Caledonia does not consider itself bound by Article 2.' });
      expect(reservation.status).toBe(201);
      expect(reservation.body).toMatchObject({ clauseId: article, kind: 'reservation', revisionNumber: adopted, delegation: { name: expect.any(String) } });
      expect((await call('POST', '/reservations', delegate, { clauseId: article, kind: 'declaration', text: 'A declaration.' })).status).toBe(403);
      expect((await call('POST', '/reservations', aurelia, { clauseId: text.articles[0].paragraphs[0].clauseId, kind: 'declaration', text: 'On a paragraph.' })).status).toBe(404);
      expect((await call('POST', '/reservations', aurelia, { clauseId: article, kind: 'protest', text: 'No.' })).status).toBe(400);
      expect((await call('POST', '/reservations', aurelia, { clauseId: article, kind: 'declaration', text: 'Aurelia understands Article 2 as voluntary.' })).status).toBe(201);
      const first = await call('GET', '/reservations?limit=1', observer);
      expect(first.body.items.map((r: any) => r.kind)).toEqual(['reservation']);
      const rest = await call('GET', `/reservations?limit=1&cursor=${first.body.nextCursor}`, observer);
      expect(rest.body).toMatchObject({ items: [{ kind: 'declaration' }], nextCursor: null });
    });
  });

  describe('a failed vote', () => {
    let draftId: string;
    let call: ReturnType<typeof on>;

    beforeAll(async () => {
      draftId = await newDraft(negotiationId);
      call = on(draftId);
      await server.forceStage(draftId, 'adoption');
    });

    it('is recorded as failed, keeps the draft out of review and lets the secretariat send it back with a reason', async () => {
      for (const [token, vote] of [[aurelia, 'yes'], [borealis, 'no'], [caledonia, 'no']] as const) {
        expect((await call('POST', '/adoption/votes', token, { vote })).status).toBe(201);
      }
      const decided = await call('POST', '/adoption/decision', secretariat);
      expect(decided.body).toMatchObject({ status: 'failed', adoptedRevision: null, tally: { yes: 1, no: 2, passes: false } });
      const refused = await move(draftId, 'review');
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toContain('decision-passed');
      expect((await call('POST', '/transitions', secretariat, { to: 'negotiation' })).status).toBe(400);
      expect((await move(draftId, 'negotiation')).status).toBe(201);
    });

    it('refuses reservations outside review', async () => {
      const article = (await call('GET', '/text', aurelia)).body.articles[0].clauseId;
      expect((await call('POST', '/reservations', aurelia, { clauseId: article, kind: 'reservation', text: 'Too early.' })).status).toBe(403);
    });

    it('opens a fresh decision when the draft comes back to adoption', async () => {
      await server.forceStage(draftId, 'adoption');
      const fresh = (await call('GET', '/adoption', aurelia)).body;
      expect(fresh).toMatchObject({ id: null, status: 'open', votes: [] });
      expect((await call('POST', '/adoption/votes', aurelia, { vote: 'yes' })).status).toBe(201);
    });
  });

  describe('by consensus', () => {
    let consensus: string;

    beforeAll(async () => {
      const admin_ = (method: string, path: string, body?: unknown) => server.request(method, `/api/negotiations${path}`, { token: admin, body });
      consensus = (await admin_('POST', '', { title: 'Consensus Convention', adoptionRule: { method: 'consensus' } })).body.id;
      const party = (await admin_('POST', `/${consensus}/delegations`, { name: 'Aurelia', kind: 'party' })).body.id;
      for (const [email, role, delegationId] of [
        ['secretariat@demo.treaty.test', 'secretariat', null],
        ['head.aurelia@demo.treaty.test', 'head', party],
      ] as const) {
        expect((await admin_('POST', `/${consensus}/members`, { email, role, delegationId })).status).toBe(201);
      }
    });

    it('fails while an objection stands, and takes no vote', async () => {
      const draftId = await newDraft(consensus);
      const call = on(draftId);
      await server.forceStage(draftId, 'negotiation');
      const article = (await call('GET', '/text', aurelia)).body.articles[0].clauseId;
      expect((await call('POST', '/positions', aurelia, { target: { type: 'clause', id: article }, stance: 'objection' })).status).toBe(201);
      await server.forceStage(draftId, 'adoption');
      const vote = await call('POST', '/adoption/votes', aurelia, { vote: 'yes' });
      expect(vote.status).toBe(409);
      expect(vote.body.detail).toContain('vote-not-called');
      const open = (await call('GET', '/adoption', secretariat)).body;
      expect(open).toMatchObject({ rule: { method: 'consensus' }, tally: { majority: null, passes: false } });
      expect(open.tally.objections).toMatchObject([{ delegation: { name: 'Aurelia' }, target: { type: 'clause', id: article } }]);
      expect((await call('POST', '/adoption/decision', secretariat)).body).toMatchObject({ status: 'failed', adoptedRevision: null });
      expect((await move(draftId, 'review')).status).toBe(409);
    });

    it('passes when no objection stands', async () => {
      const draftId = await newDraft(consensus);
      await server.forceStage(draftId, 'adoption');
      const decided = await on(draftId)('POST', '/adoption/decision', secretariat);
      expect(decided.body).toMatchObject({ status: 'passed', tally: { objections: [], passes: true } });
      expect(decided.body.adoptedRevision).toEqual(expect.any(Number));
      expect((await move(draftId, 'review')).status).toBe(201);
    });
  });

  it('records votes, decisions and reservations in the audit log', async () => {
    const audit = (await server.request('GET', `/api/negotiations/${negotiationId}/audit?limit=100`, { token: secretariat })).body.items;
    const count = (action: string) => audit.filter((e: any) => e.action === action).length;
    expect([count('vote.cast'), count('decision.record'), count('reservation.record')]).toEqual([7, 2, 2]);
  });
});
