import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MAX_BERICHT_BYTES } from '../standaard.constant.js';

export interface XmlElement {
  naam: string;
  ns: string;
  kinderen: XmlElement[];
  tekst: string;
}

export class XmlFout extends Error {
  constructor(
    readonly reden: string,
    readonly pad: string,
  ) {
    super(reden);
  }
}

export interface Afsplitsing {
  // Local names from the root, e.g. ['Bericht','Declaratie','Clienten','Client'].
  pad: readonly string[];
  // Called when such an element closes, with the elements still open (root first); when it answers true the element
  // is dropped from the tree, so memory stays bounded (streaming), and false keeps it in the tree after all. `index`
  // counts the elements taken before.
  opElement(element: XmlElement, index: number, open: readonly XmlElement[]): boolean;
}

const ALLEEN_SPATIE = /^[ \t\n\r]*$/;
// Shared by every element until its first child: most elements are leaves, and an array each was a third of the
// garbage a 25 MB message made. Only sluit() adds children, and it replaces this first.
const GEEN_KINDEREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

// A push reader on saxes that builds a light element tree. It refuses what an iStandaarden message never needs and
// an attacker would use: DOCTYPE (and with it every ENTITY declaration: XXE, billion laughs), undeclared entities,
// unknown attributes, input over OP179's 25 MB, invalid UTF-8.
export class VeiligeXmlLezer {
  private readonly parser: SaxesParser<{ xmlns: true; position: false }>;
  private readonly stapel: XmlElement[] = [];
  private readonly namen: string[] = [];
  private wortel: XmlElement | null = null;
  private bytes = 0;
  private afgesplitst = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private eersteTekst = true;

  constructor(
    private readonly afsplitsing?: Afsplitsing,
    private readonly maxBytes = MAX_BERICHT_BYTES,
  ) {
    // No position tracking: it costs ~40% of the parse time, and errors name the element path instead.
    this.parser = new SaxesParser({ xmlns: true, position: false });
    this.parser.on('doctype', () => {
      throw new XmlFout('Een DOCTYPE (met eventuele ENTITY-declaraties) is niet toegestaan in een iStandaarden-bericht', '/');
    });
    this.parser.on('error', (e) => {
      throw new XmlFout(`Geen geldige XML: ${e.message}`, this.huidigPad());
    });
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.sluit());
    this.parser.on('text', (t) => this.tekst(t));
    this.parser.on('cdata', (t) => this.tekst(t));
  }

  schrijfBytes(chunk: Uint8Array): void {
    this.telBytes(chunk.byteLength);
    let tekst: string;
    try {
      tekst = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new XmlFout('Het bericht is geen geldige UTF-8', this.huidigPad());
    }
    this.schrijfTekst(tekst, false);
  }

  schrijfTekst(tekst: string, tellen = true): void {
    if (tellen) this.telBytes(Buffer.byteLength(tekst, 'utf8'));
    if (this.eersteTekst && tekst.length > 0) {
      this.eersteTekst = false;
      if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
    }
    this.parser.write(tekst);
  }

  sluitAf(): XmlElement {
    try {
      this.decoder.decode();
    } catch {
      throw new XmlFout('Het bericht is geen geldige UTF-8 (afgebroken teken aan het eind)', this.huidigPad());
    }
    this.parser.close();
    if (!this.wortel) throw new XmlFout('Het bericht bevat geen XML-element', '/');
    return this.wortel;
  }

  get aantalAfgesplitst(): number {
    return this.afgesplitst;
  }

  private telBytes(n: number): void {
    this.bytes += n;
    if (this.bytes > this.maxBytes) {
      throw new XmlFout(`Het bericht is groter dan ${this.maxBytes / (1024 * 1024)} MB (OP179)`, '/');
    }
  }

  private open(tag: SaxesTagNS): void {
    for (const naam in tag.attributes) {
      const attr = tag.attributes[naam];
      if (attr.uri === XMLNS || attr.name === 'xmlns') continue;
      if (attr.uri === XSI && (attr.local === 'schemaLocation' || attr.local === 'noNamespaceSchemaLocation')) continue;
      throw new XmlFout(`Attribuut ${attr.name} is niet toegestaan`, `${this.huidigPad()}/${tag.local}`);
    }
    const element: XmlElement = { naam: tag.local, ns: tag.uri, kinderen: GEEN_KINDEREN, tekst: '' };
    if (this.stapel.length === 0) {
      if (this.wortel) throw new XmlFout('Het bericht heeft meer dan één wortelelement', '/');
      this.wortel = element;
    }
    this.stapel.push(element);
    this.namen.push(tag.local);
  }

  private sluit(): void {
    const element = this.stapel.pop();
    if (!element) return;
    const ouder = this.stapel[this.stapel.length - 1];
    if (this.afsplitsing && this.isAfsplitsPad() && this.afsplitsing.opElement(element, this.afgesplitst, this.stapel)) {
      this.afgesplitst++;
    } else if (ouder) {
      if (ouder.kinderen === GEEN_KINDEREN) ouder.kinderen = [element];
      else ouder.kinderen.push(element);
    }
    this.namen.pop();
  }

  private isAfsplitsPad(): boolean {
    const pad = this.afsplitsing!.pad;
    if (pad.length !== this.namen.length) return false;
    for (let i = pad.length - 1; i >= 0; i--) if (pad[i] !== this.namen[i]) return false;
    return true;
  }

  private tekst(t: string): void {
    const element = this.stapel[this.stapel.length - 1];
    // Indentation between child elements is dropped at once (most text events in a pretty-printed message);
    // anything else is kept, so a container with real text is still refused when it is mapped.
    if (element && !(element.kinderen.length > 0 && ALLEEN_SPATIE.test(t))) element.tekst += t;
  }

  private huidigPad(): string {
    return '/' + this.namen.join('/');
  }
}

// Reads a whole document (string or bytes) in chunks so a bad byte or size is caught early.
export function leesXml(bron: string | Uint8Array, afsplitsing?: Afsplitsing, maxBytes = MAX_BERICHT_BYTES): XmlElement {
  const lezer = new VeiligeXmlLezer(afsplitsing, maxBytes);
  const stuk = 1 << 16;
  if (typeof bron === 'string') {
    if (bron.length > maxBytes) lezer.schrijfTekst(bron.slice(0, maxBytes + 1)); // length ≤ bytes: certainly too big
    for (let i = 0; i < bron.length; i += stuk) lezer.schrijfTekst(bron.slice(i, i + stuk));
  } else {
    if (bron.byteLength > maxBytes) throw new XmlFout(`Het bericht is groter dan ${maxBytes / (1024 * 1024)} MB (OP179)`, '/');
    for (let i = 0; i < bron.byteLength; i += stuk) lezer.schrijfBytes(bron.subarray(i, i + stuk));
  }
  return lezer.sluitAf();
}
