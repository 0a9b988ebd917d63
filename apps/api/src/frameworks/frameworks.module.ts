import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { LiveText } from '../revisions/live-text';
import { CitationsController } from './citations.controller';
import { CitationsService } from './citations.service';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

/** The registry of frameworks and the concordance of clauses citing them; exports read the latter. */
@Module({
  imports: [CollabModule],
  controllers: [FrameworksController, CitationsController],
  providers: [LiveText, FrameworksService, CitationsService],
  exports: [CitationsService],
})
export class FrameworksModule {}
