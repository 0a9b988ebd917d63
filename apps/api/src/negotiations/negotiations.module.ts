import { Module } from '@nestjs/common';
import { CoalitionsController } from './coalitions.controller';
import { CoalitionsService } from './coalitions.service';
import { DelegationsService } from './delegations.service';
import { MembersService } from './members.service';
import { NegotiationsController } from './negotiations.controller';
import { NegotiationsService } from './negotiations.service';
import { ParticipantsController } from './participants.controller';

@Module({
  controllers: [NegotiationsController, ParticipantsController, CoalitionsController],
  providers: [NegotiationsService, DelegationsService, MembersService, CoalitionsService],
})
export class NegotiationsModule {}
