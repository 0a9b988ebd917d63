import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';
import { TransitionsService } from './transitions.service';

@Module({
  imports: [CollabModule],
  controllers: [DraftsController],
  providers: [DraftsService, TransitionsService],
})
export class DraftsModule {}
