import { QueueName } from '#keten/platform';

/**
 * Event on QueueName.Sturing: a toewijzing got a new version (301) or an accepted stop (307), so sturing recomputes
 * its verplichting. The job id names the change (the version or the regiebericht), never only the toewijzing: a
 * second change must not be taken for a repeat of the first.
 */
export class ToewijzingGewijzigdJob {
  static readonly naam = ToewijzingGewijzigdJob.name;
  static readonly queue = QueueName.Sturing;
  static jobId(wijzigingId: string): string {
    return `toewijzing-${wijzigingId}`;
  }
}

export interface ToewijzingGewijzigdPayload {
  toewijzingId: string;
}
