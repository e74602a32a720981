/** On QueueName.Onderhoud: termijnen whose vervaldatum has come become betaalbaar (hourly, so never a day late). */
export class TermijnenBetaalbaarJob {
  static readonly naam = TermijnenBetaalbaarJob.name;
  static readonly elkeMs = 3_600_000;
}
