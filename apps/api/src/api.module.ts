import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import {
  AuditLezingInterceptor,
  AuthGuard,
  BegrenzingGuard,
  KetenExceptionFilter,
  maakValidatiePipe,
} from '#keten/platform';
import { TOEGANG_CONTROLLERS, ToegangModule } from '#keten/toegang';
import { OrganisatieController, OrganisatiesModule } from '#keten/organisaties';
import { CONTRACTEN_CONTROLLERS, ContractenModule, RaamovereenkomstController } from '#keten/contracten';
import {
  ToewijzingBerichtController,
  ToewijzingController,
  ToewijzingenModule,
  VerzoekController,
} from '#keten/toewijzingen';
import { DeclaratieController, DeclaratiesModule } from '#keten/declaraties';
import { BerichtController, BerichtenModule } from '#keten/berichten';
import { INKOOP_CONTROLLERS, InkoopModule } from '#keten/inkoop';
import { BetaalbatchController, SturingController, SturingModule } from '#keten/sturing';
import { HealthController } from './health.controller.js';
import { Gereedheid } from './gereedheid.service.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';

/** HTTP only: controllers calling use cases of the context libraries (conventions.md 1). Needs PlatformModule. */
@Module({
  imports: [
    ToegangModule,
    OrganisatiesModule,
    ContractenModule,
    InkoopModule,
    ToewijzingenModule,
    DeclaratiesModule,
    BerichtenModule,
    SturingModule,
  ],
  controllers: [
    HealthController,
    MetricsController,
    ...TOEGANG_CONTROLLERS,
    OrganisatieController,
    RaamovereenkomstController,
    ...CONTRACTEN_CONTROLLERS,
    ...INKOOP_CONTROLLERS,
    ToewijzingController,
    ToewijzingBerichtController,
    VerzoekController,
    DeclaratieController,
    BerichtController,
    SturingController,
    BetaalbatchController,
  ],
  providers: [
    Gereedheid,
    MetricsService,
    // In this order: the caller is known before its requests are counted.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: BegrenzingGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditLezingInterceptor },
    { provide: APP_FILTER, useClass: KetenExceptionFilter },
    { provide: APP_PIPE, useFactory: maakValidatiePipe },
  ],
})
export class ApiModule {}
