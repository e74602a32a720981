import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import {
  IndexatieBerekenJob,
  IndexatieService,
  IndexatieToepassenJob,
  type IndexatieJobPayload,
} from '#keten/contracten';

/** Thin processor for QueueName.Indexatie: the work lives in IndexatieService. */
@Injectable()
export class IndexatieProcessor {
  constructor(private readonly indexaties: IndexatieService) {}

  async verwerk(job: Job<IndexatieJobPayload>): Promise<void> {
    if (job.name === IndexatieBerekenJob.naam) return this.indexaties.bereken(job.data.indexatieId);
    if (job.name === IndexatieToepassenJob.naam) return this.indexaties.pasToe(job.data.indexatieId);
    throw new Error(`unknown job ${job.name} on the indexatie queue`);
  }
}
