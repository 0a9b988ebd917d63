import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events';

/** In-process events between contexts; global so that producers and consumers share one bus. */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class EventsModule {}
