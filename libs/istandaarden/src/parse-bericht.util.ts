import { berichtSchema } from './schema/berichten.schema.js';
import { leesComplex, type Namespaces } from './schema/schema-lezer.util.js';
import type { Bericht, ParseFout, ParseResultaat } from './berichten/bericht.types.js';
import {
  BERICHT_CODES,
  basisNamespace,
  berichtNamespace,
  berichtsoort,
  herkenNamespace,
  type BerichtType,
} from './standaard.constant.js';
import { leesXml, XmlFout, type XmlElement } from './xml/veilige-xml-lezer.util.js';

export function parseFout(reden: string, pad: string): ParseFout {
  return { ok: false, retourcode: '0001', reden, pad };
}

export function naarParseFout(e: unknown): ParseFout {
  if (e instanceof XmlFout) return parseFout(e.reden, e.pad);
  // Anything else is still a message we could not read; never let it escape to the caller.
  return parseFout(`Het bericht kon niet gelezen worden: ${e instanceof Error ? e.message : String(e)}`, '/');
}

// Detects standaard and berichtsoort from the root and checks the BerichtCode before mapping, so a wrong
// combination gets a clear reason instead of a generic mismatch.
export function herkenBericht(wortel: XmlElement): { type: BerichtType; domein: Bericht['domein']; ns: Namespaces } {
  if (wortel.naam !== 'Bericht') throw new XmlFout(`Het wortelelement moet Bericht zijn, niet ${wortel.naam}`, `/${wortel.naam}`);
  const herkend = herkenNamespace(wortel.ns);
  if (!herkend) {
    throw new XmlFout(
      `Onbekende namespace "${wortel.ns || '(geen)'}": verwacht een iWmo- of iJw-3.2-bericht (http://www.istandaarden.nl/iwmo/3_2/wmoNNN/schema of .../ijw/3_2/jwNNN/schema)`,
      '/Bericht',
    );
  }
  const { domein, type } = herkend;
  const ns: Namespaces = { bericht: berichtNamespace(domein, type), basis: basisNamespace(domein) };
  const header = wortel.kinderen[0];
  const code = header?.naam === 'Header' ? header.kinderen[0] : undefined;
  const verwacht = BERICHT_CODES[domein][type];
  if (code?.naam === 'BerichtCode' && code.tekst !== verwacht) {
    throw new XmlFout(
      `BerichtCode ${code.tekst} hoort niet bij ${berichtsoort(domein, type)} (namespace ${wortel.ns}); verwacht ${verwacht}`,
      '/Bericht/Header/BerichtCode',
    );
  }
  return { type, domein, ns };
}

// vrijeLijsten: a wrapper emptied by streaming (its items were handed out one by one) is read as [].
export function naarBericht(wortel: XmlElement, vrijeLijsten = false): Bericht {
  const { type, domein, ns } = herkenBericht(wortel);
  const inhoud = leesComplex(wortel, berichtSchema(domein, type), '/Bericht', ns, vrijeLijsten);
  return { domein, berichtType: type, berichtsoort: berichtsoort(domein, type), ...inhoud } as unknown as Bericht;
}

// Parses any iWmo/iJw 3.2 message. Never throws: a structurally invalid, hostile or oversized message gives a
// technical rejection (retourcode 0001) with a readable reason and the path of the offending element.
export function parseBericht(xml: string | Uint8Array): ParseResultaat {
  try {
    return { ok: true, bericht: naarBericht(leesXml(xml)) };
  } catch (e) {
    return naarParseFout(e);
  }
}
