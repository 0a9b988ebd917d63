import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { DocumentsModule } from '../documents/documents.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { LiveText } from '../revisions/live-text';
import { DocumentSources } from './document-sources';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Files out: a draft's text as Akoma Ntoso, DOCX or PDF, each export audited. */
@Module({
  imports: [CollabModule, DocumentsModule, FrameworksModule],
  controllers: [ExportsController],
  providers: [LiveText, DocumentSources, ExportsService],
})
export class ExportsModule {}
