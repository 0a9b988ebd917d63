import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { LiveText } from '../revisions/live-text';
import { DocumentSources } from './document-sources';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { FileRenderer } from './file-renderer';

/** Files out: a draft's text as Akoma Ntoso, DOCX or PDF, each export audited. */
@Module({
  imports: [CollabModule, FrameworksModule],
  controllers: [ExportsController],
  providers: [LiveText, DocumentSources, FileRenderer, ExportsService],
})
export class ExportsModule {}
