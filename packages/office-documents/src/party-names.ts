import type { DocumentParty } from '@treaty/treaty-schema';

/**
 * Proposers as a reader names them. An id missing from `source.parties` (a delegation since
 * removed) is never printed raw: a UUID on paper helps nobody and leaks an internal key.
 */
export function partyNames(parties: readonly DocumentParty[]): (ids: readonly string[]) => string {
  const names = new Map(parties.map((party) => [party.id, party.name]));
  return (ids) => {
    const named = ids.map((id) => names.get(id) ?? 'a party no longer in the negotiation');
    if (named.length <= 1) return named[0] ?? '';
    return `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  };
}
