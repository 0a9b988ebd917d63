import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { DocumentsModule } from '../documents/documents.module';
import { LiveText } from './live-text';
import { RevisionIssuer } from './revision-issuer';
import { RevisionsController } from './revisions.controller';
import { RevisionsService } from './revisions.service';
import { RoundsService } from './rounds.service';

/** Rounds of negotiation and the revisions of the text they issue, with their comparison. */
@Module({
  imports: [CollabModule, DocumentsModule],
  controllers: [RevisionsController],
  providers: [LiveText, RevisionIssuer, RoundsService, RevisionsService],
  exports: [RevisionIssuer],
})
export class RevisionsModule {}
