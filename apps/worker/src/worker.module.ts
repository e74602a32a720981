import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { KetenConfig, QueueName, QueueService } from '#keten/platform';
import { BeoordeelDeclaratieJob, DeclaratiesModule } from '#keten/declaraties';
import { BeoordeelDeclaratieProcessor } from './beoordeling/beoordeel-declaratie.processor.js';
import { ContractenModule } from '#keten/contracten';
import { InkoopModule } from '#keten/inkoop';
import { IndexatieProcessor } from './contracten/indexatie.processor.js';
import { TermijnenBetaalbaarJob } from './contracten/termijnen-betaalbaar.job.js';
import { TermijnenBetaalbaarProcessor } from './contracten/termijnen-betaalbaar.processor.js';
import { SignalenService, SignalenVoorbereidenJob, SturingModule } from '#keten/sturing';
import { SturingProcessor } from './sturing/sturing.processor.js';
import { VeegOpJob } from './onderhoud/veeg-op.job.js';
import { VeegOpProcessor } from './onderhoud/veeg-op.processor.js';
import { JobRoostersService } from './onderhoud/job-roosters.service.js';

/** BullMQ processors only; stateless, so any number can run (conventions.md 1). Needs PlatformModule. */
@Module({
  imports: [DeclaratiesModule, ContractenModule, InkoopModule, SturingModule],
  providers: [
    VeegOpProcessor,
    BeoordeelDeclaratieProcessor,
    IndexatieProcessor,
    TermijnenBetaalbaarProcessor,
    SturingProcessor,
    JobRoostersService,
  ],
})
export class WorkerModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly queues: QueueService,
    private readonly config: KetenConfig,
    private readonly veegOp: VeegOpProcessor,
    private readonly beoordeling: BeoordeelDeclaratieProcessor,
    private readonly indexatie: IndexatieProcessor,
    private readonly termijnen: TermijnenBetaalbaarProcessor,
    private readonly sturing: SturingProcessor,
    private readonly roosters: JobRoostersService,
    private readonly signalen: SignalenService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.startWorker(
      QueueName.Onderhoud,
      async (job) => {
        if (job.name === VeegOpJob.naam) return this.veegOp.verwerk();
        if (job.name === TermijnenBetaalbaarJob.naam) return this.termijnen.verwerk();
        if (job.name === SignalenVoorbereidenJob.naam) return this.signalen.bereidVoor();
        throw new Error(`unknown job ${job.name} on ${QueueName.Onderhoud}`);
      },
      1,
    );
    this.queues.startWorker(
      QueueName.Beoordeling,
      async (job) => {
        if (job.name === BeoordeelDeclaratieJob.naam) return this.beoordeling.verwerk(job as never);
        throw new Error(`unknown job ${job.name} on ${QueueName.Beoordeling}`);
      },
      this.config.KETEN_BEOORDELING_CONCURRENCY,
    );
    this.queues.startWorker(QueueName.Indexatie, (job) => this.indexatie.verwerk(job as never), 1);
    this.queues.startWorker(QueueName.Sturing, (job) => this.sturing.verwerk(job), 2);
    await this.roosters.start();
    this.logger.log(`worker started on ${this.queues.backend}`);
  }
}
