import { QueueName } from '#keten/platform';

/** One job per declaratie on QueueName.Beoordeling; ids only in the payload (conventions.md 6). */
export class BeoordeelDeclaratieJob {
  static readonly naam = BeoordeelDeclaratieJob.name;
  static readonly queue = QueueName.Beoordeling;
  /** Deterministic: a repeat of the same declaratie is a no-op (architecture.md 2). */
  static jobId(declaratieId: string): string {
    return `beoordeling-${declaratieId}`;
  }
}

export interface BeoordeelDeclaratiePayload {
  declaratieId: string;
}
