import type { DelegationKind, Role } from '@treaty/domain';
import { z } from 'zod';
import { email, text } from './common.schema';
import { LIMITS } from './limits';

export const loginRequest = z.strictObject({
  email,
  password: z.string().min(1, 'must not be empty').max(LIMITS.passwordMax),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const createUserRequest = z.strictObject({
  email,
  name: text(LIMITS.name),
  password: z
    .string()
    .min(LIMITS.passwordMin, `must be at least ${LIMITS.passwordMin} characters`)
    .max(LIMITS.passwordMax),
  isAdmin: z.boolean().optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export interface UserView {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  createdAt: string;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: UserView;
}

export interface MembershipSummary {
  id: string;
  negotiationId: string;
  negotiationTitle: string;
  role: Role;
  delegation: DelegationRef | null;
}

export interface DelegationRef {
  id: string;
  name: string;
  kind: DelegationKind;
}

export interface MeResponse {
  user: UserView;
  memberships: MembershipSummary[];
}
