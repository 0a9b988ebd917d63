import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@treaty/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from './auth-user';
import { Tokens } from './tokens';
import { User } from './user.entity';

/**
 * The user an access token names, re-read from the database each time, so a removed account
 * stops working at once rather than when its token expires. Used by REST and socket.io; the
 * realtime endpoint reads the same row inside its one admission query (collab/connection-access).
 */
@Injectable()
export class TokenUsers {
  constructor(
    private readonly tokens: Tokens,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async userOf(token: string): Promise<{ user: AuthUser; expiresAt: Date }> {
    const { userId, expiresAt } = await this.tokens.verify(token);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new DomainError('unauthenticated', 'The access token is missing, expired or invalid');
    return { user: { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin }, expiresAt };
  }
}
