import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { PositionsController } from './positions.controller';
import { PositionsService } from './positions.service';

/** Delegations' positions on clauses, brackets and alternatives. */
@Module({
  imports: [CollabModule],
  controllers: [PositionsController],
  providers: [PositionsService],
})
export class PositionsModule {}
