import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  auditQuery,
  auditVerification,
  type AuditEntryView,
  type AuditQuery,
  type AuditVerification,
  type Page,
} from '@treaty/contracts';
import { z } from 'zod';
import type { NegotiationAccess } from '../access/negotiation-access';
import { InNegotiation, RequireInNegotiation } from '../access/policy.guard';
import { QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import { AuditReader } from './audit-reader.service';
import { AuditVerifier } from './audit-verifier.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('negotiations/:id/audit')
export class AuditController {
  constructor(
    private readonly reader: AuditReader,
    private readonly verifier: AuditVerifier,
  ) {}

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

  @Get('verify')
  @RequireInNegotiation('audit.read')
  @ApiOkResponse({
    description: 'The chain holds, or the first entry at which it breaks',
    schema: z.toJSONSchema(auditVerification, { target: 'openapi-3.0' }) as Record<string, unknown>,
  })
  verify(@Param('id') _id: string, @InNegotiation() access: NegotiationAccess): Promise<AuditVerification> {
    return this.verifier.verify(access.negotiation.id);
  }
}
