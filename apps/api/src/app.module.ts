import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessModule } from './access/access.module';
import { AdoptionModule } from './adoption/adoption.module';
import { PolicyGuard } from './access/policy.guard';
import { AuditModule } from './audit/audit.module';
import { CollabModule } from './collab/collab.module';
import { CommentsModule } from './comments/comments.module';
import { DraftsModule } from './drafts/drafts.module';
import { EventsModule } from './events/events.module';
import { ExportsModule } from './exports/exports.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { AuthGuard } from './identity/auth.guard';
import { IdentityModule } from './identity/identity.module';
import { NegotiationsModule } from './negotiations/negotiations.module';
import type { AppConfig } from './platform/config';
import { LiveModule } from './live/live.module';
import { PlatformModule } from './platform/platform.module';
import { PositionsModule } from './positions/positions.module';
import { ProposalsModule } from './proposals/proposals.module';
import { RevisionsModule } from './revisions/revisions.module';
import { SearchModule } from './search/search.module';
import { TextModule } from './text/text.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config),
        EventsModule,
        IdentityModule,
        AccessModule,
        NegotiationsModule,
        AuditModule,
        DraftsModule,
        CollabModule,
        TextModule,
        PositionsModule,
        ProposalsModule,
        CommentsModule,
        RevisionsModule,
        SearchModule,
        AdoptionModule,
        FrameworksModule,
        ExportsModule,
        LiveModule,
        ...(config.seedDemo ? [SeedModule] : []),
      ],
      // One array, so the order holds: authenticate first, then ask the policy.
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PolicyGuard },
      ],
    };
  }
}
