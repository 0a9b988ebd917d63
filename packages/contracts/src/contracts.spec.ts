import { addMemberRequest, createNegotiationRequest, createUserRequest, pageQuery } from './index';

describe('request contracts', () => {
  it('normalises emails to lower case without surrounding spaces', () => {
    const parsed = createUserRequest.parse({ email: '  Ana@Example.ORG ', name: 'Ana', password: 'long-enough-1' });
    expect(parsed.email).toBe('ana@example.org');
  });

  it('rejects unknown fields rather than passing them through', () => {
    const result = createUserRequest.safeParse({ email: 'a@b.org', name: 'A', password: 'long-enough-1', isAdmin: true, role: 'x' });
    expect(result.success).toBe(false);
  });

  it('wants exactly one of userId and email for a new member', () => {
    const id = '3f1e2d4c-1111-4222-8333-944455566677';
    expect(addMemberRequest.safeParse({ role: 'secretariat' }).success).toBe(false);
    expect(addMemberRequest.safeParse({ role: 'secretariat', userId: id, email: 'a@b.org' }).success).toBe(false);
    expect(addMemberRequest.safeParse({ role: 'secretariat', email: 'a@b.org' }).success).toBe(true);
    expect(addMemberRequest.safeParse({ role: 'chair', email: 'a@b.org' }).success).toBe(false);
  });

  it('defaults the adoption rule to consensus and refuses a vote threshold under one half', () => {
    expect(createNegotiationRequest.parse({ title: 'T' }).adoptionRule).toEqual({ method: 'consensus' });
    const minority = { title: 'T', adoptionRule: { method: 'vote', majority: { numerator: 1, denominator: 3 } } };
    expect(createNegotiationRequest.safeParse(minority).success).toBe(false);
  });

  it('refuses control characters and blank titles', () => {
    expect(createNegotiationRequest.safeParse({ title: 'A\u0000B' }).success).toBe(false);
    expect(createNegotiationRequest.safeParse({ title: '   ' }).success).toBe(false);
  });

  it('bounds page sizes and coerces them from the query string', () => {
    expect(pageQuery.parse({ limit: '10' }).limit).toBe(10);
    expect(pageQuery.parse({}).limit).toBe(50);
    expect(pageQuery.safeParse({ limit: '101' }).success).toBe(false);
  });
});
