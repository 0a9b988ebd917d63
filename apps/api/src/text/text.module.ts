import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { TextChangesService } from './text-changes.service';
import { TextController } from './text.controller';

/** The negotiated text itself: clause status, resolutions, and what is still open. */
@Module({
  imports: [CollabModule],
  controllers: [TextController],
  providers: [TextChangesService],
})
export class TextModule {}
