import type { Action, CommentVisibility, DraftAction, NegotiationAction, PlatformAction, RegistryAction } from './actions';
import { DRAFT_ACTIONS, NEGOTIATION_ACTIONS, PLATFORM_ACTIONS, REGISTRY_ACTIONS } from './actions';
import { PERMISSION_MATRIX, type MatrixColumn } from './permission-matrix';
import { DELEGATION_KIND_FOR_ROLE, type DelegationKind, type Role } from './roles';
import type { ObserverAccess, Stage } from './stages';

/** Who is asking, as the server knows them (never as the client claims). */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** Their membership in the negotiation the request is about, if any. */
  membership?: Membership | null;
  /** For registry actions: whether they are the secretariat of at least one negotiation. */
  servesAsSecretariat?: boolean;
}

export interface Membership {
  role: Role;
  delegationId: string | null;
  delegationKind: DelegationKind | null;
}

/** What the action is about. Draft actions need the draft's stage and observer access. */
export interface PolicyContext {
  draft?: { stage: Stage; observerAccess: ObserverAccess };
  /** Set when the action touches one clause: an agreed clause is locked for everyone. */
  clauseLocked?: boolean;
  /** For `comment.create`: the visibility asked for. */
  commentVisibility?: CommentVisibility;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const isPlatformAction = (a: Action): a is PlatformAction => (PLATFORM_ACTIONS as readonly string[]).includes(a);
const isRegistryAction = (a: Action): a is RegistryAction => (REGISTRY_ACTIONS as readonly string[]).includes(a);
const isNegotiationAction = (a: Action): a is NegotiationAction =>
  (NEGOTIATION_ACTIONS as readonly string[]).includes(a);
const isDraftAction = (a: Action): a is DraftAction => (DRAFT_ACTIONS as readonly string[]).includes(a);

/** The one policy every channel asks: REST guards, socket.io joins, the collab write right. */
export function decide(actor: Actor, action: Action, context: PolicyContext = {}): Decision {
  if (isPlatformAction(action)) {
    return actor.isAdmin ? ALLOW : deny('only a platform admin may do this');
  }
  if (isRegistryAction(action)) {
    return actor.isAdmin || actor.servesAsSecretariat ? ALLOW : deny('only a platform admin or a secretariat may do this');
  }
  if (isNegotiationAction(action)) return decideNegotiation(actor, action);
  if (isDraftAction(action)) return decideDraft(actor, action, context);
  return deny('unknown action');
}

export const can = (actor: Actor, action: Action, context: PolicyContext = {}): boolean =>
  decide(actor, action, context).allowed;

/** Every draft action the actor may take now on a draft in this stage and access mode. */
export const allowedDraftActions = (actor: Actor, draft: NonNullable<PolicyContext['draft']>): DraftAction[] =>
  DRAFT_ACTIONS.filter((action) => decide(actor, action, { draft }).allowed);

/** A draft exists for someone who may read its live text or its revisions; for others it is 404. */
export const seesDraft = (actions: readonly DraftAction[]): boolean =>
  actions.includes('text.read') || actions.includes('revision.read');

function decideNegotiation(actor: Actor, action: NegotiationAction): Decision {
  // The admin sets negotiations up (and may repair them); inside, the members' roles rule.
  if (actor.isAdmin) return ALLOW;
  const membership = actor.membership;
  if (!membership) return deny('not a member of this negotiation');
  if (action === 'negotiation.read') return ALLOW;
  return membership.role === 'secretariat' ? ALLOW : deny('only the secretariat may do this');
}

function decideDraft(actor: Actor, action: DraftAction, context: PolicyContext): Decision {
  const membership = actor.membership;
  if (!membership) return deny('not a member of this negotiation');
  const draft = context.draft;
  if (!draft) return deny('no draft given');
  const column = matrixColumn(membership);
  if (!column) return deny('membership does not match its delegation kind');

  const row = PERMISSION_MATRIX[draft.stage];
  const granted =
    row[column].includes(action) || (membership.role === 'head' && row.head.includes(action));
  if (!granted) return deny(`the ${membership.role} role may not ${action} in the ${draft.stage} stage`);

  if (column === 'observer' && action === 'text.read' && draft.stage === 'negotiation') {
    if (draft.observerAccess !== 'open') return deny('observers read only published revisions of this draft');
  }
  if (action === 'comment.create' && column === 'observer' && context.commentVisibility !== 'public') {
    return deny('observers comment publicly only');
  }
  if (context.clauseLocked && LOCK_SENSITIVE.has(action)) return deny('the clause is agreed and locked');
  return ALLOW;
}

/** Actions that change a clause's text, and so are refused on a locked clause. */
const LOCK_SENSITIVE: ReadonlySet<DraftAction> = new Set<DraftAction>([
  'text.edit',
  'bracket.create',
  'alternative.table',
  'amendment.propose',
]);

function matrixColumn(membership: Membership): MatrixColumn | null {
  if (membership.delegationKind !== DELEGATION_KIND_FOR_ROLE[membership.role]) return null;
  if (membership.role === 'secretariat') return 'secretariat';
  if (membership.role === 'observer') return 'observer';
  return 'party';
}
