import { plusDagen, plusMaanden, type Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Periode } from '../datum/periode.util.js';
import type { Looptijd } from './aanbesteding.types.js';
import { maximaleEinddatum } from './drempel.util.js';

/**
 * Admission windows for a toelatingsprocedure "every quarter": the first `dagen` days of each calendar quarter
 * within the term (extensions included), clipped to the term.
 */
export function kwartaalvensters(looptijd: Looptijd, dagen: number): Periode[] {
  const einde = maximaleEinddatum(looptijd);
  const startjaar = +looptijd.begindatum.slice(0, 4);
  const startkwartaal = Math.floor((+looptijd.begindatum.slice(5, 7) - 1) / 3);
  const vensters: Periode[] = [];
  let kwartaal: Kalenderdatum = `${startjaar}-${String(startkwartaal * 3 + 1).padStart(2, '0')}-01`;
  while (kwartaal <= einde) {
    const begindatum = kwartaal < looptijd.begindatum ? looptijd.begindatum : kwartaal;
    const eindVenster = plusDagen(kwartaal, dagen - 1);
    const einddatum = eindVenster > einde ? einde : eindVenster;
    if (begindatum <= einddatum) vensters.push({ begindatum, einddatum });
    kwartaal = plusMaanden(kwartaal, 3);
  }
  return vensters;
}
