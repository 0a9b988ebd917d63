import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginRequest, LoginResponse } from '@treaty/contracts';
import { DomainError } from '@treaty/domain';
import { DataSource } from 'typeorm';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import { Tokens } from './tokens';
import { User } from './user.entity';
import { toUserView } from './user.view';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: Tokens,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(input: LoginRequest, address: string): Promise<LoginResponse> {
    await this.throttle.assertAllowed(input.email, address);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: input.email })
      .getOne();
    if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
      await this.throttle.recordFailure(input.email, address);
      throw new DomainError('unauthenticated', 'The email or password is wrong');
    }
    await this.throttle.recordSuccess(input.email, address);
    const { token, expiresAt } = await this.tokens.issue(user.id);
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: toUserView(user) };
  }
}
