import { citeProvisionRequest, frameworkTypeLabel, registerFrameworkRequest } from './frameworks.schema';

const valid = { name: 'EU AI Act', type: 'regulation', technologyFocus: 'AI', binding: 'binding', scope: 'EU, extraterritorial', year: 2024 };

describe('registering a framework', () => {
  it('accepts the seed table row and any lowercase hyphenated kind, normalising its case', () => {
    expect(registerFrameworkRequest.parse(valid)).toEqual(valid);
    expect(registerFrameworkRequest.parse({ ...valid, type: ' Code-Of-Conduct ' }).type).toBe('code-of-conduct');
  });

  it.each([
    ['a binding nature outside the closed set', { binding: 'voluntary' }],
    ['a kind with spaces', { type: 'soft law' }],
    ['a fractional year', { year: 2024.5 }],
    ['a year before 1800', { year: 1648 }],
    ['a year given as text', { year: '2024' }],
    ['a blank name', { name: '  ' }],
    ['an unknown field', { registeredBy: 'me' }],
  ])('refuses %s', (_, change) => {
    expect(registerFrameworkRequest.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('labels known kinds as written and others from their slug', () => {
    expect(frameworkTypeLabel('soft-law')).toBe('Soft law');
    expect(frameworkTypeLabel('code-of-conduct')).toBe('Code of conduct');
  });
});

describe('citing a provision', () => {
  it('needs a framework id and a non-empty provision', () => {
    const frameworkId = '3f1e2d4c-1111-4222-8333-944455566677';
    expect(citeProvisionRequest.safeParse({ frameworkId, provision: 'Article 5(1)(a)' }).success).toBe(true);
    expect(citeProvisionRequest.safeParse({ frameworkId: 'eu-ai-act', provision: 'Article 5' }).success).toBe(false);
    expect(citeProvisionRequest.safeParse({ frameworkId, provision: '' }).success).toBe(false);
  });
});
