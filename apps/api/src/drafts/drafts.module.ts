import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { DocumentsModule } from '../documents/documents.module';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';
import { TransitionsService } from './transitions.service';

@Module({
  imports: [CollabModule, DocumentsModule],
  controllers: [DraftsController],
  providers: [DraftsService, TransitionsService],
})
export class DraftsModule {}
