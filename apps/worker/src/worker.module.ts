import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, QueueService } from '#keten/platform';
import { VeegOpJob } from './onderhoud/veeg-op.job.js';
import { VeegOpProcessor } from './onderhoud/veeg-op.processor.js';

/** BullMQ processors only; stateless, so any number can run (conventions.md 1). Needs PlatformModule. */
@Module({ providers: [VeegOpProcessor] })
export class WorkerModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly queues: QueueService,
    private readonly veegOp: VeegOpProcessor,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.startWorker(QueueName.Onderhoud, async (job) => {
      if (job.name === VeegOpJob.naam) return this.veegOp.verwerk();
      throw new Error(`unknown job ${job.name} on ${QueueName.Onderhoud}`);
    }, 1);
    await this.queues.queue(QueueName.Onderhoud).upsertJobScheduler(VeegOpJob.naam, { every: VeegOpJob.elkeMs }, { name: VeegOpJob.naam, data: {} });
    this.logger.log(`worker started on ${this.queues.backend}`);
  }
}
