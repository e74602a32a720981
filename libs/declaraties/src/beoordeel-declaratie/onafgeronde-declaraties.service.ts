import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueService } from '#keten/platform';
import { BeoordeelDeclaratieJob } from './beoordeel-declaratie.job.js';

/**
 * The sweeper (architecture.md 2): declaraties the database says are unfinished, whose job was lost (Redis restarted,
 * worker killed, job failed for good), are queued again. The deterministic job id keeps a live job from doubling.
 */
@Injectable()
export class OnafgerondeDeclaratiesService {
  private readonly logger = new Logger(OnafgerondeDeclaratiesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  async veeg(ouderDanSeconden = 120, max = 1000): Promise<number> {
    const rijen: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM keten.declaratie WHERE status = 'ontvangen' AND created_at < now() - make_interval(secs => $1) ORDER BY created_at LIMIT $2`,
      [ouderDanSeconden, max],
    );
    const queue = this.queues.queue(BeoordeelDeclaratieJob.queue);
    let opnieuw = 0;
    for (const { id } of rijen) {
      const jobId = BeoordeelDeclaratieJob.jobId(id);
      const job = await queue.getJob(jobId);
      const staat = job ? await job.getState() : 'weg';
      if (staat === 'failed') {
        await job!.retry();
      } else if (staat === 'weg' || staat === 'completed' || staat === 'unknown') {
        if (job) await job.remove();
        await this.queues.voegToe(
          BeoordeelDeclaratieJob.queue,
          BeoordeelDeclaratieJob.naam,
          { declaratieId: id },
          jobId,
        );
      } else {
        continue; // waiting, active or delayed: it will run
      }
      opnieuw++;
    }
    if (opnieuw) this.logger.log(`queued ${opnieuw} unfinished declaratie(s) again`);
    return opnieuw;
  }
}
