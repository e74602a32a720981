/** Periodic upkeep on QueueName.Onderhoud: publishes staged jobs and re-queues unfinished work (architecture.md 2). */
export class VeegOpJob {
  static readonly naam = VeegOpJob.name;
  /** Runs every 30 seconds; the scheduler id keeps it to one schedule, whatever the number of workers. */
  static readonly elkeMs = 30_000;
}

export type VeegOpPayload = Record<string, never>;
