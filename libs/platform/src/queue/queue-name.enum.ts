/** Every BullMQ queue Keten has (conventions.md 6). */
export enum QueueName {
  /** Beoordeling of a declaratie against toewijzing and contract (istandaarden.md 3.8). */
  Beoordeling = 'beoordeling',
  /** Yearly indexation of a contract's tariffs and budgets: preview, then apply (contractstandaard art. 3.2). */
  Indexatie = 'indexatie',
  /** Sturing's aggregates, kept current by events of the other contexts (beoordeling, toewijzing, contract). */
  Sturing = 'sturing',
  /** Periodic upkeep: outbox relay, sweeper of unfinished work. */
  Onderhoud = 'onderhoud',
}
