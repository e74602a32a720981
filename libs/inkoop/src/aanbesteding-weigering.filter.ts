import { Catch } from '@nestjs/common';
import { KetenExceptionFilter, type FoutAntwoord } from '#keten/platform';
import { AanbestedingWeigering } from './aanbesteding-weigering.exception.js';

/** The platform's HTTP error mapping, plus the domain's refusal code and reason for a refused transition. */
@Catch()
export class AanbestedingWeigeringFilter extends KetenExceptionFilter {
  override naarAntwoord(fout: unknown): FoutAntwoord & { weigering?: { code: string; reden: string } } {
    const antwoord = super.naarAntwoord(fout);
    if (fout instanceof AanbestedingWeigering)
      return { ...antwoord, weigering: { code: fout.weigeringscode, reden: fout.reden } };
    return antwoord;
  }
}
