// 3.4 E: debet and credit. Credits are judged first (OP366) and only on these rules: a gemeente cannot reject a
// credit on its content (IV085), only technically or because it does not credit a known approved debet.
import { DebetCredit } from '../codelijsten/index.js';
import { formatEuro } from '../geld/index.js';
import type { PrestatieInvoer } from './beoordeling.types.js';
import { GEEN, bevinding } from './bevinding.util.js';
import type { PrestatieContext } from './prestatie-context.types.js';
import { periodeTekst, volumeTekst } from './toelichting.util.js';

type Uitkomst = ReturnType<typeof bevinding>;

/** CD060: VorigReferentieNummer is required on a credit and empty on a debet. */
export function CD060(p: PrestatieInvoer): Uitkomst {
  const gevuld = p.vorigReferentieNummer !== null && p.vorigReferentieNummer !== '';
  if (p.debetCredit === DebetCredit.Credit && !gevuld) {
    return bevinding(
      '0001',
      'CD060',
      `Creditprestatie ${p.referentieNummer} noemt geen VorigReferentieNummer van de debetprestatie die zij crediteert.`,
    );
  }
  if (p.debetCredit === DebetCredit.Debet && gevuld) {
    return bevinding(
      '0001',
      'CD060',
      `Debetprestatie ${p.referentieNummer} heeft een VorigReferentieNummer (${p.vorigReferentieNummer}); dat mag alleen bij een credit.`,
    );
  }
  return GEEN;
}

/** TR315: a VorigReferentieNummer occurs once in a declaratie; the later occurrences are rejected. */
export function TR315(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.vorigReferentieNummer === null || !c.bericht.vorigeReferentieNummers.has(p.vorigReferentieNummer)) return GEEN;
  return bevinding(
    '0001',
    'TR315',
    `VorigReferentieNummer ${p.vorigReferentieNummer} komt in deze declaratie al bij een andere creditprestatie voor.`,
  );
}

/** TR316 / IV086: a debet may not be credited in the declaratie that declares it (credit + new debet may). */
export function TR316(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.vorigReferentieNummer === null || !c.bericht.debetsGecrediteerdInBericht.has(p.vorigReferentieNummer))
    return GEEN;
  return bevinding(
    '0001',
    'TR316',
    `De debetprestatie ${p.vorigReferentieNummer} staat in deze zelfde declaratie en kan daarin niet worden gecrediteerd.`,
  );
}

/**
 * TR323 / OP360 / IV085: a credit credits an earlier, approved debet. OP366 makes a correction a full credit, so a
 * credit that does not repeat the debet's toewijzing, product, period, volume and bedrag is not a credit of that
 * debet; accepting it would let a partial credit plus a new debet pay more than was delivered.
 */
export function TR323(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.debetCredit !== DebetCredit.Credit || p.vorigReferentieNummer === null || p.vorigReferentieNummer === '')
    return GEEN;
  const debet = c.context.prestatieOpReferentie.get(p.vorigReferentieNummer);
  const ref = p.vorigReferentieNummer;
  if (debet === undefined) {
    return bevinding(
      '8017',
      'TR323',
      `Er is geen eerdere prestatie met referentienummer ${ref} bekend om te crediteren.`,
    );
  }
  if (debet.debetCredit !== DebetCredit.Debet) {
    return bevinding(
      '8017',
      'TR323',
      `Prestatie ${ref} is zelf een creditprestatie; alleen een debetprestatie kan worden gecrediteerd.`,
    );
  }
  if (debet.status !== 'goedgekeurd') {
    return bevinding(
      '8017',
      'TR323',
      `Debetprestatie ${ref} is afgekeurd en mag daarom niet worden gecrediteerd (IV085).`,
    );
  }
  const verschillen: string[] = [];
  if (debet.toewijzingNummer !== p.toewijzingNummer)
    verschillen.push(`toewijzingnummer ${p.toewijzingNummer} in plaats van ${debet.toewijzingNummer}`);
  if (debet.productCategorie !== p.productCategorie || debet.productCode !== p.productCode) {
    verschillen.push(
      `product ${p.productCategorie}/${p.productCode} in plaats van ${debet.productCategorie}/${debet.productCode}`,
    );
  }
  if (
    debet.productPeriode.begindatum !== p.productPeriode.begindatum ||
    debet.productPeriode.einddatum !== p.productPeriode.einddatum
  ) {
    verschillen.push(
      `productperiode ${periodeTekst(p.productPeriode)} in plaats van ${periodeTekst(debet.productPeriode)}`,
    );
  }
  if (debet.geleverdVolume !== p.geleverdVolume || debet.eenheid !== p.eenheid) {
    verschillen.push(
      `volume ${volumeTekst(p.geleverdVolume, p.eenheid)} in plaats van ${volumeTekst(debet.geleverdVolume, debet.eenheid)}`,
    );
  }
  if (debet.ingediendBedrag !== p.ingediendBedrag) {
    verschillen.push(`bedrag ${formatEuro(p.ingediendBedrag)} in plaats van ${formatEuro(debet.ingediendBedrag)}`);
  }
  if (verschillen.length === 0) return GEEN;
  return bevinding(
    '8017',
    'TR323',
    `De credit wijkt af van debetprestatie ${ref}: ${verschillen.join('; ')}. Een correctie is eerst een volledige credit (OP366).`,
  );
}

/** TR390: at most one credit per ProductReferentie, counting credits approved earlier in this declaratie. */
export function TR390(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.debetCredit !== DebetCredit.Credit || p.vorigReferentieNummer === null) return GEEN;
  const ref = p.vorigReferentieNummer;
  const eerder = c.context.prestatieOpReferentie.get(ref);
  if (eerder?.gecrediteerd === true) {
    return bevinding('9390', 'TR390', `Debetprestatie ${ref} is al eerder gecrediteerd.`);
  }
  if (c.bericht.gecrediteerd.has(ref)) {
    return bevinding(
      '9390',
      'TR390',
      `Debetprestatie ${ref} wordt in deze declaratie al door een andere creditprestatie gecrediteerd.`,
    );
  }
  return GEEN;
}

/**
 * TR314 / OP283: ReferentieNummer unique per aanbieder per domein, within and across declaraties. Within this
 * declaratie every earlier occurrence counts, approved or not, so a 325 never names one number for two prestaties.
 */
export function TR314(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (c.context.bekendeReferentieNummers.has(p.referentieNummer)) {
    return bevinding(
      '8021',
      'TR314',
      `Referentienummer ${p.referentieNummer} is al in een eerdere declaratie aangeleverd.`,
    );
  }
  if (c.bericht.referentieNummers.has(p.referentieNummer)) {
    return bevinding(
      '8021',
      'TR314',
      `Referentienummer ${p.referentieNummer} komt in deze declaratie meer dan eens voor.`,
    );
  }
  return GEEN;
}

/**
 * The combination a debet may be declared for once (TR416 within a declaratie, TR389 across them): ToewijzingNummer +
 * categorie + code + the month of the ProductPeriode. A ProductPeriode lies within one month (CS337) and is that month
 * clipped to the toewijzing (TR387/TR388), so the month identifies it, and two differently clipped periods in one
 * month are caught too.
 */
export function debetSleutel(
  p: Pick<PrestatieInvoer, 'toewijzingNummer' | 'productCategorie' | 'productCode' | 'productPeriode'>,
): string {
  return `${p.toewijzingNummer}|${p.productCategorie}|${p.productCode}|${p.productPeriode.begindatum.slice(0, 7)}`;
}

/**
 * TR416: one debet per ToewijzingNummer + categorie + code + ProductPeriode in a declaratie (FAQ: two lines for the
 * same combination are not allowed; a correction is a credit plus one new debet). The later ones are rejected,
 * whatever became of the first: the message itself is wrong. Only debets on a toewijzing they belong to count (past
 * step 3): a line filed under the wrong client or number does not block the right one.
 */
export function TR416(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.debetCredit !== DebetCredit.Debet) return GEEN;
  const eerder = c.bericht.debetsInBericht.get(debetSleutel(p));
  if (eerder === undefined) return GEEN;
  return bevinding(
    '0001',
    'TR416',
    `Deze declaratie bevat al debetprestatie ${eerder} voor toewijzing ${p.toewijzingNummer}, product ` +
      `${p.productCategorie}/${p.productCode} in ${periodeTekst(p.productPeriode)}; per toegewezen product en productperiode hoort één prestatie (alle leveringen samen).`,
  );
}

/**
 * TR389: a new debet for a ToewijzingNummer + categorie + code + ProductPeriode only when the debet approved for it in
 * an earlier declaratie has been credited (credits are judged first, OP366, so a credit in this declaratie counts).
 * Within this declaratie TR416 applies.
 */
export function TR389(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.debetCredit !== DebetCredit.Debet || c.lopend === null || !c.lopend.debetSleutels.has(debetSleutel(p)))
    return GEEN;
  return bevinding(
    '9389',
    'TR389',
    `Er is al een goedgekeurde, niet gecrediteerde debetprestatie voor toewijzing ${p.toewijzingNummer}, product ` +
      `${p.productCategorie}/${p.productCode} in ${periodeTekst(p.productPeriode)}; crediteer die eerst.`,
  );
}
