import { Injectable } from '@nestjs/common';
import { vandaag, type Kalenderdatum } from '#keten/domain';

/**
 * Today's date in the Netherlands: the date the procedure rules (termijnen, standstill, toetredingsvensters) are
 * applied on. One injectable so end-to-end tests can walk a procedure through months.
 */
@Injectable()
export class InkoopKlok {
  vandaag(): Kalenderdatum {
    return vandaag();
  }

  /** The moment now: when a timed veilingronde closes and when a bid came in. */
  nu(): Date {
    return new Date();
  }
}
