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
