import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUserRequest, MeResponse, UserView } from '@treaty/contracts';
import { conflict } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit.service';
import { Membership } from '../negotiations/membership.entity';
import { Transactions } from '../platform/database/transactions';
import type { AuthUser } from './auth-user';
import { hashPassword } from './password';
import { User } from './user.entity';
import { toUserView } from './user.view';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async create(actor: AuthUser, input: CreateUserRequest): Promise<UserView> {
    const passwordHash = await hashPassword(input.password);
    const user = await this.transactions.run(async (manager) => {
      if (await manager.existsBy(User, { email: input.email })) {
        throw conflict('An account with this email already exists');
      }
      const created = manager.create(User, {
        id: randomUUID(),
        email: input.email,
        name: input.name,
        passwordHash,
        isAdmin: input.isAdmin ?? false,
      });
      await manager.insert(User, created);
      const stored = await manager.findOneByOrFail(User, { id: created.id });
      await this.audit.record(manager, {
        negotiationId: null,
        actorId: actor.id,
        actorDelegationId: null,
        action: 'user.create',
        target: { type: 'user', id: stored.id },
        after: { email: stored.email, name: stored.name, isAdmin: stored.isAdmin },
      });
      return stored;
    });
    return toUserView(user);
  }

  async me(authUser: AuthUser): Promise<MeResponse> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: authUser.id });
    const memberships = await this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.delegation', 'd')
      .innerJoinAndSelect('m.negotiation', 'n')
      .where('m.user_id = :userId', { userId: user.id })
      .orderBy('n.created_at', 'ASC')
      .getMany();
    return {
      user: toUserView(user),
      memberships: memberships.map((m) => ({
        id: m.id,
        negotiationId: m.negotiationId,
        negotiationTitle: m.negotiation?.title ?? '',
        role: m.role,
        delegation: m.delegation ? { id: m.delegation.id, name: m.delegation.name, kind: m.delegation.kind } : null,
      })),
    };
  }
}
