/**
 * Periodic on QueueName.Onderhoud: today's signals computed ahead for gemeenten whose figures have been quiet a while
 * (SignalenService.bereidVoor), so the dashboard does not wait for them after a month's beoordeling.
 */
export class SignalenVoorbereidenJob {
  static readonly naam = SignalenVoorbereidenJob.name;
  static readonly elkeMs = 60_000;
}
