import { pglite } from '../../test/databases';
import { TestServer } from '../../test/harness';

describe('the OpenAPI document', () => {
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, stop } = await TestServer.onFreshDatabase(pglite, { seedDemo: false }));
  });
  afterAll(() => stop?.());

  it('describes every route of the API with its request schemas', async () => {
    const doc = await server.request('GET', '/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths).sort()).toEqual([
      '/api/auth/login',
      '/api/drafts/{id}',
      '/api/drafts/{id}/adoption',
      '/api/drafts/{id}/adoption/decision',
      '/api/drafts/{id}/adoption/votes',
      '/api/drafts/{id}/alternatives/{altId}/resolve',
      '/api/drafts/{id}/brackets',
      '/api/drafts/{id}/brackets/{bracketId}/resolve',
      '/api/drafts/{id}/citations',
      '/api/drafts/{id}/clauses/{clauseId}/citations',
      '/api/drafts/{id}/clauses/{clauseId}/citations/{citationId}',
      '/api/drafts/{id}/clauses/{clauseId}/status',
      '/api/drafts/{id}/comments',
      '/api/drafts/{id}/comments/{cid}',
      '/api/drafts/{id}/comments/{cid}/reopen',
      '/api/drafts/{id}/comments/{cid}/resolve',
      '/api/drafts/{id}/export',
      '/api/drafts/{id}/positions',
      '/api/drafts/{id}/positions/tally',
      '/api/drafts/{id}/proposals',
      '/api/drafts/{id}/proposals/{pid}/accept',
      '/api/drafts/{id}/proposals/{pid}/reject',
      '/api/drafts/{id}/reservations',
      '/api/drafts/{id}/revisions',
      '/api/drafts/{id}/revisions/preview',
      '/api/drafts/{id}/revisions/{a}/diff/{b}',
      '/api/drafts/{id}/revisions/{n}',
      '/api/drafts/{id}/rounds',
      '/api/drafts/{id}/rounds/{rid}/close',
      '/api/drafts/{id}/text',
      '/api/drafts/{id}/transitions',
      '/api/drafts/{id}/workflow',
      '/api/frameworks',
      '/api/me',
      '/api/negotiations',
      '/api/negotiations/{id}',
      '/api/negotiations/{id}/audit',
      '/api/negotiations/{id}/audit/verify',
      '/api/negotiations/{id}/coalitions',
      '/api/negotiations/{id}/delegations',
      '/api/negotiations/{id}/drafts',
      '/api/negotiations/{id}/members',
      '/api/negotiations/{id}/members/{memberId}',
      '/api/search',
      '/api/users',
    ]);
    const addDelegation = doc.body.paths['/api/negotiations/{id}/delegations'].post;
    expect(addDelegation.requestBody.content['application/json'].schema).toMatchObject({
      properties: { name: { type: 'string', maxLength: 200 }, kind: { enum: ['party', 'observer'] } },
      additionalProperties: false,
    });
    expect(doc.body.paths['/api/negotiations'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['limit', 'cursor']);
  });

  it('is served as a page at /api/docs', async () => {
    const page = await server.request('GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('swagger');
  });

  it('answers unknown API paths with problem+json 404, not the web app', async () => {
    const reply = await server.request('GET', '/api/no-such-thing');
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
