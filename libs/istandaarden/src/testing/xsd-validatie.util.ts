// Test support only: validates built XML against the official XSDs in ../shared (never copied into the project),
// with a real XSD validator (libxml2 via xmllint-wasm).
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { leesXml, type XmlElement } from '../xml/veilige-xml-lezer.util.js';

export const REFERENTIE = `${process.cwd()}/../shared/reference/istandaarden`;

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
