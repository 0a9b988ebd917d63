/** The workflow of PRODUCT.md, in order. */
export const STAGES = [
  'issue-identification',
  'stakeholder-engagement',
  'drafting',
  'negotiation',
  'adoption',
  'review',
] as const;
export type Stage = (typeof STAGES)[number];

/** Whether observers read the live text or only published revisions (meeting format). */
export const OBSERVER_ACCESS = ['open', 'published'] as const;
export type ObserverAccess = (typeof OBSERVER_ACCESS)[number];
