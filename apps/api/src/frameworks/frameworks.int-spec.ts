import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { waitFor } from '../../test/collab-client';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { DomainEvents, type LiveEvent } from '../events/domain-events';
import { CitationsService } from './citations.service';

const TREATY = `# Test Convention

## Preamble

Recalling the principles of existing instruments,

### Article 1 — Objective

1. Parties shall assess the risks of frontier models.

2. Parties shall report serious incidents.
`;

type Who = 'admin' | 'secretariat' | 'aurelia' | 'headAurelia' | 'borealis' | 'observer';
const EMAILS: Record<Who, string> = {
  admin: 'admin',
  secretariat: 'secretariat',
  aurelia: 'delegate.aurelia',
  headAurelia: 'head.aurelia',
  borealis: 'delegate.borealis',
  observer: 'observer',
};

const NEW_INSTRUMENT = { name: 'Test Accord on Quantum Safety', type: 'treaty', technologyFocus: 'Quantum', binding: 'binding-for-members', scope: 'Global', year: 2026 };

describe.each(testDatabases())('the frameworks registry and the concordance on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  const tokens = {} as Record<Who, string>;
  let negotiationId: string, draftId: string;
  let recital: string, article: string, paragraph: string;
  let euAiAct: string;
  const events: LiveEvent[] = [];

  const call = (method: string, path: string, who: Who, body?: unknown) => server.request(method, `/api/${path}`, { token: tokens[who], body });
  const citations = (clauseId: string) => `drafts/${draftId}/clauses/${clauseId}/citations`;
  const auditRows = (action: string): Promise<{ negotiation_id: string | null; actor_id: string; actor_delegation_id: string | null; target_id: string }[]> =>
    server.app.get(DataSource).query('SELECT negotiation_id, actor_id, actor_delegation_id, target_id FROM audit_entries WHERE action = $1 ORDER BY seq', [action]);
  const rowCount = async (table: 'frameworks' | 'citations') =>
    Number((await server.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    for (const who of Object.keys(EMAILS) as Who[]) tokens[who] = await server.login(`${EMAILS[who]}@demo.treaty.test`);
    server.app.get(DomainEvents).on('live', (event) => events.push(event));
    negotiationId = (await call('GET', 'negotiations', 'secretariat')).body.items[0].id;
    const created = await call('POST', `negotiations/${negotiationId}/drafts`, 'secretariat', { source: { format: 'markdown', content: TREATY } });
    draftId = created.body.id;
    await server.forceStage(draftId, 'negotiation');
    const text = (await call('GET', `drafts/${draftId}/text`, 'secretariat')).body;
    recital = text.preamble[0].clauseId;
    article = text.articles[0].clauseId;
    paragraph = text.articles[0].paragraphs[0].clauseId;
  });
  afterAll(async () => {
    await stop?.();
  });

  describe('the registry', () => {
    it('starts with the seed paper’s table and other reference instruments, listed to anyone signed in', async () => {
      const list = await call('GET', 'frameworks?limit=100', 'observer');
      expect(list.status).toBe(200);
      const byName = new Map<string, Record<string, unknown>>(list.body.items.map((f: { name: string }) => [f.name, f]));
      expect(byName.get('OECD AI Principles')).toMatchObject({ type: 'soft-law', technologyFocus: 'AI', binding: 'non-binding', scope: 'Global', year: 2019, registeredBy: null });
      expect(byName.get('EU AI Act')).toMatchObject({ type: 'regulation', binding: 'binding', scope: 'EU, extraterritorial', year: 2024 });
      expect(byName.get('ICH E6(R3)')).toMatchObject({ type: 'treaty', technologyFocus: 'Pharma/Medical', binding: 'binding-for-members', year: 2025 });
      expect(byName.get('IMDRF Guidance')).toMatchObject({ type: 'standard', technologyFocus: 'Medical Devices', binding: 'non-binding' });
      expect(byName.get('GDPR')).toMatchObject({ type: 'regulation', technologyFocus: 'Data/Digital', binding: 'binding', year: 2016 });
      expect(byName.get('Budapest Convention on Cybercrime')).toMatchObject({ year: 2001 });
      euAiAct = byName.get('EU AI Act')?.['id'] as string;
      expect((await server.request('GET', '/api/frameworks')).status).toBe(401);
    });

    it('pages the list as every list of the API does', async () => {
      const first = await call('GET', 'frameworks?limit=5', 'aurelia');
      expect(first.body.items).toHaveLength(5);
      const second = await call('GET', `frameworks?limit=5&cursor=${first.body.nextCursor}`, 'aurelia');
      expect(second.body.items[0].id).not.toBe(first.body.items[4].id);
    });

    it('lets the admin and a secretariat register an instrument, audited on the platform chain', async () => {
      const byAdmin = await call('POST', 'frameworks', 'admin', NEW_INSTRUMENT);
      expect(byAdmin.status).toBe(201);
      expect(byAdmin.body).toMatchObject({ ...NEW_INSTRUMENT, registeredBy: { name: 'Platform Admin' } });
      const bySecretariat = await call('POST', 'frameworks', 'secretariat', { ...NEW_INSTRUMENT, name: 'Test Code of Conduct', type: 'code-of-conduct', binding: 'non-binding' });
      expect(bySecretariat.status).toBe(201);
      expect(bySecretariat.body).toMatchObject({ type: 'code-of-conduct', registeredBy: { name: 'Amina Diallo' } });
      const names = (await call('GET', 'frameworks?limit=100', 'observer')).body.items.map((f: { name: string }) => f.name);
      expect(names).toEqual(expect.arrayContaining([NEW_INSTRUMENT.name, 'Test Code of Conduct']));

      const audited = await auditRows('framework.register');
      expect(audited.map((row) => row.target_id)).toEqual([byAdmin.body.id, bySecretariat.body.id]);
      expect(audited.every((row) => row.negotiation_id === null && row.actor_delegation_id === null)).toBe(true);
    });

    it.each(['aurelia', 'headAurelia', 'observer'] as const)('refuses registration to %s with 403, before reading the body, and stores nothing', async (who) => {
      const before = await rowCount('frameworks');
      expect((await call('POST', 'frameworks', who, { ...NEW_INSTRUMENT, name: `By ${who}` })).status).toBe(403);
      expect((await call('POST', 'frameworks', who, { nonsense: true })).status).toBe(403);
      expect(await rowCount('frameworks')).toBe(before);
    });

    it('refuses invalid instruments with problem+json naming each field', async () => {
      const before = await rowCount('frameworks');
      const reply = await call('POST', 'frameworks', 'secretariat', { ...NEW_INSTRUMENT, name: 'Bad', binding: 'voluntary', year: 2024.5, type: 'soft law', extra: 1 });
      expect(reply.status).toBe(400);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      const paths = reply.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['binding', 'year', 'type']));
      expect((await call('POST', 'frameworks', 'secretariat', { name: 'No year' })).status).toBe(400);
      expect(await rowCount('frameworks')).toBe(before);
    });

    it('refuses a second instrument of the same name, whatever its case, with 409', async () => {
      const before = await rowCount('frameworks');
      const reply = await call('POST', 'frameworks', 'admin', { ...NEW_INSTRUMENT, name: 'eu ai act' });
      expect(reply.status).toBe(409);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(reply.body.detail).toContain('already registered');
      expect(await rowCount('frameworks')).toBe(before);
    });
  });

  describe('citations of clauses', () => {
    let aureliaCitation: string;

    it('lets a party member cite a provision for a paragraph, attributed to them and their delegation, audited and announced', async () => {
      events.length = 0;
      const reply = await call('POST', citations(paragraph), 'aurelia', { frameworkId: euAiAct, provision: 'Article 55(1)(b)' });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        clauseId: paragraph,
        framework: { id: euAiAct, name: 'EU AI Act', year: 2024, binding: 'binding' },
        provision: 'Article 55(1)(b)',
        delegation: { name: 'Republic of Aurelia' },
        citedBy: { name: 'Tomás Ferreira' },
      });
      aureliaCitation = reply.body.id;
      const audit = await call('GET', `negotiations/${negotiationId}/audit?action=citation.add`, 'secretariat');
      expect(audit.body.items).toContainEqual(
        expect.objectContaining({ action: 'citation.add', target: { type: 'citation', id: aureliaCitation }, actorDelegationId: reply.body.delegation.id }),
      );
      expect(events).toContainEqual(expect.objectContaining({ draftId, name: 'citation.added', payload: { citation: reply.body } }));
    });

    it('lets the secretariat cite for recitals and articles too', async () => {
      const onRecital = await call('POST', citations(recital), 'secretariat', { frameworkId: euAiAct, provision: 'Recital 1' });
      expect(onRecital.status).toBe(201);
      expect(onRecital.body.delegation).toBeNull();
      expect((await call('POST', citations(article), 'borealis', { frameworkId: euAiAct, provision: 'Article 1' })).status).toBe(201);
    });

    it('refuses the observer with 403 and stores nothing', async () => {
      const before = await rowCount('citations');
      expect((await call('POST', citations(paragraph), 'observer', { frameworkId: euAiAct, provision: 'Article 9' })).status).toBe(403);
      expect(await rowCount('citations')).toBe(before);
    });

    it('refuses a clause not in the live text (404), an unregistered framework (400), bad input (400) and the same citation twice (409)', async () => {
      const before = await rowCount('citations');
      const unknownClause = await call('POST', citations(randomUUID()), 'aurelia', { frameworkId: euAiAct, provision: 'Article 9' });
      expect(unknownClause.status).toBe(404);
      expect(unknownClause.headers.get('content-type')).toContain('application/problem+json');
      expect((await call('POST', citations('not-a-clause'), 'aurelia', { frameworkId: euAiAct, provision: 'Article 9' })).status).toBe(404);
      const unknownFramework = await call('POST', citations(paragraph), 'aurelia', { frameworkId: randomUUID(), provision: 'Article 9' });
      expect(unknownFramework.status).toBe(400);
      expect(unknownFramework.body.errors).toEqual([{ path: 'frameworkId', message: 'no instrument with this id is registered' }]);
      expect((await call('POST', citations(paragraph), 'aurelia', { frameworkId: euAiAct, provision: '' })).status).toBe(400);
      expect((await call('POST', citations(paragraph), 'aurelia', { frameworkId: euAiAct, provision: 'Article 9', by: 'x' })).status).toBe(400);
      expect((await call('POST', citations(paragraph), 'headAurelia', { frameworkId: euAiAct, provision: 'article 55(1)(b)' })).status).toBe(409);
      expect(await rowCount('citations')).toBe(before);
    });

    it('lists one clause’s citations to readers, the observer included, and all of the draft’s', async () => {
      const onParagraph = await call('GET', citations(paragraph), 'observer');
      expect(onParagraph.status).toBe(200);
      expect(onParagraph.body.items.map((c: { id: string }) => c.id)).toEqual([aureliaCitation]);
      const all = await call('GET', `drafts/${draftId}/citations`, 'borealis');
      expect(all.body.items.map((c: { clauseId: string }) => c.clauseId)).toEqual([paragraph, recital, article]);
      expect(all.body.nextCursor).toBeNull();
    });

    it('gives exports every citation of the draft in the document-source shape', async () => {
      const forExport = await server.app.get(CitationsService).citationsOf(draftId);
      expect(forExport).toEqual([
        { clauseId: paragraph, instrument: { id: euAiAct, name: 'EU AI Act', year: 2024, binding: 'binding' }, provision: 'Article 55(1)(b)' },
        expect.objectContaining({ clauseId: recital, provision: 'Recital 1' }),
        expect.objectContaining({ clauseId: article, provision: 'Article 1' }),
      ]);
    });

    it('lets the citing delegation or the secretariat withdraw a citation, no one else; withdrawal is audited and announced', async () => {
      const borealisCitation = (await call('GET', citations(article), 'secretariat')).body.items[0].id;
      expect((await call('DELETE', `${citations(paragraph)}/${aureliaCitation}`, 'borealis')).status).toBe(403);
      expect((await call('DELETE', `${citations(paragraph)}/${aureliaCitation}`, 'observer')).status).toBe(403);
      expect((await call('DELETE', `${citations(article)}/${aureliaCitation}`, 'aurelia')).status).toBe(404);
      events.length = 0;
      // Aurelia's head withdraws what Aurelia's delegate cited: the citation is the delegation's.
      expect((await call('DELETE', `${citations(paragraph)}/${aureliaCitation}`, 'headAurelia')).status).toBe(204);
      expect((await call('DELETE', `${citations(article)}/${borealisCitation}`, 'secretariat')).status).toBe(204);
      expect((await call('GET', `drafts/${draftId}/citations`, 'secretariat')).body.items.map((c: { clauseId: string }) => c.clauseId)).toEqual([recital]);
      expect(events.map((e) => [e.name, e.payload['id']])).toEqual([
        ['citation.removed', aureliaCitation],
        ['citation.removed', borealisCitation],
      ]);
      const removed = await auditRows('citation.remove');
      expect(removed.map((row) => row.target_id)).toEqual([aureliaCitation, borealisCitation]);
      expect(removed.every((row) => row.negotiation_id === negotiationId)).toBe(true);
      expect((await call('GET', `negotiations/${negotiationId}/audit/verify`, 'secretariat')).body).toMatchObject({ ok: true });
    });

    it('reaches open draft pages over socket.io: an observer’s page hears of a citation made and withdrawn', async () => {
      const page = io(server.baseUrl, { auth: { token: tokens.observer }, transports: ['websocket'], reconnection: false });
      const heard: [string, Record<string, unknown>][] = [];
      page.onAny((name: string, payload: Record<string, unknown>) => heard.push([name, payload]));
      try {
        expect(await page.timeout(5000).emitWithAck('join', { draftId })).toEqual({ ok: true });
        const cited = await call('POST', citations(paragraph), 'borealis', { frameworkId: euAiAct, provision: 'Article 9(2)' });
        await call('DELETE', `${citations(paragraph)}/${cited.body.id}`, 'borealis');
        await waitFor(() => heard.length >= 2, 'the two live events');
        expect(heard).toEqual([
          ['citation.added', { citation: cited.body }],
          ['citation.removed', { id: cited.body.id, clauseId: paragraph }],
        ]);
      } finally {
        page.close();
      }
    });

    it('keeps the demo draft’s seeded citations, audited as made by their delegations', async () => {
      const demoDraft = (await call('GET', `negotiations/${negotiationId}/drafts`, 'secretariat')).body.items.find((d: { id: string }) => d.id !== draftId);
      const demo = await call('GET', `drafts/${demoDraft.id}/citations`, 'observer');
      expect(demo.body.items.length).toBeGreaterThanOrEqual(2);
      const aurelias = demo.body.items.find((c: { provision: string }) => c.provision === 'Article 55(1)(b)');
      expect(aurelias).toMatchObject({ framework: { name: 'EU AI Act' }, delegation: { name: 'Republic of Aurelia' }, citedBy: { name: 'Sofia Marin' } });
      const audit = await call('GET', `negotiations/${negotiationId}/audit?action=citation.add`, 'secretariat');
      expect(audit.body.items).toContainEqual(expect.objectContaining({ target: { type: 'citation', id: aurelias.id }, actorDelegationId: aurelias.delegation.id }));
    });
  });
});
