import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuthGuard, KetenExceptionFilter, maakValidatiePipe } from '#keten/platform';
import { OrganisatieController, OrganisatiesModule } from '#keten/organisaties';
import { CONTRACTEN_CONTROLLERS, ContractenModule, RaamovereenkomstController } from '#keten/contracten';
import { ToewijzingBerichtController, ToewijzingController, ToewijzingenModule } from '#keten/toewijzingen';
import { DeclaratieController, DeclaratiesModule } from '#keten/declaraties';
import { BerichtController, BerichtenModule } from '#keten/berichten';
import { INKOOP_CONTROLLERS, InkoopModule } from '#keten/inkoop';
import { HealthController } from './health.controller.js';
import { Gereedheid } from './gereedheid.service.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';

/** HTTP only: controllers calling use cases of the context libraries (conventions.md 1). Needs PlatformModule. */
@Module({
  imports: [OrganisatiesModule, ContractenModule, InkoopModule, ToewijzingenModule, DeclaratiesModule, BerichtenModule],
  controllers: [HealthController, MetricsController, OrganisatieController, RaamovereenkomstController, ...CONTRACTEN_CONTROLLERS, ...INKOOP_CONTROLLERS, ToewijzingController, ToewijzingBerichtController, DeclaratieController, BerichtController],
  providers: [
    Gereedheid,
    MetricsService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: KetenExceptionFilter },
    { provide: APP_PIPE, useFactory: maakValidatiePipe },
  ],
})
export class ApiModule {}
