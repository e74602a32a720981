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
    // Each part on its own: one failing must not keep the others from running this round.
    const gepubliceerd = await this.deel('outbox', () => this.outbox.publiceer());
    if (gepubliceerd > 0) this.logger.log(`published ${gepubliceerd} staged job(s)`);
    const declaratiesOpnieuw = await this.deel('declaraties', () => this.declaraties.veeg());
    const aanbestedingenOpnieuw = await this.deel('gunningen', () => this.gunningen.veeg());
    return { gepubliceerd, declaratiesOpnieuw, aanbestedingenOpnieuw };
  }

  private async deel(naam: string, werk: () => Promise<number>): Promise<number> {
    try {
      return await werk();
    } catch (e) {
      this.logger.error(`sweep of ${naam} failed: ${e instanceof Error ? e.message : String(e)}`);
      return 0;
    }
  }
}
