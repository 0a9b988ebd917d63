import { Module } from '@nestjs/common';
import { DocumentWorkers } from './document-workers';

/** Treaty files read (imports) and written (exports), in worker threads off the event loop. */
@Module({ providers: [DocumentWorkers], exports: [DocumentWorkers] })
export class DocumentsModule {}
