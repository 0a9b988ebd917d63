import { COMMENT_VISIBILITIES, withinAudience, type Membership } from '@treaty/domain';

/** The audience delegation of a comment someone writes: their delegation, null for the secretariat. */
export const audienceDelegationOf = (membership: Membership): string | null =>
  membership.role === 'secretariat' ? null : membership.delegationId;

/**
 * The SQL condition for "within this person's audience", derived from `withinAudience` itself
 * rather than written a second time: the rule depends on a comment's visibility and on whether
 * its delegation is none, the person's own, or another. So each visibility is asked about one
 * delegation of each kind, and the answers become the condition. The visibility matrix in
 * comments.int-spec.ts compares the list (this) with reads by id (the rule) for every viewer.
 */
export function audienceCondition(alias: string, membership: Membership | null | undefined): { sql: string; params: Record<string, unknown> } {
  if (!membership) return { sql: 'FALSE', params: {} };
  const own = membership.delegationId;
  const kinds: { delegationId: string | null; sql: string }[] = [
    { delegationId: null, sql: `${alias}.delegation_id IS NULL` },
    ...(own ? [{ delegationId: own, sql: `${alias}.delegation_id = :audienceOwn` }] : []),
    // Stands for any delegation other than the person's: a value no uuid column can hold.
    { delegationId: 'another delegation', sql: `${alias}.delegation_id IS NOT NULL${own ? ` AND ${alias}.delegation_id <> :audienceOwn` : ''}` },
  ];
  const terms = COMMENT_VISIBILITIES.flatMap((visibility) => {
    const reached = kinds.filter((kind) => withinAudience(membership, { visibility, delegationId: kind.delegationId }));
    if (reached.length === 0) return [];
    return [`(${alias}.visibility = '${visibility}' AND (${reached.map((kind) => kind.sql).join(' OR ')}))`];
  });
  return { sql: terms.length > 0 ? `(${terms.join(' OR ')})` : 'FALSE', params: own ? { audienceOwn: own } : {} };
}
