import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { auditQuery, type AuditEntryView, type AuditQuery, type Page } from '@treaty/contracts';
import type { NegotiationAccess } from '../access/negotiation-access';
import { InNegotiation, RequireInNegotiation } from '../access/policy.guard';
import { QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { AuditReader } from './audit-reader.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('negotiations/:id/audit')
export class AuditController {
  constructor(private readonly reader: AuditReader) {}

  @Get()
  @RequireInNegotiation('audit.read')
  @QuerySchema(auditQuery)
  list(
    @Param('id') _id: string,
    @InNegotiation() access: NegotiationAccess,
    @Query(new SchemaPipe(auditQuery)) query: AuditQuery,
  ): Promise<Page<AuditEntryView>> {
    return this.reader.list(access.negotiation.id, query);
  }
}
