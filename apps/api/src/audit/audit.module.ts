import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditReader } from './audit-reader.service';
import { AuditVerifier } from './audit-verifier.service';

@Module({ controllers: [AuditController], providers: [AuditReader, AuditVerifier] })
export class AuditModule {}
