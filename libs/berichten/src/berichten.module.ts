import { Module } from '@nestjs/common';
import { ToewijzingenModule } from '#keten/toewijzingen';
import { DeclaratiesModule } from '#keten/declaraties';
import { BerichtIntakeService } from './ontvang-bericht/bericht-intake.service.js';

@Module({
  imports: [ToewijzingenModule, DeclaratiesModule],
  providers: [BerichtIntakeService],
  exports: [BerichtIntakeService],
})
export class BerichtenModule {}
