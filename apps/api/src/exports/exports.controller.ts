import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { exportQuery, type ExportQuery } from '@treaty/contracts';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { ExportsService } from './exports.service';

/**
 * Files of a draft: Akoma Ntoso, DOCX and PDF of an issued revision (everyone who reads
 * revisions) or of the live text (those who may read it).
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('drafts/:id')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('export')
  @RequireOnDraft('revision.read')
  @QuerySchema(exportQuery)
  @ApiProduces('application/akn+xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf')
  async export(@OnDraft() access: DraftAccess, @Query(new SchemaPipe(exportQuery)) query: ExportQuery): Promise<StreamableFile> {
    const file = await this.exports.export(access, query);
    return new StreamableFile(file.bytes, {
      type: file.mediaType,
      length: file.bytes.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }
}
