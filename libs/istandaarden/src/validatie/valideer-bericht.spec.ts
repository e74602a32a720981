import {
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  RedenWijziging,
  StatusAanlevering,
  VerzoekAntwoord,
} from '#keten/domain';
import type { Bericht323 } from '../berichten/bericht.types.js';
import type { Prestatie } from '../berichten/declaratie.types.js';
import {
  voorbeeld301,
  voorbeeld305,
  voorbeeld317,
  voorbeeld319,
  voorbeeld323,
  voorbeeldPrestatie,
} from '../testing/voorbeeld-berichten.util.js';
import { valideerBericht } from './valideer-bericht.util.js';

const P1 = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

function declaratieMet(
  prestaties: Prestatie[],
  totaal?: { totaalBedrag: number; debetCredit: DebetCredit },
): Bericht323 {
  const b = voorbeeld323(Domein.Jeugd);
  const saldo = prestaties.reduce(
    (s, p) => s + (p.ingediendBedrag.debetCredit === DebetCredit.Credit ? -1 : 1) * p.ingediendBedrag.bedrag,
    0,
  );
  b.declaratie.clienten = [{ bsn: '999900006', prestaties }];
  b.declaratie.totaalIngediendBedrag = totaal ?? {
    totaalBedrag: Math.abs(saldo),
    debetCredit: saldo < 0 ? DebetCredit.Credit : DebetCredit.Debet,
  };
  return b;
}

const regels = (b: Parameters<typeof valideerBericht>[0]) =>
  valideerBericht(b).map((x) => `${x.retourcode} ${x.regel} ${x.pad}`);

describe('valideerBericht for a 323', () => {
  it('should find nothing when the declaratie is consistent', () => {
    expect(valideerBericht(voorbeeld323(Domein.Wmo))).toEqual([]);
  });

  it('should report CS340 when the DeclaratiePeriode is not one calendar month', () => {
    const b = voorbeeld323(Domein.Jeugd);
    b.declaratie.declaratiePeriode = { begindatum: '2026-04-01', einddatum: '2026-05-15' };

    expect(regels(b)).toContain('0001 CS340 /Bericht/Declaratie/DeclaratiePeriode');
  });

  it('should report CD087 when ProductTarief is missing and eenheid is not 83', () => {
    const b = declaratieMet([voorbeeldPrestatie(Domein.Jeugd, 'R1', { productTarief: undefined })]);

    expect(regels(b)).toEqual([`0001 CD087 ${P1}/ProductTarief`]);
  });

  it('should accept a missing ProductTarief when eenheid is 83 and the amount equals the volume (CS339)', () => {
    const b = declaratieMet([
      voorbeeldPrestatie(Domein.Jeugd, 'R1', {
        eenheid: Eenheid.Euros,
        productTarief: undefined,
        geleverdVolume: 5000,
      }),
    ]);

    expect(regels(b)).toEqual([]);
  });

  it('should report TR358 when the total is not Σ debet − Σ credit', () => {
    const b = declaratieMet([voorbeeldPrestatie(Domein.Jeugd, 'R1')], {
      totaalBedrag: 4999,
      debetCredit: DebetCredit.Debet,
    });

    expect(regels(b)).toEqual(['0001 TR358 /Bericht/Declaratie/TotaalIngediendBedrag']);
  });

  it('should report CS002 with the client path when the BSN fails the elfproef', () => {
    const b = voorbeeld323(Domein.Jeugd);
    b.declaratie.clienten[0].bsn = '999900007';

    expect(regels(b)).toEqual(['0001 CS002 /Bericht/Declaratie/Clienten/Client[1]/Bsn']);
  });

  it('should report CD060 when a credit has no VorigReferentieNummer', () => {
    const credit = voorbeeldPrestatie(Domein.Jeugd, 'R2', {
      ingediendBedrag: { bedrag: 5000, debetCredit: DebetCredit.Credit },
    });

    expect(regels(declaratieMet([credit]))).toEqual([`0001 CD060 ${P1}/ProductReferentie`]);
  });

  it('should report TR316 when a debet is credited in the same message and TR315 when credited twice', () => {
    const debet = voorbeeldPrestatie(Domein.Jeugd, 'R1');
    const credit = (ref: string) =>
      voorbeeldPrestatie(Domein.Jeugd, ref, {
        productReferentie: { referentieNummer: ref, vorigReferentieNummer: 'R1' },
        ingediendBedrag: { bedrag: 5000, debetCredit: DebetCredit.Credit },
      });

    const r = regels(declaratieMet([debet, credit('R2'), credit('R3')]));

    expect(r).toContain(
      '0001 TR316 /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer',
    );
    expect(r).toContain(
      '0001 TR315 /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]/ProductReferentie/VorigReferentieNummer',
    );
  });

  it('should allow a credit plus a new debet for an earlier prestatie in the same message (IV086)', () => {
    const credit = voorbeeldPrestatie(Domein.Jeugd, 'R2', {
      productReferentie: { referentieNummer: 'R2', vorigReferentieNummer: 'R0' },
      ingediendBedrag: { bedrag: 5000, debetCredit: DebetCredit.Credit },
    });

    expect(
      regels(
        declaratieMet([credit, voorbeeldPrestatie(Domein.Jeugd, 'R3')], {
          totaalBedrag: 0,
          debetCredit: DebetCredit.Debet,
        }),
      ),
    ).toEqual([]);
  });

  it('should report 8021 (TR314) when a ReferentieNummer repeats and CS337/TR319 on bad product periods', () => {
    const r = regels(
      declaratieMet([
        voorbeeldPrestatie(Domein.Jeugd, 'R1'),
        voorbeeldPrestatie(Domein.Jeugd, 'R1', {
          productPeriode: { begindatum: '2026-03-20', einddatum: '2026-04-10' },
        }),
        voorbeeldPrestatie(Domein.Jeugd, 'R3', {
          productPeriode: { begindatum: '2026-05-01', einddatum: '2026-05-31' },
        }),
      ]),
    );

    expect(r).toEqual([
      '8021 TR314 /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductReferentie/ReferentieNummer',
      '0001 CS337 /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductPeriode',
      '9319 TR319 /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]/ProductPeriode/Einddatum',
    ]);
  });

  it('should report CS325 when a zero total is sent as credit', () => {
    const credit = voorbeeldPrestatie(Domein.Jeugd, 'R2', {
      productReferentie: { referentieNummer: 'R2', vorigReferentieNummer: 'R0' },
      ingediendBedrag: { bedrag: 5000, debetCredit: DebetCredit.Credit },
    });

    expect(
      regels(
        declaratieMet([credit, voorbeeldPrestatie(Domein.Jeugd, 'R3')], {
          totaalBedrag: 0,
          debetCredit: DebetCredit.Credit,
        }),
      ),
    ).toEqual(['0001 CS325 /Bericht/Declaratie/TotaalIngediendBedrag/DebetCredit']);
  });

  it('should report TR135 (8848) when the dagtekening lies after the system date', () => {
    expect(valideerBericht(voorbeeld323(Domein.Jeugd), { vandaag: '2026-05-05' }).map((b) => b.retourcode)).toEqual([
      '8848',
    ]);
  });
});

describe('valideerBericht for other messages', () => {
  it('should report CD077 and CD075 when a toegewezen product has both omvang and budget and no einddatum', () => {
    const b = voorbeeld301(Domein.Wmo);
    b.client.toegewezenProducten[0] = { ...b.client.toegewezenProducten[0], budget: 100, einddatum: undefined };

    expect(regels(b)).toEqual(
      expect.arrayContaining([
        '0001 CD077 /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang',
        '0001 CD075 /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum',
      ]),
    );
  });

  it('should report CS335 when RedenWijziging 13 is used on a toewijzing with a different einddatum', () => {
    const b = voorbeeld301(Domein.Jeugd);
    b.client.toegewezenProducten[0].redenWijziging = RedenWijziging.Verwijderd;

    expect(regels(b)).toEqual(['0001 CS335 /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/RedenWijziging']);
  });

  it('should report CD041 when a product code has no omvang', () => {
    const b = voorbeeld301(Domein.Jeugd);
    b.client.toegewezenProducten[0].omvang = undefined;

    expect(regels(b)).toEqual(['0001 CD041 /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang']);
  });

  it('should report CS058 when StatusAanlevering 2 is used in a start', () => {
    const b = voorbeeld305(Domein.Wmo);
    b.client.startProducten[1].statusAanlevering = StatusAanlevering.GewijzigdeAanlevering;

    expect(regels(b)).toEqual(['0001 CS058 /Bericht/Client/StartProducten/StartProduct[2]/StatusAanlevering']);
  });

  it('should report TR353 when a VOW neither changes nor adds a product', () => {
    const b = voorbeeld317(Domein.Jeugd);
    b.client.verzoek.teWijzigenProducten = undefined;
    b.client.verzoek.nieuweProducten = undefined;

    expect(regels(b)).toEqual(['0001 TR353 /Bericht/Client/Verzoek']);
  });

  it('should report CD085 and CD086 when the reden afwijzing does not fit the antwoord', () => {
    const afgewezen = voorbeeld319(Domein.Wmo);
    afgewezen.antwoord.redenAfwijzingVerzoek = undefined;
    const inOnderzoek = voorbeeld319(Domein.Wmo);
    inOnderzoek.antwoord.verzoekAntwoord = VerzoekAntwoord.AanvraagInOnderzoek;

    expect(regels(afgewezen)).toEqual(['0001 CD085 /Bericht/Antwoord/RedenAfwijzingVerzoek']);
    expect(regels(inOnderzoek)).toEqual(['0001 CD086 /Bericht/Antwoord/RedenAfwijzingVerzoek']);
  });

  it('should report CD076 when a per-week omvang has no einddatum', () => {
    const b = voorbeeld301(Domein.Jeugd);
    b.client.toegewezenProducten[0].einddatum = undefined;
    b.client.toegewezenProducten[0].omvang = { volume: 3, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek };

    expect(regels(b)).toEqual(['0001 CD076 /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum']);
  });
});
