import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { RaamovereenkomstService } from './registreer-raamovereenkomst/raamovereenkomst.service.js';

@Module({
  imports: [OrganisatiesModule],
  providers: [RaamovereenkomstService],
  exports: [RaamovereenkomstService],
})
export class ContractenModule {}
