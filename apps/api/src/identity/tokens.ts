import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@treaty/domain';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG } from '../platform/config.provider';
import type { AppConfig } from '../platform/config';

const ISSUER = 'treaty-workspace';

/** Signed, expiring access tokens (HS256 JWT) naming the user. */
@Injectable()
export class Tokens {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async issue(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.config.tokenSecret);
    return { token, expiresAt };
  }

  /** The user id a valid token names; a forged, expired or malformed token is refused. */
  async verify(token: string): Promise<{ userId: string; expiresAt: Date }> {
    try {
      const { payload } = await jwtVerify(token, this.config.tokenSecret, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') throw new Error('incomplete token');
      return { userId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
    } catch {
      throw new DomainError('unauthenticated', 'The access token is missing, expired or invalid');
    }
  }
}
