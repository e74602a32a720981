import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ContractGewijzigdJob, type ContractGewijzigdPayload } from '#keten/contracten';
import { DeclaratieBeoordeeldJob, type DeclaratieBeoordeeldPayload } from '#keten/declaraties';
import { RealisatieBijwerkenService, VerplichtingenBijwerkenService } from '#keten/sturing';
import { ToewijzingGewijzigdJob, type ToewijzingGewijzigdPayload } from '#keten/toewijzingen';

/** Thin processor for QueueName.Sturing: the other contexts' events, handed to sturing's use cases. */
@Injectable()
export class SturingProcessor {
  constructor(
    private readonly realisatie: RealisatieBijwerkenService,
    private readonly verplichtingen: VerplichtingenBijwerkenService,
  ) {}

  async verwerk(job: Job): Promise<unknown> {
    if (job.name === DeclaratieBeoordeeldJob.naam)
      return this.realisatie.verwerkDeclaratie((job.data as DeclaratieBeoordeeldPayload).declaratieId);
    if (job.name === ToewijzingGewijzigdJob.naam)
      return this.verplichtingen.herberekenToewijzingen([(job.data as ToewijzingGewijzigdPayload).toewijzingId]);
    if (job.name === ContractGewijzigdJob.naam)
      return this.verplichtingen.herberekenContract((job.data as ContractGewijzigdPayload).raamovereenkomstId);
    throw new Error(`unknown job ${job.name} on the sturing queue`);
  }
}
