import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { importTreaty, treatyToYDoc } from '@treaty/treaty-schema';
import * as Y from 'yjs';
import { AuditLog } from '../audit/audit.service';
import { UpdateStore } from '../collab/update-store';
import { DraftTransition } from '../drafts/draft-transition.entity';
import { seedDemoCitations } from '../frameworks/demo-citations';
import { Draft } from '../drafts/draft.entity';
import { hashPassword } from '../identity/password';
import { User } from '../identity/user.entity';
import { Delegation } from '../negotiations/delegation.entity';
import { Membership } from '../negotiations/membership.entity';
import { Negotiation } from '../negotiations/negotiation.entity';
import type { AppConfig } from '../platform/config';
import { APP_CONFIG } from '../platform/config.provider';
import { Transactions } from '../platform/database/transactions';
import { DemoHistory } from './demo-history';
import { DEMO_ADMIN, DEMO_DELEGATIONS, DEMO_NEGOTIATION, DEMO_PASSWORD, DEMO_SECRETARIAT } from './demo-accounts';
import { DEMO_ZERO_DRAFT } from './demo-zero-draft';

// Any constant works; it keeps two processes starting together from seeding twice.
const SEED_LOCK = 72_042_026;

/**
 * On first start against an empty database, lays out the demo negotiation. A database that
 * has any account is left alone, so starting again changes nothing.
 */
@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly updates: UpdateStore,
    private readonly history: DemoHistory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.transactions.run(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if ((await manager.count(User)) > 0) return false;
      await this.seed(manager);
      return true;
    });
    if (seeded) this.logger.log(`Seeded the demo negotiation; every demo account's password is "${DEMO_PASSWORD}"`);
  }

  private async seed(manager: EntityManager): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const admin = await this.addUser(manager, { ...DEMO_ADMIN, isAdmin: true }, passwordHash);
    const negotiationId = randomUUID();
    await manager.insert(Negotiation, {
      id: negotiationId,
      ...DEMO_NEGOTIATION,
      adoptionRule: { method: 'vote', majority: { numerator: 2, denominator: 3 } },
      createdBy: admin,
    });
    const record = (action: string, type: string, id: string, after: Record<string, unknown>) =>
      this.audit.record(manager, { negotiationId, actorId: admin, actorDelegationId: null, action, target: { type, id }, after });
    await record('negotiation.create', 'negotiation', negotiationId, DEMO_NEGOTIATION);

    const join = async (userId: string, role: Membership['role'], delegationId: string | null) => {
      const id = randomUUID();
      await manager.insert(Membership, { id, negotiationId, userId, role, delegationId });
      await record('member.add', 'membership', id, { userId, role, delegationId });
    };
    let secretary: string | null = null;
    for (const person of DEMO_SECRETARIAT) {
      secretary = await this.addUser(manager, person, passwordHash);
      await join(secretary, 'secretariat', null);
    }
    for (const delegation of DEMO_DELEGATIONS) {
      const delegationId = randomUUID();
      await manager.insert(Delegation, { id: delegationId, negotiationId, name: delegation.name, kind: delegation.kind });
      await record('delegation.create', 'delegation', delegationId, { name: delegation.name, kind: delegation.kind });
      for (const member of delegation.members) {
        await join(await this.addUser(manager, member, passwordHash), member.role, delegationId);
      }
    }
    await this.seedZeroDraft(manager, negotiationId, secretary ?? admin, record);
    await seedDemoCitations(manager, this.audit, negotiationId);
    if (this.config.seedDemoHistory && !(await this.history.seed(manager, negotiationId, secretary ?? admin))) {
      this.logger.warn('fixtures/treaties not found beside this build: the demo has no 2015 Paris history draft');
    }
  }

  /** The zero draft, tabled and open for negotiation, so delegates can edit it at once. */
  private async seedZeroDraft(
    manager: EntityManager,
    negotiationId: string,
    secretary: string,
    record: (action: string, type: string, id: string, after: Record<string, unknown>) => Promise<void>,
  ): Promise<void> {
    const imported = importTreaty(DEMO_ZERO_DRAFT, 'markdown');
    const id = randomUUID();
    const title = imported.title ?? 'Zero draft';
    await manager.insert(Draft, { id, negotiationId, title, stage: 'negotiation', observerAccess: 'open', createdBy: secretary });
    await this.updates.appendIn(manager, id, Y.encodeStateAsUpdate(treatyToYDoc(imported.doc)), { userId: secretary, delegationId: null });
    const reason = 'The zero draft is tabled; negotiations open.';
    await manager.insert(DraftTransition, { id: randomUUID(), draftId: id, from: 'issue-identification', to: 'negotiation', reason, actorId: secretary });
    await record('draft.create', 'draft', id, { title, stage: 'negotiation', reason });
  }

  private async addUser(
    manager: EntityManager,
    person: { email: string; name: string; isAdmin?: boolean },
    passwordHash: string,
  ): Promise<string> {
    const id = randomUUID();
    await manager.insert(User, { id, email: person.email, name: person.name, passwordHash, isAdmin: person.isAdmin ?? false });
    return id;
  }
}
