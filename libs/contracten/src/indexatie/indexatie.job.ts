// Jobs on QueueName.Indexatie (conventions.md 6): ids only in the payload, job ids from the business key, so a
// repeated request or a redelivery is a no-op; the handlers check the indexatie's status before doing anything.

export interface IndexatieJobPayload {
  indexatieId: string;
}

/** Computes the preview rows of an indexatie. */
export class IndexatieBerekenJob {
  static readonly naam = IndexatieBerekenJob.name;
  static jobId(indexatieId: string): string {
    return `indexatie-${indexatieId}`;
  }
}

/** Writes the new tariff and budget versions of a previewed indexatie. */
export class IndexatieToepassenJob {
  static readonly naam = IndexatieToepassenJob.name;
  static jobId(indexatieId: string): string {
    return `indexatie-${indexatieId}-toepassen`;
  }
}
