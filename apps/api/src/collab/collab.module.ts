import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { CoalitionMembershipModule } from '../negotiations/coalition-membership';
import { CollabServer } from './collab.server';
import { ConnectionAccessResolver } from './connection-access';
import { DocumentRegistry } from './document-registry';
import { ProposalAudit } from './proposal-audit';
import { UpdateStore } from './update-store';

@Module({
  imports: [IdentityModule, CoalitionMembershipModule],
  providers: [UpdateStore, ProposalAudit, DocumentRegistry, ConnectionAccessResolver, CollabServer],
  exports: [UpdateStore, DocumentRegistry, CollabServer],
})
export class CollabModule {}
