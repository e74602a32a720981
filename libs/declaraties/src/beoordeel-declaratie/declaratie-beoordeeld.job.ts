import { QueueName } from '#keten/platform';

/**
 * Event on QueueName.Sturing, staged in the beoordeling's own transaction: a declaratie has its verdict, so sturing
 * adds its approved prestaties to the realisatie (architecture.md 1). Ids only in the payload (conventions.md 6).
 */
export class DeclaratieBeoordeeldJob {
  static readonly naam = DeclaratieBeoordeeldJob.name;
  static readonly queue = QueueName.Sturing;
  static jobId(declaratieId: string): string {
    return `beoordeeld-${declaratieId}`;
  }
}

export interface DeclaratieBeoordeeldPayload {
  declaratieId: string;
}
