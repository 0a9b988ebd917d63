import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

/** Amendment proposals: tabled by delegations, decided by the secretariat. */
@Module({
  imports: [CollabModule],
  controllers: [ProposalsController],
  providers: [ProposalsService],
})
export class ProposalsModule {}
