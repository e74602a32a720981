import { Injectable, Logger } from '@nestjs/common';
import { JobOutboxService } from '#keten/platform';
import { OnafgerondeDeclaratiesService } from '#keten/declaraties';

/** Thin processor: the work lives in the services it calls. */
@Injectable()
export class VeegOpProcessor {
  private readonly logger = new Logger(VeegOpProcessor.name);

  constructor(
    private readonly outbox: JobOutboxService,
    private readonly declaraties: OnafgerondeDeclaratiesService,
  ) {}

  async verwerk(): Promise<{ gepubliceerd: number; declaratiesOpnieuw: number }> {
    const gepubliceerd = await this.outbox.publiceer();
    if (gepubliceerd > 0) this.logger.log(`published ${gepubliceerd} staged job(s)`);
    const declaratiesOpnieuw = await this.declaraties.veeg();
    return { gepubliceerd, declaratiesOpnieuw };
  }
}
