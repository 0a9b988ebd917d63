import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEventsGateway } from './live-events.gateway';

@Module({ imports: [AccessModule, IdentityModule], providers: [LiveEventsGateway] })
export class LiveModule {}
