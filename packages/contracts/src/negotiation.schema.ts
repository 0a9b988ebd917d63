import { DELEGATION_KINDS, ROLES, type DelegationKind, type Role } from '@treaty/domain';
import { z } from 'zod';
import { email, text, uuid } from './common.schema';
import { LIMITS } from './limits';
import type { DelegationRef } from './identity.schema';

/** How the instrument is adopted: consensus, or a vote passing at `majority` of those present and voting. */
export const adoptionRule = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('consensus') }),
  z.strictObject({
    method: z.literal('vote'),
    majority: z
      .strictObject({
        numerator: z.number().int().min(1).max(100),
        denominator: z.number().int().min(1).max(100),
      })
      .refine((m) => m.numerator <= m.denominator, 'numerator must not exceed denominator')
      .refine((m) => m.numerator * 2 >= m.denominator, 'a majority must be at least one half'),
  }),
]);
export type AdoptionRule = z.infer<typeof adoptionRule>;

export const createNegotiationRequest = z.strictObject({
  title: text(LIMITS.title),
  description: text(LIMITS.description).optional(),
  adoptionRule: adoptionRule.default({ method: 'consensus' }),
});
export type CreateNegotiationRequest = z.input<typeof createNegotiationRequest>;

export const createDelegationRequest = z.strictObject({
  name: text(LIMITS.name),
  kind: z.enum(DELEGATION_KINDS),
});
export type CreateDelegationRequest = z.infer<typeof createDelegationRequest>;

/** A member is named by `userId`, or by the `email` of an existing account (what a secretariat knows). */
export const addMemberRequest = z
  .strictObject({
    userId: uuid.optional(),
    email: email.optional(),
    role: z.enum(ROLES),
    delegationId: uuid.nullable().optional(),
  })
  .refine((m) => (m.userId === undefined) !== (m.email === undefined), {
    message: 'give exactly one of userId and email',
    path: ['userId'],
  });
export type AddMemberRequest = z.infer<typeof addMemberRequest>;

export interface NegotiationView {
  id: string;
  title: string;
  description: string | null;
  adoptionRule: AdoptionRule;
  createdAt: string;
  /** The caller's own membership, if any (admins may see negotiations they are not in). */
  myMembership: { role: Role; delegation: DelegationRef | null } | null;
}

export interface DelegationView {
  id: string;
  negotiationId: string;
  name: string;
  kind: DelegationKind;
  createdAt: string;
}

export interface MemberView {
  id: string;
  negotiationId: string;
  /** `email` only for those who manage the negotiation; others see names, as on a list of participants. */
  user: { id: string; name: string; email: string | null };
  role: Role;
  delegation: DelegationRef | null;
  createdAt: string;
}

/** More members than the world has states is a mistake, not a coalition. */
const MAX_COALITION_MEMBERS = 200;

/** A coalition speaks for two or more party delegations of the negotiation. */
export const createCoalitionRequest = z.strictObject({
  name: text(LIMITS.name),
  memberDelegationIds: z
    .array(uuid)
    .min(2, 'a coalition needs at least two delegations')
    .max(MAX_COALITION_MEMBERS, `must be at most ${MAX_COALITION_MEMBERS} delegations`)
    .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, 'must not name a delegation twice'),
});
export type CreateCoalitionRequest = z.infer<typeof createCoalitionRequest>;

export interface CoalitionView {
  id: string;
  negotiationId: string;
  name: string;
  /** Its member delegations, in the order they joined the negotiation. */
  members: DelegationRef[];
  createdAt: string;
}
