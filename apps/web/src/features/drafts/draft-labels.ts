import type { ObserverAccess, Stage } from '@treaty/domain';

/** The workflow stages as PRODUCT.md names them for negotiators. */
export const STAGE_LABELS: Record<Stage, string> = {
  'issue-identification': 'Issue identification',
  'stakeholder-engagement': 'Stakeholder engagement',
  drafting: 'Drafting',
  negotiation: 'Negotiation',
  adoption: 'Adoption',
  review: 'Review',
};

export const OBSERVER_ACCESS_LABELS: Record<ObserverAccess, string> = {
  open: 'Observers follow the live text (open session)',
  published: 'Observers see published revisions only (closed session)',
};
