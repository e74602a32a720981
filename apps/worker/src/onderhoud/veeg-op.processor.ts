import { Injectable, Logger } from '@nestjs/common';
import { JobOutboxService } from '#keten/platform';
import { OnafgerondeDeclaratiesService } from '#keten/declaraties';
import { GunningRaamovereenkomstService } from '#keten/inkoop';

/** Thin processor: the work lives in the services it calls. */
@Injectable()
export class VeegOpProcessor {
  private readonly logger = new Logger(VeegOpProcessor.name);

  constructor(
    private readonly outbox: JobOutboxService,
    private readonly declaraties: OnafgerondeDeclaratiesService,
    private readonly gunningen: GunningRaamovereenkomstService,
  ) {}

  async verwerk(): Promise<{ gepubliceerd: number; declaratiesOpnieuw: number; aanbestedingenOpnieuw: number }> {
    const gepubliceerd = await this.outbox.publiceer();
    if (gepubliceerd > 0) this.logger.log(`published ${gepubliceerd} staged job(s)`);
    const declaratiesOpnieuw = await this.declaraties.veeg();
    const aanbestedingenOpnieuw = await this.gunningen.veeg();
    return { gepubliceerd, declaratiesOpnieuw, aanbestedingenOpnieuw };
  }
}
