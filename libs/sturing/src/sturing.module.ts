import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ContractenModule } from '#keten/contracten';
import { ToewijzingenModule } from '#keten/toewijzingen';
import { DeclaratiesModule } from '#keten/declaraties';
import { SturingScopeService } from './sturing-scope.service.js';
import { BegrotingService } from './begroting/begroting.service.js';
import { RealisatieBijwerkenService } from './realisatie/realisatie-bijwerken.service.js';
import { VerplichtingenBijwerkenService } from './verplichtingen/verplichtingen-bijwerken.service.js';
import { SturingRapportService } from './overzicht/sturing-rapport.service.js';
import { BetaalbatchService } from './betaalbatches/betaalbatch.service.js';
import { SignalenService } from './signalen/signalen.service.js';
import { RechtmatigheidService } from './rechtmatigheid/rechtmatigheid.service.js';
import { BekostigingSimulatieService } from './simulatie/bekostiging-simulatie.service.js';
import { InstellingService } from './instellingen/instelling.service.js';
import { WijkenService } from './wijken/wijken.service.js';
import { OpgeslagenAntwoordenService } from './antwoorden/opgeslagen-antwoorden.service.js';

const SERVICES = [
  SturingScopeService,
  BegrotingService,
  RealisatieBijwerkenService,
  VerplichtingenBijwerkenService,
  SturingRapportService,
  BetaalbatchService,
  SignalenService,
  RechtmatigheidService,
  BekostigingSimulatieService,
  InstellingService,
  WijkenService,
  OpgeslagenAntwoordenService,
];

/** The sturing context: its own aggregates, kept current by jobs, read by the controller's reports. */
@Module({
  imports: [OrganisatiesModule, ContractenModule, ToewijzingenModule, DeclaratiesModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class SturingModule {}
