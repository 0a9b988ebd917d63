import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';

/** The signed-in user, as loaded from the database for this request. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

export interface AuthenticatedRequest {
  user?: AuthUser;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
}

export const IS_PUBLIC = 'identity:public';
/** Marks a route that needs no access token (sign-in, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
