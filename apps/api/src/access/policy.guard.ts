import { createParamDecorator, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decide, DomainError, forbidden, type DraftAction, type NegotiationAction, type PlatformAction } from '@treaty/domain';
import { DraftAccessResolver, type DraftAccess } from './draft-access';
import { NegotiationAccessResolver, type NegotiationAccess } from './negotiation-access';
import { IdPipe } from '../platform/id.pipe';
import type { AuthenticatedRequest } from '../identity/auth-user';

const PLATFORM_ACTION = 'policy:platform';
const NEGOTIATION_ACTION = 'policy:negotiation';
const DRAFT_ACTION = 'policy:draft';

/** The route needs a platform right (admin). */
export const RequirePlatform = (action: PlatformAction) => SetMetadata(PLATFORM_ACTION, action);
/** The route acts inside the negotiation named by its `:id` and needs this right there. */
export const RequireInNegotiation = (action: NegotiationAction) => SetMetadata(NEGOTIATION_ACTION, action);
/** The route acts on the draft named by its `:id` and needs this right there, in its stage. */
export const RequireOnDraft = (action: DraftAction) => SetMetadata(DRAFT_ACTION, action);

interface PolicyRequest extends AuthenticatedRequest {
  params: Record<string, string>;
  negotiationAccess?: NegotiationAccess;
  draftAccess?: DraftAccess;
}

/**
 * REST's door to the one policy in packages/domain. It runs after authentication and before
 * any validation, so a person without the right learns nothing from the body they send.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly idPipe = new IdPipe();

  constructor(
    private readonly reflector: Reflector,
    private readonly access: NegotiationAccessResolver,
    private readonly drafts: DraftAccessResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const platform = this.reflector.getAllAndOverride<PlatformAction | undefined>(PLATFORM_ACTION, targets);
    const negotiation = this.reflector.getAllAndOverride<NegotiationAction | undefined>(NEGOTIATION_ACTION, targets);
    const draft = this.reflector.getAllAndOverride<DraftAction | undefined>(DRAFT_ACTION, targets);
    if (!platform && !negotiation && !draft) return true;
    const request = context.switchToHttp().getRequest<PolicyRequest>();
    const user = request.user;
    // Policy routes are never public; without a user the authentication guard did not run.
    if (!user) throw new DomainError('unauthenticated', 'Sign in: an access token is required');
    if (platform) {
      const decision = decide({ userId: user.id, isAdmin: user.isAdmin }, platform);
      if (!decision.allowed) throw forbidden(decision.reason);
    }
    if (negotiation) {
      const id = this.idPipe.transform(request.params['id'] ?? '');
      request.negotiationAccess = await this.access.authorize(user, id, negotiation);
    }
    if (draft) {
      const id = this.idPipe.transform(request.params['id'] ?? '');
      request.draftAccess = await this.drafts.authorize(user, id, draft);
    }
    return true;
  }
}

/** The caller's access inside the route's negotiation, as the guard resolved it. */
export const InNegotiation = createParamDecorator((_: unknown, context: ExecutionContext): NegotiationAccess => {
  const access = context.switchToHttp().getRequest<PolicyRequest>().negotiationAccess;
  if (!access) throw new Error('InNegotiation used on a route without RequireInNegotiation');
  return access;
});

/** The caller's access to the route's draft, as the guard resolved it. */
export const OnDraft = createParamDecorator((_: unknown, context: ExecutionContext): DraftAccess => {
  const access = context.switchToHttp().getRequest<PolicyRequest>().draftAccess;
  if (!access) throw new Error('OnDraft used on a route without RequireOnDraft');
  return access;
});
