import { DomainError } from './errors';
import { DELEGATION_KIND_FOR_ROLE, type DelegationKind, type Role } from './roles';

/**
 * A head or delegate sits in a party delegation, an observer in an observer organisation,
 * and the secretariat in none: anything else would give someone the wrong column of the matrix.
 */
export function assertMembershipFits(role: Role, delegationKind: DelegationKind | null): void {
  const wanted = DELEGATION_KIND_FOR_ROLE[role];
  if (wanted === delegationKind) return;
  const message =
    wanted === null
      ? 'the secretariat belongs to no delegation'
      : `a ${role} must belong to ${wanted === 'party' ? 'a party delegation' : 'an observer organisation'}`;
  throw new DomainError('invalid', message, [{ path: 'delegationId', message }]);
}
