import { berichtSchema } from './schema/berichten.schema.js';
import { schrijfComplex } from './schema/schema-schrijver.util.js';
import type { Bericht } from './berichten/bericht.types.js';
import type { BerichtIdentificatie, Header } from './berichten/gemeenschappelijk.types.js';
import { XSD_VERSIE, basisNamespace, basisPrefix, berichtNamespace, berichtPrefix } from './standaard.constant.js';
import { XmlSchrijver } from './xml/xml-schrijver.util.js';

export { BouwFout } from './schema/schema-schrijver.util.js';

// Builds the XML of any message: elements in XSD order, the message's own prefix (wmo301, jw325 ...) and the
// basisschema prefix (iwmo/ijw) as in the published examples, BerichtCode/Versie/Subversie from the release constant.
// Throws BouwFout when the object cannot form a valid message (a caller's programming error, not user input).
export function bouwBericht(bericht: Bericht): string {
  const { domein, berichtType } = bericht;
  const schema = berichtSchema(domein, berichtType);
  const prefixen = { bericht: berichtPrefix(domein, berichtType), basis: basisPrefix(domein) };
  const w = new XmlSchrijver();
  const wortel = `${prefixen.bericht}:Bericht`;
  w.open(wortel, {
    [`xmlns:${prefixen.basis}`]: basisNamespace(domein),
    [`xmlns:${prefixen.bericht}`]: berichtNamespace(domein, berichtType),
  });
  schrijfComplex(w, schema, bericht, '/Bericht', prefixen);
  w.sluit(wortel);
  return w.toString();
}

export function maakHeader(invoer: {
  afzender: string;
  ontvanger: string;
  berichtIdentificatie: BerichtIdentificatie;
}): Header {
  return { ...invoer, xsdVersie: { ...XSD_VERSIE } };
}
