/** Every BullMQ queue Keten has (conventions.md 6). */
export enum QueueName {
  /** Beoordeling of a declaratie against toewijzing and contract (istandaarden.md 3.8). */
  Beoordeling = 'beoordeling',
  /** Periodic upkeep: outbox relay, sweeper of unfinished work. */
  Onderhoud = 'onderhoud',
}
