import { XmlSchrijver } from '../xml/xml-schrijver.util.js';
import { XmlFout } from '../xml/veilige-xml-lezer.util.js';
import { isKalenderdatum } from '#keten/domain';
import { leesEnkelvoudig } from './schema-lezer.util.js';
import type { Complex, Enkelvoudig, Veld } from './schema.types.js';

export interface Prefixen {
  bericht: string;
  basis: string;
}

// Thrown when a typed object cannot become a valid message (a programming error in the caller, not bad input).
export class BouwFout extends Error {
  constructor(
    readonly reden: string,
    readonly pad: string,
  ) {
    super(`${reden} (${pad})`);
  }
}

function schrijfEnkelvoudig(waarde: unknown, type: Enkelvoudig, pad: string): string {
  if (type.soort === 'vast') return type.waarde;
  let tekst: string;
  if (type.soort === 'geheel') {
    if (typeof waarde !== 'number' || !Number.isSafeInteger(waarde))
      throw new BouwFout(`Geen geheel getal: ${String(waarde)}`, pad);
    tekst = String(waarde);
  } else {
    if (typeof waarde !== 'string') throw new BouwFout(`Verwacht tekst, kreeg ${typeof waarde}`, pad);
    tekst = waarde;
  }
  if (type.soort === 'datum' && !isKalenderdatum(tekst)) throw new BouwFout(`Geen geldige datum: ${tekst}`, pad);
  try {
    // The same facet checks as on reading, so nothing is built that the XSD would refuse.
    leesEnkelvoudig(tekst, type, pad);
  } catch (e) {
    if (e instanceof XmlFout) throw new BouwFout(e.reden, e.pad);
    throw e;
  }
  return tekst;
}

function schrijfVeld(w: XmlSchrijver, veld: Veld, waarde: unknown, pad: string, p: Prefixen, prefix: string): void {
  const naam = `${prefix}:${veld.element}`;
  const type = veld.type;
  if (type.soort === 'complex') {
    w.open(naam);
    schrijfComplex(w, type, waarde, pad, p);
    w.sluit(naam);
  } else if (type.soort === 'lijst') {
    if (!Array.isArray(waarde) || waarde.length === 0)
      throw new BouwFout(`${veld.element} moet ten minste één ${type.item} bevatten`, pad);
    w.open(naam);
    const itemNaam = `${p.bericht}:${type.item}`;
    waarde.forEach((item, i) => {
      const itemPad = `${pad}/${type.item}[${i + 1}]`;
      if (type.type.soort === 'complex') {
        w.open(itemNaam);
        schrijfComplex(w, type.type, item, itemPad, p);
        w.sluit(itemNaam);
      } else {
        w.element(itemNaam, schrijfEnkelvoudig(item, type.type, itemPad));
      }
    });
    w.sluit(naam);
  } else {
    w.element(naam, schrijfEnkelvoudig(waarde, type, pad));
  }
}

function isLeeg(veld: Veld, waarde: unknown): boolean {
  return (
    waarde === undefined ||
    waarde === null ||
    (veld.type.soort === 'lijst' && Array.isArray(waarde) && waarde.length === 0)
  );
}

export function schrijfComplex(w: XmlSchrijver, type: Complex, obj: unknown, pad: string, p: Prefixen): void {
  if (typeof obj !== 'object' || obj === null) throw new BouwFout('Verwacht een object', pad);
  const prefix = type.basis ? p.basis : p.bericht;
  const record = obj as Record<string, unknown>;
  for (const veld of type.velden) {
    const waarde = veld.type.soort === 'vast' ? veld.type.waarde : record[veld.sleutel];
    const veldPad = `${pad}/${veld.element}`;
    if (isLeeg(veld, waarde)) {
      if (veld.verplicht) throw new BouwFout(`Verplicht element ${veld.element} ontbreekt`, veldPad);
      continue;
    }
    schrijfVeld(w, veld, waarde, veldPad, p, prefix);
  }
}
