import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from '../audit/audit.service';
import type { AppConfig } from './config';
import { APP_CONFIG } from './config.provider';
import { dataSourceOptions } from './database/data-source';
import { Transactions } from './database/transactions';

/** Configuration, the database and the audit log: what every context writes through. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(config.database), retryAttempts: 3, retryDelay: 2000 })],
      providers: [{ provide: APP_CONFIG, useValue: config }, Transactions, AuditLog],
      exports: [APP_CONFIG, Transactions, AuditLog],
    };
  }
}
