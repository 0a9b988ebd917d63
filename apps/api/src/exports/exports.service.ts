import { Injectable } from '@nestjs/common';
import type { ExportQuery } from '@treaty/contracts';
import { createHash } from 'node:crypto';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { DocumentSources } from './document-sources';
import { DocumentWorkers } from '../documents/document-workers';
import type { RenderedFile } from '../documents/export-formats';

@Injectable()
export class ExportsService {
  constructor(
    private readonly sources: DocumentSources,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly workers: DocumentWorkers,
  ) {}

  /**
   * Renders the file and records who took which text out, in which format, with the file's
   * hash: a text that leaves the workspace can be traced back to this entry.
   */
  async export(access: DraftAccess, query: ExportQuery): Promise<RenderedFile> {
    const source = await this.sources.of(access, query.revision);
    const file = await this.workers.render(source, query.format);
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        negotiationId: access.draft.negotiationId,
        actorId: access.actor.userId,
        actorDelegationId: access.membership?.delegationId ?? null,
        action: 'draft.export',
        target: { type: 'draft', id: access.draft.id },
        after: {
          format: query.format,
          revision: source.revision?.number ?? null,
          textSha256: source.revision?.sha256 ?? null,
          fileSha256: createHash('sha256').update(file.bytes).digest('hex'),
          bytes: file.bytes.length,
        },
      }),
    );
    return file;
  }
}
