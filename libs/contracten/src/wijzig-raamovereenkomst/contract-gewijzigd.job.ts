import { QueueName } from '#keten/platform';

/**
 * Event on QueueName.Sturing: a raamovereenkomst's tariffs, budgets or termijnen changed (a new tariff version, an
 * applied indexatie, a budget, a termijn paid), so sturing reprices the verplichtingen of its toewijzingen and
 * rewrites its termijnen. The job id names the change that caused it.
 */
export class ContractGewijzigdJob {
  static readonly naam = ContractGewijzigdJob.name;
  static readonly queue = QueueName.Sturing;
  static jobId(wijzigingId: string): string {
    return `contract-${wijzigingId}`;
  }
}

export interface ContractGewijzigdPayload {
  raamovereenkomstId: string;
}
