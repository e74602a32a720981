import { DebetCredit, Domein, Eenheid } from '#keten/domain';
import { bouwBericht, maakHeader, type Bericht323, type Prestatie } from '#keten/istandaarden';
import { SCENARIO_BSN, SCENARIO_UURTARIEF, type DeclaratieScenario } from './declaratie-scenario.js';
import { http } from './http.js';

/** A prestatie of begeleiding (02A01) in uren on a toewijzing of the declaratie scenario. */
export function uurPrestatie(
  referentieNummer: string,
  toewijzingNummer: number,
  uren: number,
  extra: Partial<Prestatie> = {},
): Prestatie {
  return {
    productReferentie: { referentieNummer },
    toewijzingNummer,
    productCategorie: '02',
    productCode: '02A01',
    productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
    geleverdVolume: uren,
    eenheid: Eenheid.Uur,
    productTarief: SCENARIO_UURTARIEF,
    ingediendBedrag: { bedrag: uren * SCENARIO_UURTARIEF, debetCredit: DebetCredit.Debet },
    ...extra,
  };
}

/** A WMO323 of the scenario's aanbieder to its gemeente for April 2026, as XML. */
export function declaratieXml(
  s: DeclaratieScenario,
  nummer: string,
  identificatie: string,
  prestaties: Prestatie[],
): string {
  const totaal = prestaties.reduce(
    (som, p) => som + (p.ingediendBedrag.debetCredit === DebetCredit.Credit ? -1 : 1) * p.ingediendBedrag.bedrag,
    0,
  );
  const bericht: Bericht323 = {
    domein: Domein.Wmo,
    berichtType: '323',
    berichtsoort: 'WMO323',
    header: maakHeader({
      afzender: s.aanbieder.agbCode!,
      ontvanger: s.gemeente.cbsCode!,
      berichtIdentificatie: { identificatie, dagtekening: '2026-05-06' },
    }),
    declaratie: {
      declaratieNummer: nummer,
      declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
      declaratieDagtekening: '2026-05-06',
      totaalIngediendBedrag: {
        totaalBedrag: Math.abs(totaal),
        debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet,
      },
      clienten: [{ bsn: SCENARIO_BSN, prestaties }],
    },
  };
  return bouwBericht(bericht);
}

export const stuurBericht = (basis: string, token: string, xml: string) =>
  http(basis, 'POST', '/api/v1/berichten', { token, body: xml, contentType: 'application/xml' });
