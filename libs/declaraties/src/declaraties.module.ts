import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ContractenModule } from '#keten/contracten';
import { ToewijzingenModule } from '#keten/toewijzingen';
import { BeoordeelDeclaratieService } from './beoordeel-declaratie/beoordeel-declaratie.service.js';
import { BeoordelingContextService } from './beoordeel-declaratie/beoordeling-context.service.js';
import { DeclaratieOpvraagService } from './declaratie-antwoord/declaratie-opvraag.service.js';
import { DeclaratieIntakeService } from './ontvang-declaratie/declaratie-intake.service.js';
import { DeclaratieQueriesModule } from './declaratie-queries.module.js';
import { DeclaratieBetalingService } from './betaling/declaratie-betaling.service.js';
import { GoedgekeurdeBedragenService } from './goedgekeurde-bedragen/goedgekeurde-bedragen.service.js';
import { OnafgerondeDeclaratiesService } from './beoordeel-declaratie/onafgeronde-declaraties.service.js';

@Module({
  imports: [OrganisatiesModule, ContractenModule, ToewijzingenModule, DeclaratieQueriesModule],
  providers: [
    DeclaratieIntakeService,
    BeoordelingContextService,
    BeoordeelDeclaratieService,
    DeclaratieOpvraagService,
    OnafgerondeDeclaratiesService,
    GoedgekeurdeBedragenService,
    DeclaratieBetalingService,
  ],
  exports: [
    DeclaratieIntakeService,
    BeoordelingContextService,
    BeoordeelDeclaratieService,
    DeclaratieOpvraagService,
    OnafgerondeDeclaratiesService,
    GoedgekeurdeBedragenService,
    DeclaratieBetalingService,
  ],
})
export class DeclaratiesModule {}
