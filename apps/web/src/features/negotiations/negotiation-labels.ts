import type { AdoptionRule, DelegationRef } from '@treaty/contracts';

/** Adoption rules the way a chair would announce them. */
export function describeAdoptionRule(rule: AdoptionRule): string {
  if (rule.method === 'consensus') return 'Consensus';
  const { numerator, denominator } = rule.majority;
  const simple = numerator === 1 && denominator === 2;
  const share = simple ? 'a simple majority' : `a ${String(numerator)}/${String(denominator)} majority`;
  return `Vote, by ${share} of the parties present and voting`;
}

export const delegationName = (delegation: DelegationRef | null): string => delegation?.name ?? '—';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
