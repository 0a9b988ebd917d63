import { z } from 'zod';
import { pageQuery, uuid } from './common.schema';

export const auditQuery = pageQuery.extend({
  action: z.string().max(100).regex(/^[a-z.-]+$/, 'must be an action name such as member.add').optional(),
  actor: uuid.optional(),
  since: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time' }).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditEntryView {
  id: string;
  negotiationId: string | null;
  actor: { id: string; name: string } | null;
  actorDelegationId: string | null;
  action: string;
  target: { type: string; id: string };
  before: unknown;
  after: unknown;
  at: string;
}

/**
 * The answer of walking a hash chain. `entries` counts the entries found sound: all of them, or
 * those before `brokenAt` — the first whose hash does not match its content ("hash mismatch") or
 * that does not name its predecessor's hash ("broken link": an entry before it was removed).
 */
export const auditVerification = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), entries: z.number().int().min(0) }),
  z.strictObject({
    ok: z.literal(false),
    brokenAt: uuid,
    entries: z.number().int().min(0),
    reason: z.enum(['hash mismatch', 'broken link']),
  }),
]);
export type AuditVerification = z.infer<typeof auditVerification>;
