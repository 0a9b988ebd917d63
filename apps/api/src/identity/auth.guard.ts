import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@treaty/domain';
import { IS_PUBLIC, type AuthenticatedRequest } from './auth-user';
import { TokenUsers } from './token-users';

/** Every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokenUsers: TokenUsers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer ([\w.-]+)$/.exec(header) : null;
    if (!match?.[1]) throw new DomainError('unauthenticated', 'Sign in: an access token is required');
    request.user = (await this.tokenUsers.userOf(match[1])).user;
    return true;
  }
}
