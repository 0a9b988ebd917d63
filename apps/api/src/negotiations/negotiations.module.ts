import { Module } from '@nestjs/common';
import { DelegationsService } from './delegations.service';
import { MembersService } from './members.service';
import { NegotiationsController } from './negotiations.controller';
import { NegotiationsService } from './negotiations.service';
import { ParticipantsController } from './participants.controller';

@Module({
  controllers: [NegotiationsController, ParticipantsController],
  providers: [NegotiationsService, DelegationsService, MembersService],
})
export class NegotiationsModule {}
