import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { AuditService } from './audit/audit.service.js';
import { BsnKluis } from './privacy/bsn-kluis.service.js';
import { TokenService } from './auth/token.service.js';
import { KetenConfig } from './config/keten-config.js';
import { JobOutboxService } from './queue/job-outbox.service.js';
import { QueueService } from './queue/queue.service.js';

/** Config, database, queues, auth and audit for both deployables (api and worker). */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: KetenConfig, database: DataSourceOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [TypeOrmModule.forRoot(database)],
      providers: [
        { provide: KetenConfig, useValue: config },
        QueueService,
        JobOutboxService,
        TokenService,
        AuditService,
        BsnKluis,
      ],
      exports: [KetenConfig, QueueService, JobOutboxService, TokenService, AuditService, BsnKluis],
    };
  }
}
