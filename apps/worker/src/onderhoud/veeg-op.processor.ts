import { Injectable, Logger } from '@nestjs/common';
import { JobOutboxService, KetenConfig } from '#keten/platform';
import { OnafgerondeDeclaratiesService } from '#keten/declaraties';
import { GunningRaamovereenkomstService } from '#keten/inkoop';
import { RealisatieBijwerkenService } from '#keten/sturing';
import { veegDelen } from './veeg-delen.util.js';

/** Thin processor: the work lives in the services it calls. */
@Injectable()
export class VeegOpProcessor {
  private readonly logger = new Logger(VeegOpProcessor.name);

  constructor(
    private readonly outbox: JobOutboxService,
    private readonly declaraties: OnafgerondeDeclaratiesService,
    private readonly gunningen: GunningRaamovereenkomstService,
    private readonly realisatie: RealisatieBijwerkenService,
    private readonly config: KetenConfig,
  ) {}

  async verwerk(): Promise<{
    gepubliceerd: number;
    declaratiesOpnieuw: number;
    aanbestedingenOpnieuw: number;
    realisatieOpnieuw: number;
  }> {
    const [gepubliceerd, declaratiesOpnieuw, aanbestedingenOpnieuw, realisatieOpnieuw] = await veegDelen(
      [
        ['outbox', () => this.outbox.publiceer()],
        ['declaraties', () => this.declaraties.veeg(this.config.KETEN_VEEG_NA_SECONDEN)],
        ['gunningen', () => this.gunningen.veeg()],
        ['realisatie', () => this.realisatie.veeg()],
      ],
      (bericht) => this.logger.error(bericht),
    );
    if (gepubliceerd > 0) this.logger.log(`published ${gepubliceerd} staged job(s)`);
    return { gepubliceerd, declaratiesOpnieuw, aanbestedingenOpnieuw, realisatieOpnieuw };
  }
}
