import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { BeoordeelDeclaratieService, type BeoordeelDeclaratiePayload } from '#keten/declaraties';

/** Thin: the beoordeling itself is the declaraties use case. */
@Injectable()
export class BeoordeelDeclaratieProcessor {
  constructor(private readonly beoordeling: BeoordeelDeclaratieService) {}

  verwerk(job: Job<BeoordeelDeclaratiePayload>) {
    return this.beoordeling.beoordeel(job.data.declaratieId);
  }
}
