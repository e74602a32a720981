import type { DeclaratieKop, PrestatieInvoer } from '#keten/domain';
import type { Bericht323, BerichtIdentificatie } from '#keten/istandaarden';

/** A declaratie as Keten stores and judges it, whatever it came in as (323 XML, JSON, Excel). */
export interface DeclaratieInvoer {
  kop: DeclaratieKop;
  prestaties: PrestatieInvoer[];
  /** The 323's BerichtIdentificatie, when it came as XML: its 325 refers to it (TR337). */
  berichtIdentificatie?: BerichtIdentificatie;
}

/** Maps a parsed 323 onto the beoordeling's input: one PrestatieInvoer per Prestatie, in document order. */
export function uit323(bericht: Bericht323): DeclaratieInvoer {
  const d = bericht.declaratie;
  return {
    kop: {
      declaratieNummer: d.declaratieNummer,
      declaratiePeriode: d.declaratiePeriode,
      dagtekening: d.declaratieDagtekening,
      totaalIngediendBedrag: {
        bedrag: d.totaalIngediendBedrag.totaalBedrag,
        debetCredit: d.totaalIngediendBedrag.debetCredit,
      },
      domein: bericht.domein,
      aanbiederAgb: bericht.header.afzender,
      gemeente: bericht.header.ontvanger,
    },
    berichtIdentificatie: bericht.header.berichtIdentificatie,
    prestaties: d.clienten.flatMap((c) =>
      c.prestaties.map((p) => ({
        bsn: c.bsn,
        referentieNummer: p.productReferentie.referentieNummer,
        vorigReferentieNummer: p.productReferentie.vorigReferentieNummer ?? null,
        toewijzingNummer: p.toewijzingNummer,
        productCategorie: p.productCategorie,
        productCode: p.productCode,
        productPeriode: p.productPeriode,
        geleverdVolume: p.geleverdVolume,
        eenheid: p.eenheid,
        productTarief: p.productTarief ?? null,
        ingediendBedrag: p.ingediendBedrag.bedrag,
        debetCredit: p.ingediendBedrag.debetCredit,
      })),
    ),
  };
}
