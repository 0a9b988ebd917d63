import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@treaty/domain';
import { DataSource } from 'typeorm';
import { IS_PUBLIC, type AuthenticatedRequest } from './auth-user';
import { Tokens } from './tokens';
import { User } from './user.entity';

/**
 * Every route needs a valid access token unless marked `@Public()`. The user is loaded on each
 * request, so a removed account stops working at once rather than when its token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: Tokens,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer ([\w.-]+)$/.exec(header) : null;
    if (!match?.[1]) throw new DomainError('unauthenticated', 'Sign in: an access token is required');
    const { userId } = await this.tokens.verify(match[1]);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new DomainError('unauthenticated', 'The access token is missing, expired or invalid');
    request.user = { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
    return true;
  }
}
