import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FrameworksQuery, FrameworkView, Page, RegisterFrameworkRequest } from '@treaty/contracts';
import { conflict, decide, forbidden, type Actor } from '@treaty/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditLog } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { Membership } from '../negotiations/membership.entity';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { Framework } from './framework.entity';
import { toFrameworkView } from './framework.views';

/**
 * The registry of instruments clauses cite. It belongs to no negotiation, so registering one is
 * audited on the platform chain (with `user.create`), not on any negotiation's.
 */
@Injectable()
export class FrameworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async list(query: FrameworksQuery): Promise<Page<FrameworkView>> {
    const q = this.dataSource.getRepository(Framework).createQueryBuilder('f').leftJoinAndSelect('f.registeredBy', 'u');
    const page = await paginate(q, 'f', query);
    return { items: page.items.map(toFrameworkView), nextCursor: page.nextCursor };
  }

  /** Asks the policy whether this person keeps the registry: the admin, or a secretariat anywhere. */
  async authorizeRegistration(user: AuthUser): Promise<void> {
    const servesAsSecretariat = await this.dataSource.getRepository(Membership).existsBy({ userId: user.id, role: 'secretariat' });
    const actor: Actor = { userId: user.id, isAdmin: user.isAdmin, servesAsSecretariat };
    const decision = decide(actor, 'framework.register');
    if (!decision.allowed) throw forbidden(decision.reason);
  }

  async register(user: AuthUser, input: RegisterFrameworkRequest): Promise<FrameworkView> {
    const duplicate = () => conflict(`an instrument named "${input.name}" is already registered`);
    try {
      const stored = await this.transactions.run(async (manager) => {
        const existing = await manager
          .createQueryBuilder(Framework, 'f')
          .where('lower(f.name) = lower(:name)', { name: input.name })
          .getExists();
        if (existing) throw duplicate();
        const id = randomUUID();
        await manager.insert(Framework, { id, ...input, registeredById: user.id });
        await this.audit.record(manager, {
          negotiationId: null,
          actorId: user.id,
          actorDelegationId: null,
          action: 'framework.register',
          target: { type: 'framework', id },
          after: { ...input },
        });
        return manager.findOneOrFail(Framework, { where: { id }, relations: { registeredBy: true } });
      });
      return toFrameworkView(stored);
    } catch (error) {
      // Two registrations of one name at once on PostgreSQL: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw duplicate();
      throw error;
    }
  }

  /** The framework, or null when no such instrument is registered. */
  find(id: string): Promise<Framework | null> {
    return this.dataSource.getRepository(Framework).findOneBy({ id });
  }
}
