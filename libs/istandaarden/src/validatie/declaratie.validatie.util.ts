import {
  DebetCredit,
  Eenheid,
  eersteVanMaand,
  isGeldigBsn,
  laatsteVanMaand,
  plusMaanden,
  type Kalenderdatum,
} from '#keten/domain';
import type { Declaratie, Declaratie323Kop, DeclaratieClient } from '../berichten/declaratie.types.js';
import { bevinding, type Bevinding } from './bevinding.types.js';

const DECLARATIE = '/Bericht/Declaratie';
// CS100: the 323 exists from release 3.0; no DeclaratiePeriode before 2021.
const EERSTE_DECLARATIEPERIODE = '2021-01-01';

function isHeleMaand(begindatum: Kalenderdatum, einddatum: Kalenderdatum): boolean {
  return begindatum === eersteVanMaand(begindatum) && einddatum === laatsteVanMaand(begindatum);
}

// The within-message rules of the 323 (istandaarden.md 3.4 A and E), incremental so a 25 MB declaratie can be
// checked client by client while it streams in: kop first, then each client, then afsluiten() for the totals.
export class DeclaratieValidator {
  private readonly bevindingen: Bevinding[] = [];
  // Σ debet − Σ credit in cents; bigint because tens of thousands of 8-digit amounts can pass 2^53 in theory.
  private saldo = 0n;
  private readonly referentieNummers = new Set<string>();
  private readonly debetReferenties = new Set<string>();
  private readonly vorigeReferenties = new Map<string, string>();

  constructor(private readonly kop: Declaratie323Kop) {
    const { begindatum, einddatum } = kop.declaratiePeriode;
    if (!isHeleMaand(begindatum, einddatum)) {
      this.voegToe(
        '0001',
        'CS340',
        `${DECLARATIE}/DeclaratiePeriode`,
        `De declaratieperiode ${begindatum} t/m ${einddatum} is niet precies één kalendermaand.`,
      );
    }
    if (begindatum < EERSTE_DECLARATIEPERIODE) {
      this.voegToe(
        '0001',
        'CS100',
        `${DECLARATIE}/DeclaratiePeriode/Begindatum`,
        `De declaratieperiode begint vóór ${EERSTE_DECLARATIEPERIODE}.`,
      );
    }
    const totaal = kop.totaalIngediendBedrag;
    if (totaal.totaalBedrag === 0 && totaal.debetCredit !== DebetCredit.Debet) {
      this.voegToe(
        '0001',
        'CS325',
        `${DECLARATIE}/TotaalIngediendBedrag/DebetCredit`,
        'Een totaalbedrag van 0 moet als Debet (D) worden aangeleverd.',
      );
    }
  }

  client(client: DeclaratieClient, index: number): void {
    const clientPad = `${DECLARATIE}/Clienten/Client[${index + 1}]`;
    if (!isGeldigBsn(client.bsn)) {
      this.voegToe('0001', 'CS002', `${clientPad}/Bsn`, 'Het BSN voldoet niet aan de elfproef.');
    }
    const { einddatum: periodeEinde } = this.kop.declaratiePeriode;
    const vijfJaarTerug = plusMaanden(this.kop.declaratieDagtekening, -60);
    client.prestaties.forEach((p, i) => {
      const pad = `${clientPad}/Prestaties/Prestatie[${i + 1}]`;
      const ref = p.productReferentie;
      const credit = p.ingediendBedrag.debetCredit === DebetCredit.Credit;

      // CD060: VorigReferentieNummer on a credit, and only there.
      if (credit && ref.vorigReferentieNummer === undefined) {
        this.voegToe(
          '0001',
          'CD060',
          `${pad}/ProductReferentie`,
          `Creditprestatie ${ref.referentieNummer} mist het VorigReferentieNummer van de debet die zij crediteert.`,
        );
      } else if (!credit && ref.vorigReferentieNummer !== undefined) {
        this.voegToe(
          '0001',
          'CD060',
          `${pad}/ProductReferentie/VorigReferentieNummer`,
          `Debetprestatie ${ref.referentieNummer} mag geen VorigReferentieNummer hebben.`,
        );
      }
      // TR314 (within the message): a ReferentieNummer is used once.
      if (this.referentieNummers.has(ref.referentieNummer)) {
        this.voegToe(
          '8021',
          'TR314',
          `${pad}/ProductReferentie/ReferentieNummer`,
          `ReferentieNummer ${ref.referentieNummer} komt al eerder in dit bericht voor.`,
        );
      }
      this.referentieNummers.add(ref.referentieNummer);
      if (credit && ref.vorigReferentieNummer !== undefined) {
        // TR315: one credit per VorigReferentieNummer within the message.
        if (this.vorigeReferenties.has(ref.vorigReferentieNummer)) {
          this.voegToe(
            '0001',
            'TR315',
            `${pad}/ProductReferentie/VorigReferentieNummer`,
            `VorigReferentieNummer ${ref.vorigReferentieNummer} wordt in dit bericht meer dan eens gecrediteerd.`,
          );
        }
        this.vorigeReferenties.set(ref.vorigReferentieNummer, pad);
        // TR316: a debet in this message cannot be credited in the same message (IV086).
        if (this.debetReferenties.has(ref.vorigReferentieNummer)) this.tr316(ref.vorigReferentieNummer, pad);
      } else if (!credit) {
        this.debetReferenties.add(ref.referentieNummer);
        if (this.vorigeReferenties.has(ref.referentieNummer))
          this.tr316(ref.referentieNummer, this.vorigeReferenties.get(ref.referentieNummer)!);
      }

      // CD087: ProductTarief required unless Eenheid is 83 (euro's), and empty when it is.
      if (p.eenheid === Eenheid.Euros) {
        if (p.productTarief !== undefined)
          this.voegToe(
            '0001',
            'CD087',
            `${pad}/ProductTarief`,
            "Bij eenheid 83 (euro's) moet ProductTarief leeg zijn.",
          );
        // CS339: with eenheid 83 the volume is the amount in eurocent.
        if (p.geleverdVolume !== p.ingediendBedrag.bedrag) {
          this.voegToe(
            '0001',
            'CS339',
            `${pad}/IngediendBedrag/Bedrag`,
            `Bij eenheid 83 moet IngediendBedrag (${p.ingediendBedrag.bedrag}) gelijk zijn aan GeleverdVolume (${p.geleverdVolume}).`,
          );
        }
      } else if (p.productTarief === undefined) {
        this.voegToe('0001', 'CD087', `${pad}/ProductTarief`, `ProductTarief is verplicht bij eenheid ${p.eenheid}.`);
      }

      const { begindatum, einddatum } = p.productPeriode;
      // CS337 / OP367: a ProductPeriode lies within one calendar month, begin ≤ eind.
      if (einddatum < begindatum || eersteVanMaand(begindatum) !== eersteVanMaand(einddatum)) {
        this.voegToe(
          '0001',
          'CS337',
          `${pad}/ProductPeriode`,
          `ProductPeriode ${begindatum} t/m ${einddatum} ligt niet binnen één kalendermaand.`,
        );
      }
      // TR319: no care declared after the declaratieperiode.
      if (einddatum > periodeEinde) {
        this.voegToe(
          '9319',
          'TR319',
          `${pad}/ProductPeriode/Einddatum`,
          `ProductPeriode eindigt (${einddatum}) na de declaratieperiode (${periodeEinde}).`,
        );
      }
      // TR335: at most five years back from the DeclaratieDagtekening.
      if (einddatum < vijfJaarTerug) {
        this.voegToe(
          '0001',
          'TR335',
          `${pad}/ProductPeriode/Einddatum`,
          `ProductPeriode eindigt meer dan 5 jaar vóór de dagtekening van de declaratie.`,
        );
      }

      const bedrag = BigInt(p.ingediendBedrag.bedrag);
      this.saldo += credit ? -bedrag : bedrag;
    });
  }

  afsluiten(): Bevinding[] {
    // TR358: TotaalIngediendBedrag = Σ debet − Σ credit of the prestaties, with the sign in DebetCredit.
    const totaal = this.kop.totaalIngediendBedrag;
    const opgegeven =
      totaal.debetCredit === DebetCredit.Credit ? -BigInt(totaal.totaalBedrag) : BigInt(totaal.totaalBedrag);
    if (opgegeven !== this.saldo) {
      const som = this.saldo < 0n ? `${-this.saldo} C` : `${this.saldo} D`;
      this.voegToe(
        '0001',
        'TR358',
        `${DECLARATIE}/TotaalIngediendBedrag`,
        `TotaalIngediendBedrag (${totaal.totaalBedrag} ${totaal.debetCredit}) is niet de som van de prestaties (${som}).`,
      );
    }
    return this.bevindingen;
  }

  private tr316(referentie: string, pad: string): void {
    this.voegToe(
      '0001',
      'TR316',
      `${pad}/ProductReferentie/VorigReferentieNummer`,
      `Debetprestatie ${referentie} wordt in hetzelfde bericht gecrediteerd; dat kan pas in een volgend bericht.`,
    );
  }

  private voegToe(...args: Parameters<typeof bevinding>): void {
    this.bevindingen.push(bevinding(...args));
  }
}

export function valideerDeclaratie(declaratie: Declaratie): Bevinding[] {
  const validator = new DeclaratieValidator(declaratie);
  declaratie.clienten.forEach((c, i) => validator.client(c, i));
  return validator.afsluiten();
}
