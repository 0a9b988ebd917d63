import { canonicalJson, entryHash, type ChainedEntry } from './audit-hash';

describe('canonical JSON', () => {
  it.each([
    ['sorts keys at every depth', { b: 1, a: { d: [2, { z: null, y: 'x' }], c: true } }, '{"a":{"c":true,"d":[2,{"y":"x","z":null}]},"b":1}'],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['leaves out undefined fields, as JSON does', { a: undefined, b: 0 }, '{"b":0}'],
    ['escapes strings as JSON does', { 'k"ey': 'line\nbreak ü' }, '{"k\\"ey":"line\\nbreak ü"}'],
    ['writes scalars as JSON does', [null, -0, 1.5e300, ''], '[null,0,1.5e+300,""]'],
  ])('%s', (_, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});

describe('an entry hash', () => {
  const entry: ChainedEntry = {
    id: '0b9a3f4e-58f4-4c33-9c52-1a0f8e2b7d11',
    negotiationId: null,
    actorId: '7c1e2d4c-1111-4222-8333-944455566677',
    actorDelegationId: null,
    action: 'user.create',
    targetType: 'user',
    targetId: '1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6',
    before: null,
    after: { name: 'Ana', email: 'ana@example.org' },
    at: '2025-11-30T12:00:00.123Z',
  };

  it('does not depend on the order of keys in what changed', () => {
    expect(entryHash(null, entry)).toBe(entryHash(null, { ...entry, after: { email: 'ana@example.org', name: 'Ana' } }));
  });

  it.each([
    ['the previous hash', (e: ChainedEntry) => e, 'a'.repeat(64)],
    ['what changed', (e: ChainedEntry) => ({ ...e, after: { name: 'Ann', email: 'ana@example.org' } }), null],
    ['the time, to the millisecond', (e: ChainedEntry) => ({ ...e, at: '2025-11-30T12:00:00.124Z' }), null],
    ['the actor', (e: ChainedEntry) => ({ ...e, actorId: '7c1e2d4c-1111-4222-8333-944455566678' }), null],
  ])('changes with %s', (_, change, prevHash) => {
    expect(entryHash(prevHash, change(entry))).not.toBe(entryHash(null, entry));
  });

  it('is hex SHA-256', () => {
    expect(entryHash(null, entry)).toMatch(/^[0-9a-f]{64}$/);
  });
});
