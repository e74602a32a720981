import { isKalenderdatum } from '#keten/domain';
import type { XmlElement } from '../xml/veilige-xml-lezer.util.js';
import { XmlFout } from '../xml/veilige-xml-lezer.util.js';
import type { Complex, Enkelvoudig, Veld } from './schema.types.js';

export interface Namespaces {
  bericht: string;
  basis: string;
}

const TIJD = /^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?$/;
const GEHEEL = /^[+-]?[0-9]+$/;
const XSD_SPATIE = /^[ \t\n\r]*$/;

function lengte(tekst: string): number {
  let n = 0;
  for (const _ of tekst) n++;
  return n;
}

// xs:integer, xs:date and xs:time collapse whitespace; xs:string based types keep it (and then fail their facets).
export function leesEnkelvoudig(ruw: string, type: Enkelvoudig, pad: string): string | number {
  switch (type.soort) {
    case 'vast':
    case 'code':
    case 'tekst': {
      const waarde = ruw;
      if (type.soort === 'vast') {
        if (waarde !== type.waarde) throw new XmlFout(`Waarde "${kort(waarde)}" moet "${type.waarde}" zijn`, pad);
        return waarde;
      }
      if (type.soort === 'code') {
        if (!type.waarden.has(waarde))
          throw new XmlFout(`"${kort(waarde)}" is geen geldige code voor ${type.ldt}`, pad);
        return waarde;
      }
      // A BSN is never echoed into a reason that may end up in a log (architecture.md 4).
      if (type.ldt === 'LDT_BurgerServicenummer' && !(type.patroon?.test(waarde) ?? true)) {
        throw new XmlFout('Bsn moet uit precies 9 cijfers bestaan', pad);
      }
      const n = lengte(waarde);
      if (n < type.min || (type.max !== undefined && n > type.max)) {
        throw new XmlFout(
          `"${kort(waarde)}" heeft ${n} tekens; ${type.ldt} staat ${type.min}..${type.max ?? '∞'} toe`,
          pad,
        );
      }
      if (type.patroon && !type.patroon.test(waarde))
        throw new XmlFout(`"${kort(waarde)}" past niet in het formaat van ${type.ldt}`, pad);
      return waarde;
    }
    case 'geheel': {
      const waarde = ruw.trim();
      if (!GEHEEL.test(waarde)) throw new XmlFout(`"${kort(waarde)}" is geen geheel getal (${type.ldt})`, pad);
      const getal = Number(waarde);
      if (!Number.isSafeInteger(getal) || getal < type.min || getal > type.max) {
        throw new XmlFout(`${kort(waarde)} ligt buiten ${type.min}..${type.max} (${type.ldt})`, pad);
      }
      return getal;
    }
    case 'datum': {
      const waarde = ruw.trim();
      if (!isKalenderdatum(waarde))
        throw new XmlFout(`"${kort(waarde)}" is geen geldige datum (JJJJ-MM-DD, zonder tijdzone)`, pad);
      return waarde;
    }
    case 'tijd': {
      const waarde = ruw.trim();
      if (!TIJD.test(waarde))
        throw new XmlFout(`"${kort(waarde)}" is geen geldige tijd (UU:MM:SS, zonder tijdzone)`, pad);
      return waarde;
    }
  }
}

function kort(tekst: string): string {
  return tekst.length > 40 ? `${tekst.slice(0, 40)}…` : tekst;
}

function zonderKinderen(el: XmlElement, pad: string): void {
  if (el.kinderen.length > 0)
    throw new XmlFout(`Element ${el.naam} mag geen elementen bevatten, alleen een waarde`, pad);
}

function zonderTekst(el: XmlElement, pad: string): void {
  if (el.tekst.length > 0 && !XSD_SPATIE.test(el.tekst))
    throw new XmlFout(`Element ${el.naam} mag geen losse tekst bevatten`, pad);
}

function leesVeldWaarde(el: XmlElement, veld: Veld, pad: string, ns: Namespaces, vrijeLijsten: boolean): unknown {
  const type = veld.type;
  if (type.soort === 'complex') return leesComplex(el, type, pad, ns, vrijeLijsten);
  if (type.soort === 'lijst') {
    zonderTekst(el, pad);
    if (el.kinderen.length === 0) throw new XmlFout(`${el.naam} moet ten minste één ${type.item} bevatten`, pad);
    const items: unknown[] = new Array(el.kinderen.length);
    for (let i = 0; i < el.kinderen.length; i++) {
      const kind = el.kinderen[i];
      const kindPad = `${pad}/${kind.naam}[${i + 1}]`;
      if (kind.naam !== type.item || kind.ns !== ns.bericht) throw onverwacht(kind, kindPad, type.item);
      items[i] =
        type.type.soort === 'complex'
          ? leesComplex(kind, type.type, kindPad, ns)
          : (zonderKinderen(kind, kindPad), leesEnkelvoudig(kind.tekst, type.type, kindPad));
    }
    return items;
  }
  zonderKinderen(el, pad);
  return leesEnkelvoudig(el.tekst, type, pad);
}

export function onverwacht(el: XmlElement, pad: string, verwacht?: string): XmlFout {
  const nsTekst = el.ns ? ` (namespace ${el.ns})` : ' (zonder namespace)';
  return new XmlFout(`Onverwacht element ${el.naam}${nsTekst}${verwacht ? `; verwacht: ${verwacht}` : ''}`, pad);
}

// Maps an element onto its complex type: children in XSD order, each at most once, required ones present.
export function leesComplex(
  el: XmlElement,
  type: Complex,
  pad: string,
  ns: Namespaces,
  vrijeLijsten = false,
): Record<string, unknown> {
  zonderTekst(el, pad);
  const kindNs = type.basis ? ns.basis : ns.bericht;
  const uit: Record<string, unknown> = {};
  const kinderen = el.kinderen;
  let i = 0;
  for (const veld of type.velden) {
    const kind = kinderen[i];
    if (kind && kind.naam === veld.element && kind.ns === kindNs) {
      const kindPad = `${pad}/${kind.naam}`;
      if (vrijeLijsten && veld.type.soort === 'lijst' && kind.kinderen.length === 0) {
        uit[veld.sleutel] = [];
      } else {
        const waarde = leesVeldWaarde(kind, veld, kindPad, ns, vrijeLijsten);
        if (veld.type.soort !== 'vast') uit[veld.sleutel] = waarde;
      }
      i++;
    } else if (veld.verplicht) {
      if (kind && kind.naam === veld.element)
        throw onverwacht(kind, `${pad}/${kind.naam}`, `${veld.element} in ${kindNs}`);
      if (kind && !type.velden.some((v) => v.element === kind.naam))
        throw onverwacht(kind, `${pad}/${kind.naam}`, veld.element);
      throw new XmlFout(
        `Verplicht element ${veld.element} ontbreekt${kind ? ` (gevonden: ${kind.naam})` : ''}`,
        `${pad}/${veld.element}`,
      );
    }
  }
  if (i < kinderen.length) {
    const kind = kinderen[i];
    const bekend = type.velden.some((v) => v.element === kind.naam);
    throw new XmlFout(
      bekend
        ? `Element ${kind.naam} staat op de verkeerde plaats of komt te vaak voor`
        : `Onverwacht element ${kind.naam}${kind.ns === kindNs ? '' : ` (namespace ${kind.ns || 'geen'})`}`,
      `${pad}/${kind.naam}`,
    );
  }
  return uit;
}
