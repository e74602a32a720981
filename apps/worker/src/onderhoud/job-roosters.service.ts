import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { begrensd, QueueName, QueueService, REDIS_COMMAND_TIMEOUT_MS } from '#keten/platform';
import { TermijnenBetaalbaarJob } from '../contracten/termijnen-betaalbaar.job.js';
import { SignalenVoorbereidenJob } from '#keten/sturing';
import { VeegOpJob } from './veeg-op.job.js';

/** The repeatable jobs on QueueName.Onderhoud, by scheduler id (one schedule each, whatever the number of workers). */
const ROOSTERS = [
  { naam: TermijnenBetaalbaarJob.naam, elkeMs: TermijnenBetaalbaarJob.elkeMs },
  { naam: VeegOpJob.naam, elkeMs: VeegOpJob.elkeMs },
  { naam: SignalenVoorbereidenJob.naam, elkeMs: SignalenVoorbereidenJob.elkeMs },
] as const;

/** How often a worker checks that the schedules are still there. */
export const ROOSTER_CONTROLE_MS = 5000;

/**
 * Keeps the schedules in place while the worker runs (issue 18): they live in the queue backend, and a Redis that
 * restarts empty loses them, with the sweeper among them. Checked at start and every ROOSTER_CONTROLE_MS; when one
 * had to be made again, a sweep runs at once, because staged jobs and jobs lost with Redis are waiting for it.
 */
@Injectable()
export class JobRoostersService implements OnModuleDestroy {
  private readonly logger = new Logger(JobRoostersService.name);
  private timer?: NodeJS.Timeout;
  private bezig = false;

  constructor(private readonly queues: QueueService) {}

  /** A queue backend that is down at start does not stop the worker: the next check makes the schedules. */
  async start(): Promise<void> {
    await this.controleer().catch((e: Error) => this.logger.warn(`schedules not made yet: ${e.message}`));
    this.timer = setInterval(() => void this.bewaak(), ROOSTER_CONTROLE_MS);
    this.timer.unref();
  }

  private async bewaak(): Promise<void> {
    if (this.bezig) return;
    this.bezig = true;
    try {
      if (!this.queues.bereikbaar()) return;
      const hersteld = await this.controleer();
      if (hersteld.length === 0) return;
      this.logger.warn(
        `schedule(s) ${hersteld.join(', ')} were gone from the queue backend (emptied?); made again, sweeping now`,
      );
      await this.queues.voegToe(QueueName.Onderhoud, VeegOpJob.naam, {}, `veeg-op-herstel-${Date.now()}`);
    } catch (e) {
      this.logger.warn(`schedules not checked: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.bezig = false;
    }
  }

  /** Makes every missing (or changed) schedule; returns their names. */
  async controleer(): Promise<string[]> {
    const queue = this.queues.queue(QueueName.Onderhoud);
    const hersteld: string[] = [];
    for (const { naam, elkeMs } of ROOSTERS) {
      const bestaand = await begrensd(queue.getJobScheduler(naam), REDIS_COMMAND_TIMEOUT_MS, `schedule ${naam}`);
      if (bestaand && Number(bestaand.every) === elkeMs) continue;
      await begrensd(
        queue.upsertJobScheduler(naam, { every: elkeMs }, { name: naam, data: {} }),
        REDIS_COMMAND_TIMEOUT_MS,
        `schedule ${naam}`,
      );
      hersteld.push(naam);
    }
    return hersteld;
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
