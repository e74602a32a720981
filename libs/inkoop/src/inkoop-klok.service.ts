import { Injectable } from '@nestjs/common';
import type { Kalenderdatum } from '#keten/domain';

const AMSTERDAM = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in the Netherlands: the date the procedure rules (termijnen, standstill, toetredingsvensters) are
 * applied on. One injectable so end-to-end tests can walk a procedure through months.
 */
@Injectable()
export class InkoopKlok {
  vandaag(): Kalenderdatum {
    return AMSTERDAM.format(new Date());
  }
}
