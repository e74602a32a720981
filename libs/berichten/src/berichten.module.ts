import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ToewijzingenModule } from '#keten/toewijzingen';
import { DeclaratiesModule } from '#keten/declaraties';
import { BerichtIntakeService } from './ontvang-bericht/bericht-intake.service.js';

@Module({
  imports: [OrganisatiesModule, ToewijzingenModule, DeclaratiesModule],
  providers: [BerichtIntakeService],
  exports: [BerichtIntakeService],
})
export class BerichtenModule {}
