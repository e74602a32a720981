import { Injectable, Logger } from '@nestjs/common';
import { JobOutboxService } from '#keten/platform';

/** Thin processor: the work lives in the services it calls. */
@Injectable()
export class VeegOpProcessor {
  private readonly logger = new Logger(VeegOpProcessor.name);

  constructor(private readonly outbox: JobOutboxService) {}

  async verwerk(): Promise<{ gepubliceerd: number }> {
    const gepubliceerd = await this.outbox.publiceer();
    if (gepubliceerd > 0) this.logger.log(`published ${gepubliceerd} staged job(s)`);
    return { gepubliceerd };
  }
}
