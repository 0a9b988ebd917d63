import { Global, Module } from '@nestjs/common';
import { DraftEvents } from './draft-events';

/** In-process events between contexts; global so that producers and consumers share one bus. */
@Global()
@Module({ providers: [DraftEvents], exports: [DraftEvents] })
export class EventsModule {}
