import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

/** Comment threads on clauses, each read only by its audience. */
@Module({
  imports: [CollabModule],
  controllers: [CommentsController],
  providers: [CommentsService],
})
export class CommentsModule {}
