import { Domein } from '#keten/domain';
import type { Bericht323, ParseFout } from './berichten/bericht.types.js';
import type { Declaratie323Kop, DeclaratieClient } from './berichten/declaratie.types.js';
import type { Header } from './berichten/gemeenschappelijk.types.js';
import { ClientAfsplitsing, herkenBericht, naarBericht, naarParseFout, parseFout } from './parse-bericht.util.js';
import { berichtSchema } from './schema/berichten.schema.js';
import { leesComplex } from './schema/schema-lezer.util.js';
import type { Complex } from './schema/schema.types.js';
import { MAX_BERICHT_BYTES } from './standaard.constant.js';
import type { Bevinding } from './validatie/bevinding.types.js';
import { DeclaratieValidator } from './validatie/declaratie.validatie.util.js';
import { VeiligeXmlLezer, type XmlElement } from './xml/veilige-xml-lezer.util.js';

export interface DeclaratieStroomOpties {
  // Called per Client as soon as it has been read; the client is then dropped, so memory does not grow with the
  // file. Treat the calls as provisional until the result says ok: a later error rejects the whole message (OP286).
  opClient?: (client: DeclaratieClient, index: number) => void;
  // Run the within-message rules (CS340, CD060, CD087, TR358 ...) while streaming.
  valideer?: boolean;
  maxBytes?: number;
}

export type DeclaratieStroomResultaat =
  | {
      ok: true;
      bericht: Omit<Bericht323, 'declaratie'> & { declaratie: Declaratie323Kop };
      aantalClienten: number;
      aantalPrestaties: number;
      bevindingen: Bevinding[];
    }
  | ParseFout;

type Bron = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

function kopSchema(domein: Domein): Complex {
  const declaratie = berichtSchema(domein, '323').velden.find((v) => v.element === 'Declaratie')!.type as Complex;
  return { ...declaratie, velden: declaratie.velden.filter((v) => v.element !== 'Clienten') };
}

// Reads a (large) 323 with bounded memory: Clients are mapped and handed out one at a time; only the header, the
// Declaratie class and the running totals are kept. Never throws; the size limit (OP179) applies to the bytes read.
export async function leesDeclaratieStroom(
  bron: Bron,
  opties: DeclaratieStroomOpties = {},
): Promise<DeclaratieStroomResultaat> {
  let validator: DeclaratieValidator | undefined;
  let aantalPrestaties = 0;
  let lezer: VeiligeXmlLezer;

  const clienten = new ClientAfsplitsing((client, index, open) => {
    if (index === 0 && opties.valideer) {
      // The header and the Declaratie class precede the first Client, so they are complete in the tree now.
      const [wortel, declaratie] = open;
      const { domein, ns } = herkenBericht(wortel);
      const kopEl: XmlElement = { ...declaratie, kinderen: declaratie.kinderen.filter((k) => k.naam !== 'Clienten') };
      validator = new DeclaratieValidator(
        leesComplex(kopEl, kopSchema(domein), '/Bericht/Declaratie', ns) as unknown as Declaratie323Kop,
      );
    }
    aantalPrestaties += client.prestaties.length;
    validator?.client(client, index);
    opties.opClient?.(client, index);
  }, false);

  try {
    lezer = new VeiligeXmlLezer(clienten, opties.maxBytes ?? MAX_BERICHT_BYTES);
    if (typeof bron === 'string') {
      if (bron.length > (opties.maxBytes ?? MAX_BERICHT_BYTES))
        return parseFout(`Het bericht is groter dan ${MAX_BERICHT_BYTES / (1024 * 1024)} MB (OP179)`, '/');
      for (let i = 0; i < bron.length; i += 1 << 16) lezer.schrijfTekst(bron.slice(i, i + (1 << 16)));
    } else if (bron instanceof Uint8Array) {
      for (let i = 0; i < bron.byteLength; i += 1 << 16) lezer.schrijfBytes(bron.subarray(i, i + (1 << 16)));
    } else {
      for await (const stuk of bron) {
        if (typeof stuk === 'string') lezer.schrijfTekst(stuk);
        else lezer.schrijfBytes(stuk);
      }
    }
    const wortel = lezer.sluitAf();
    // The full structure check over what remains (header, Declaratie class, emptied Clienten wrapper).
    const bericht = naarBericht(wortel, true);
    if (bericht.berichtType !== '323')
      return parseFout(`Verwacht een declaratie (323), geen ${bericht.berichtType}`, '/Bericht');
    const aantalClienten = lezer.aantalAfgesplitst;
    if (aantalClienten === 0)
      return parseFout('Clienten moet ten minste één Client bevatten', '/Bericht/Declaratie/Clienten');
    const { clienten: _leeg, ...kop } = bericht.declaratie;
    const header: Header = bericht.header;
    const bevindingen = validator?.afsluiten() ?? [];
    return {
      ok: true,
      bericht: {
        domein: bericht.domein,
        berichtType: '323',
        berichtsoort: bericht.berichtsoort,
        header,
        declaratie: kop,
      },
      aantalClienten,
      aantalPrestaties,
      bevindingen,
    };
  } catch (e) {
    return naarParseFout(e);
  }
}
