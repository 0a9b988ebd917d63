import type { SearchHit } from '@treaty/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CollabClient, pause, waitFor } from '../../test/collab-client';
import { COMMENT_READERS, VIEWERS, type Viewer } from '../../test/comment-audiences';
import { testDatabases } from '../../test/databases';
import { TestServer } from '../../test/harness';
import { SearchRefresher } from './search-refresher';

/** A word no other text holds (letters only, so the parser keeps it one word). */
const uniqueWord = (): string =>
  `zz${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

const treaty = (objective: string) => `# Search Convention

### Article 1 — Objective

1. ${objective}

### Article 2 — Finance

1. Developed countries shall provide finance.

2. The Parties negotiate in good faith.
`;

const EMAILS: Record<Viewer, string> = {
  secretariat: 'secretariat',
  head: 'head.aurelia',
  aurelia: 'delegate.aurelia',
  borealis: 'delegate.borealis',
  observer: 'observer',
};

const MATRIX = COMMENT_READERS;


describe.each(testDatabases())('search on $name', (db) => {
  let server: TestServer;
  let stop: () => Promise<void>;
  const tokens = {} as Record<Viewer, string>;
  let negotiationId: string;
  const clients: CollabClient[] = [];

  const search = (who: Viewer | string, query: string) =>
    server.request('GET', `/api/search?${query}`, { token: who in tokens ? tokens[who as Viewer] : who });
  const hits = async (who: Viewer | string, words: string, scoped = true): Promise<SearchHit[]> => {
    const params = new URLSearchParams({ q: words, ...(scoped ? { negotiationId } : {}) });
    const reply = await search(who, params.toString());
    expect(reply.status).toBe(200);
    return reply.body.items;
  };
  const newDraft = async (objective: string) => {
    const created = await server.request('POST', `/api/negotiations/${negotiationId}/drafts`, {
      token: tokens.secretariat,
      body: { source: { format: 'markdown', content: treaty(objective) } },
    });
    expect(created.status).toBe(201);
    await server.forceStage(created.body.id, 'negotiation');
    const text = (await server.request('GET', `/api/drafts/${created.body.id}/text`, { token: tokens.secretariat })).body;
    return {
      id: created.body.id as string,
      objective: text.articles[0].paragraphs[0].clauseId as string,
      faith: text.articles[1].paragraphs[1].clauseId as string,
    };
  };

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(db));
    for (const who of VIEWERS) tokens[who] = await server.login(`${EMAILS[who]}@demo.treaty.test`);
    negotiationId = (await server.request('GET', '/api/negotiations', { token: tokens.secretariat })).body.items[0].id;
  });
  afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
  afterAll(() => stop?.());

  it('finds words of an imported text in their clause, stemmed ("negotiating" finds "negotiate"), with highlighted snippets', async () => {
    const word = uniqueWord();
    const draft = await newDraft(`Parties shall cooperate on ${word} safety.`);
    const found = await hits('aurelia', word);
    expect(found).toEqual([
      expect.objectContaining({ kind: 'draft', draftId: draft.id, draftTitle: 'Search Convention', negotiationId, clauseId: draft.objective, articleNumber: 1, paragraphNumber: 1 }),
    ]);
    expect(found[0]?.snippet).toBe(`Parties shall cooperate on <mark>${word}</mark> safety.`);
    expect(found[0]?.rank).toBeGreaterThan(0);

    const stemmed = (await hits('aurelia', 'negotiating faith')).filter((h) => h.draftId === draft.id);
    expect(stemmed).toEqual([expect.objectContaining({ kind: 'draft', clauseId: draft.faith, articleNumber: 2, paragraphNumber: 2 })]);
    expect(stemmed[0]?.snippet).toBe('The Parties <mark>negotiate</mark> in good <mark>faith</mark>.');
  });

  it('finds words typed into the live text through the collab socket once the edit is stored, and refreshes in the background too', async () => {
    const draft = await newDraft('Parties shall cooperate.');
    const typed = uniqueWord();
    expect(await hits('borealis', typed)).toEqual([]);
    const client = new CollabClient(server.baseUrl, draft.id, tokens.aurelia);
    clients.push(client);
    await client.synced();
    client.type(0, 0, ` And ${typed}.`);
    // The edit has settled once the server serves it: a search from then on must find it.
    const served = async () => JSON.stringify((await server.request('GET', `/api/drafts/${draft.id}/text`, { token: tokens.aurelia })).body);
    for (let i = 0; i < 200 && !(await served()).includes(typed); i++) await pause(25);
    expect(await hits('borealis', typed)).toEqual([expect.objectContaining({ kind: 'draft', draftId: draft.id, clauseId: draft.objective })]);

    // Without any search, the debounced refresh indexes the next edit by itself.
    const later = uniqueWord();
    client.type(0, 0, ` ${later}`);
    const indexed = async () => {
      await server.app.get(SearchRefresher).settled();
      const rows: unknown[] = await server.app
        .get(DataSource)
        .query(`SELECT 1 FROM search_clauses WHERE source_id = $1 AND words @@ to_tsquery('english', $2)`, [draft.id, later]);
      return rows.length > 0;
    };
    await waitFor(() => client.paragraphText(0, 0).includes(later), 'the client to have the edit');
    let done = false;
    for (let i = 0; i < 200 && !done; i++) {
      done = await indexed();
      if (!done) await pause(25);
    }
    expect(done).toBe(true);
  });

  it('finds words in revisions, labelled with the revision, beside the same words in the live text', async () => {
    const word = uniqueWord();
    const draft = await newDraft(`Parties shall report ${word}.`);
    const issued = await server.request('POST', `/api/drafts/${draft.id}/revisions`, { token: tokens.secretariat, body: {} });
    expect(issued.status).toBe(201);
    const found = await hits('head', word);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'draft', draftId: draft.id, clauseId: draft.objective }),
        expect.objectContaining({ kind: 'revision', draftId: draft.id, clauseId: draft.objective, articleNumber: 1, paragraphNumber: 1, revision: { number: 0, label: issued.body.label } }),
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it('returns each comment to exactly the readers of the comments matrix, and never another delegation’s private note', async () => {
    const common = uniqueWord();
    const draft = await newDraft('Parties shall cooperate on safety.');
    const written: { id: string; word: string; readers: Viewer[] }[] = [];
    for (const [author, visibility, readers] of MATRIX) {
      const word = uniqueWord();
      const reply = await server.request('POST', `/api/drafts/${draft.id}/comments`, {
        token: tokens[author],
        body: { clauseId: draft.objective, visibility, body: `${author} on ${common}: ${word}` },
      });
      expect(reply.status).toBe(201);
      written.push({ id: reply.body.id, word, readers });
    }
    for (const viewer of VIEWERS) {
      const expected = written.filter((w) => w.readers.includes(viewer)).map((w) => w.id).sort();
      // Page by page, one hit a page: the audience holds across pages too.
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const params = new URLSearchParams({ q: common, negotiationId, limit: '1', ...(cursor ? { cursor } : {}) });
        const page = await search(viewer, params.toString());
        expect(page.status).toBe(200);
        for (const hit of page.body.items as SearchHit[]) {
          expect(hit).toMatchObject({ kind: 'comment', draftId: draft.id, clauseId: draft.objective, articleNumber: 1, paragraphNumber: 1 });
          ids.push(hit.commentId ?? '');
        }
        cursor = page.body.nextCursor;
      } while (cursor);
      expect({ viewer, found: ids.sort() }).toEqual({ viewer, found: expected });
      // The REST list (the same rule) agrees.
      const listed = (await server.request('GET', `/api/drafts/${draft.id}/comments?limit=100`, { token: tokens[viewer] })).body.items.map((t: { id: string }) => t.id);
      expect({ viewer, found: ids.sort() }).toEqual({ viewer, found: listed.sort() });
      // Each comment's own word: found by its readers only, by no route at all for the others.
      for (const { id, word, readers } of written) {
        const own = await hits(viewer, word, false);
        expect({ viewer, id, found: own.map((h) => h.commentId) }).toEqual({ viewer, id, found: readers.includes(viewer) ? [id] : [] });
      }
    }
    const borealisSecret = written[4];
    expect(borealisSecret?.readers).toEqual(['borealis']);
    for (const outsider of ['secretariat', 'head', 'aurelia', 'observer'] as const) {
      expect(await hits(outsider, `${borealisSecret?.word ?? ''} ${common}`)).toEqual([]);
      expect(await hits(outsider, `${borealisSecret?.word ?? ''} or borealis`)).not.toContainEqual(expect.objectContaining({ commentId: borealisSecret?.id }));
    }
  });

  it('escapes what an author wrote and highlights only the matches', async () => {
    const word = uniqueWord();
    const draft = await newDraft('Parties shall cooperate.');
    const posted = await server.request('POST', `/api/drafts/${draft.id}/comments`, {
      token: tokens.aurelia,
      body: { clauseId: draft.objective, visibility: 'public', body: `<img src=x onerror=alert(1)> & <mark>${word}</mark>` },
    });
    expect(posted.status).toBe(201);
    const [hit] = await hits('borealis', word);
    expect(hit?.snippet).toBe(`&lt;img src=x onerror=alert(1)&gt; &amp; &lt;mark&gt;<mark>${word}</mark>&lt;/mark&gt;`);

    // A long text is cut to the words around the match.
    const filler = 'The Parties shall take into account the special needs of developing countries. '.repeat(8);
    const long = uniqueWord();
    await server.request('POST', `/api/drafts/${draft.id}/comments`, {
      token: tokens.aurelia,
      body: { clauseId: draft.objective, visibility: 'public', body: `${filler}Consider ${long} <b>carefully</b>. ${filler}` },
    });
    const [excerpt] = await hits('borealis', long);
    expect(excerpt?.snippet).toContain(`<mark>${long}</mark>`);
    expect(excerpt?.snippet).not.toContain('<b>');
    expect(excerpt?.snippet.length).toBeLessThan(filler.length);
  });

  it('shows an observer of a closed session only the published revisions: no live text, no comments', async () => {
    const word = uniqueWord();
    const draft = await newDraft(`Parties shall disclose ${word}.`);
    await server.request('POST', `/api/drafts/${draft.id}/comments`, {
      token: tokens.aurelia,
      body: { clauseId: draft.objective, visibility: 'public', body: `About ${word}` },
    });
    expect((await hits('observer', word)).map((h) => h.kind).sort()).toEqual(['comment', 'draft']);

    expect((await server.request('PATCH', `/api/drafts/${draft.id}`, { token: tokens.secretariat, body: { observerAccess: 'published' } })).status).toBe(200);
    expect(await hits('observer', word)).toEqual([]);
    expect((await server.request('POST', `/api/drafts/${draft.id}/revisions`, { token: tokens.secretariat, body: {} })).status).toBe(201);
    expect(await hits('observer', word)).toEqual([expect.objectContaining({ kind: 'revision', draftId: draft.id, clauseId: draft.objective })]);
    // The parties still see all three.
    expect((await hits('borealis', word)).map((h) => h.kind).sort()).toEqual(['comment', 'draft', 'revision']);
  });

  it('finds nothing for someone who is no member of the negotiation', async () => {
    const word = uniqueWord();
    await newDraft(`Parties shall protect ${word}.`);
    expect(await hits('aurelia', word)).toHaveLength(1);

    const admin = await server.login('admin@demo.treaty.test');
    const email = `${uniqueWord()}@example.org`;
    const created = await server.request('POST', '/api/users', { token: admin, body: { email, name: 'Outsider', password: 'a-long-password' } });
    expect(created.status).toBe(201);
    const outsider = await server.login(email, 'a-long-password');
    expect(await hits(outsider, word, false)).toEqual([]);
    const scoped = await search(outsider, new URLSearchParams({ q: word, negotiationId }).toString());
    expect(scoped.status).toBe(404);
    // The platform admin sets the negotiation up but reads no draft of it.
    expect(await hits(admin, word)).toEqual([]);
    expect(await hits(admin, word, false)).toEqual([]);
  });

  it('is described in the OpenAPI document with its query parameters', async () => {
    const doc = await server.request('GET', '/api/docs-json');
    const parameters: { name: string; schema: Record<string, unknown> }[] = doc.body.paths['/api/search'].get.parameters;
    expect(parameters.map((p) => p.name)).toEqual(['q', 'negotiationId', 'limit', 'cursor']);
    expect(parameters[0]?.schema).toMatchObject({ type: 'string', maxLength: 200 });
    expect(parameters[2]?.schema).toMatchObject({ maximum: 50 });
  });

  it('refuses a missing, empty, over-long or malformed query with problem+json 400', async () => {
    for (const query of ['', 'q=', 'q=%20%20', `q=${'a'.repeat(201)}`, 'q=x&negotiationId=nope', 'q=x&limit=0', 'q=x&limit=51', 'q=x&cursor=abc', 'q=x&sort=rank']) {
      const reply = await search('aurelia', query);
      expect({ query, status: reply.status }).toEqual({ query, status: 400 });
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(reply.body).toMatchObject({ status: 400, errors: expect.any(Array) });
    }
    expect((await server.request('GET', '/api/search?q=treaty')).status).toBe(401);
    // Only stop words: a valid question with no answer.
    expect(await hits('aurelia', 'the of')).toEqual([]);
  });
});
