// Test support only: validates built XML against the official XSDs, the project's own copy in
// libs/istandaarden/reference (README there: source and version), with a real XSD validator (libxml2 via xmllint-wasm).
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { Domein } from '#keten/domain';
import { BERICHT_CODES, type BerichtType } from '../standaard.constant.js';
import { leesXml, type XmlElement } from '../xml/veilige-xml-lezer.util.js';

export const REFERENTIE = `${process.cwd()}/libs/istandaarden/reference`;

export function leesReferentie(relatief: string): string {
  return readFileSync(`${REFERENTIE}/${relatief}`, 'utf8');
}

export async function valideerTegenXsd(
  xml: string,
  xsd: string,
  basisschema: string,
): Promise<{ valid: boolean; fouten: string[] }> {
  const r = await validateXML({
    xml: [{ fileName: 'bericht.xml', contents: xml }],
    schema: [{ fileName: 'bericht.xsd', contents: xsd }],
    preload: [{ fileName: 'basisschema.xsd', contents: basisschema }],
  });
  return { valid: r.valid, fouten: r.errors.map((e) => e.message) };
}

// Every leaf as "{ns}pad = waarde", in document order: two documents with the same list carry the same elements
// and values whatever their prefixes, indentation or XML declaration.
export function inhoud(xml: string): string[] {
  const uit: string[] = [];
  const loop = (el: XmlElement, pad: string): void => {
    const hier = `${pad}/{${el.ns}}${el.naam}`;
    if (el.kinderen.length === 0) uit.push(`${hier} = ${el.tekst.trim()}`);
    else for (const k of el.kinderen) loop(k, hier);
  };
  loop(leesXml(xml), '');
  return uit;
}

// The iWmo retour/antwoord XSDs are not in the reference set; the iJw ones are structurally identical apart from
// namespace and BerichtCode (libs/istandaarden/reference/README.md), so the iJw XSD is checked with iWmo's.
function alsWmoXsd(jwXsd: string, type: BerichtType): string {
  return jwXsd
    .replaceAll('http://www.istandaarden.nl/ijw/3_2/', 'http://www.istandaarden.nl/iwmo/3_2/')
    .replaceAll(`/jw${type}/schema`, `/wmo${type}/schema`)
    .replace(
      `<xs:pattern value="${BERICHT_CODES[Domein.Jeugd][type]}"/>`,
      `<xs:pattern value="${BERICHT_CODES[Domein.Wmo][type]}"/>`,
    );
}

/** The official XSD (and basisschema) a message of this standard and type is checked against. */
export function xsdVoor(domein: Domein, type: BerichtType): { xsd: string; basis: string } {
  if (domein === Domein.Jeugd)
    return { xsd: leesReferentie(`ijw-3.2/xsd/JW${type}.xsd`), basis: leesReferentie('ijw-3.2/xsd/basisschema.xsd') };
  const basis = leesReferentie('iwmo-3.2/xsd/basisschema.xsd');
  if (type === '301' || type === '319') return { xsd: leesReferentie(`iwmo-3.2/xsd/WMO${type}.xsd`), basis };
  return { xsd: alsWmoXsd(leesReferentie(`ijw-3.2/xsd/JW${type}.xsd`), type), basis };
}
