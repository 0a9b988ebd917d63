import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { LiveText } from '../revisions/live-text';
import { RevisionIssuer } from '../revisions/revision-issuer';
import { AdoptionController } from './adoption.controller';
import { AdoptionService } from './adoption.service';
import { ReservationsService } from './reservations.service';

/**
 * Votes, the adoption decision and the reservations on the Adopted text. The revisions
 * context does not export its issuer; both it and the live-text reader are stateless, so
 * this module holds its own.
 */
@Module({
  imports: [CollabModule],
  controllers: [AdoptionController],
  providers: [LiveText, RevisionIssuer, AdoptionService, ReservationsService],
})
export class AdoptionModule {}
