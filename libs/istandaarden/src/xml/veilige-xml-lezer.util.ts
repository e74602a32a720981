import { isAscii, isUtf8 } from 'node:buffer';
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
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
// A start or end tag, XML declaration or reference longer than this is refused: an iStandaarden message has none
// over a few hundred characters, and a bound keeps a tag that never ends from being re-read chunk after chunk.
const MAX_TAG = 64 * 1024;
const MAX_VERWIJZING = 32;
/** iWmo/iJw tags carry namespace declarations and a schemaLocation at most: far fewer than this. */
const MAX_ATTRIBUTEN = 64;
/**
 * Bounds on the shape of a message, checked before the work they bound. The iWmo/iJw 3.2 schemas nest about ten
 * levels deep, use a few hundred element names and one or two namespaces: these are generous by orders of magnitude,
 * and stop a hostile message of millions of distinct names or declarations long before it reaches the upload limit.
 */
const MAX_DIEPTE = 256;
const MAX_NAMEN = 4096;
const MAX_NAMESPACEDECLARATIES = 256;
const XML_DECLARATIE =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;
const ENTITEITEN = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

// XML 1.0 (fifth edition) Name characters; ':' is a name character here and split off by the namespace rules.
const BEGIN = 1;
const NAAM = 2;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) ASCII[c] = BEGIN | NAAM;
  else if (/[0-9.-]/.test(ch)) ASCII[c] = NAAM;
}
function isNaamBeginBmp(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}
const isNaamTekenBmp = (c: number) =>
  isNaamBeginBmp(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
const isSpatie = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
// Char (XML 1.0, 2.2): a code point from a character reference.
const isXmlTeken = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

// Where the reader stands between two writes: in the content, or inside a comment, CDATA section or processing
// instruction, which may run on into the next chunk.
const INHOUD = 0;
const COMMENTAAR = 1;
const CDATA = 2;
const PI = 3;
const ONVOLLEDIG = -1;

interface Attribuut {
  naam: string;
  waarde: string;
}

/** An element name as read: qualified, local, and its namespace. */
interface ElementNaam {
  qnaam: string;
  naam: string;
  ns: string;
}

/**
 * The element names met so far within one namespace bereik, as a trie over their (ASCII) characters: a known name is
 * recognised in the input in one pass, exactly, without slicing it out (a Map lookup of the sliced name cost three
 * times as much). A name it does not know is read by the full rules and then added.
 */
class NaamTrie {
  // overgang[knoop * 128 + teken] = the next knoop, 0 = none (knoop 0 is the root and never a next one).
  overgang = new Int32Array(128 * 32);
  readonly namen: (ElementNaam | undefined)[] = [undefined];

  voegToe(naam: ElementNaam): void {
    const q = naam.qnaam;
    for (let i = 0; i < q.length; i++) if (q.charCodeAt(i) >= 128) return; // read by the full rules each time
    let knoop = 0;
    for (let i = 0; i < q.length; i++) {
      const plek = (knoop << 7) | q.charCodeAt(i);
      if (this.overgang[plek] === 0) {
        if ((this.namen.length + 1) << 7 > this.overgang.length) {
          const groter = new Int32Array(this.overgang.length * 2);
          groter.set(this.overgang);
          this.overgang = groter;
        }
        this.overgang[plek] = this.namen.length;
        this.namen.push(undefined);
      }
      knoop = this.overgang[plek];
    }
    this.namen[knoop] ??= naam;
  }

  zoek(qnaam: string): ElementNaam | undefined {
    let knoop = 0;
    for (let i = 0; i < qnaam.length && knoop >= 0; i++) {
      const c = qnaam.charCodeAt(i);
      knoop = c < 128 ? this.overgang[(knoop << 7) | c] || -1 : -1;
    }
    return knoop > 0 ? this.namen[knoop] : undefined;
  }
}

/**
 * A strict, streaming XML 1.0 reader with namespaces that builds a light element tree. It refuses what an iStandaarden
 * message never needs and an attacker would use: DOCTYPE (and with it every ENTITY declaration: XXE, billion laughs),
 * entities other than the five predefined ones, attributes other than namespace declarations and xsi:schemaLocation,
 * input over OP179's 25 MB, invalid UTF-8, and anything that is not well-formed (answered with 0001).
 *
 * Written for Keten rather than taken from a library: the strict JavaScript readers (saxes, sax) walk the input a
 * character at a time through a state machine and took half of a 323's intake; this one finds markup with indexOf
 * and checks names and text in tight loops. Its verdicts are compared with saxes' on mutated messages in its spec.
 */
export class VeiligeXmlLezer {
  private readonly stapel: XmlElement[] = [];
  private readonly elementNamen: ElementNaam[] = [];
  // Prefix → namespace ('' is the default namespace); a new one for an element that declares namespaces, with the
  // depth at which the one before it comes back.
  private bereik = new Map<string, string>([
    ['', ''],
    ['xml', XML_NS],
  ]);
  private readonly vorigeBereiken: { diepte: number; bereik: Map<string, string>; trie: NaamTrie }[] = [];
  private trie = new NaamTrie();
  private wortel: XmlElement | null = null;
  private wortelGesloten = false;
  private aantalNamen = 0;
  private aantalDeclaraties = 0;
  private bytes = 0;
  private afgesplitst = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private buf = '';
  private pos = 0;
  private blok = INHOUD;
  private begonnen = false;
  private hoogSurrogaat = '';
  // The beginning of a text node or CDATA section that runs on into the next write.
  private wachtend = '';
  private eind = false;

  constructor(
    private readonly afsplitsing?: Afsplitsing,
    private readonly maxBytes = MAX_BERICHT_BYTES,
  ) {}

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

  /** A whole document's bytes at once: checked as UTF-8 in one pass, without the streaming decoder. */
  schrijfAlleBytes(bytes: Uint8Array): void {
    this.telBytes(bytes.byteLength);
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!isUtf8(b)) throw new XmlFout('Het bericht is geen geldige UTF-8', '/');
    this.schrijfTekst(b.toString(isAscii(b) ? 'latin1' : 'utf8'), false);
  }

  schrijfTekst(tekst: string, tellen = true): void {
    if (tellen) this.telBytes(Buffer.byteLength(tekst, 'utf8'));
    if (this.hoogSurrogaat) {
      tekst = this.hoogSurrogaat + tekst;
      this.hoogSurrogaat = '';
    }
    // A surrogate pair split over two writes is read whole.
    const laatste = tekst.charCodeAt(tekst.length - 1);
    if (laatste >= 0xd800 && laatste <= 0xdbff) {
      this.hoogSurrogaat = tekst.slice(-1);
      tekst = tekst.slice(0, -1);
    }
    if (tekst.length === 0) return;
    if (!this.begonnen && this.pos === this.buf.length && tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + tekst : tekst;
    this.pos = 0;
    this.verwerk();
  }

  sluitAf(): XmlElement {
    try {
      this.decoder.decode();
    } catch {
      throw new XmlFout('Het bericht is geen geldige UTF-8 (afgebroken teken aan het eind)', this.huidigPad());
    }
    if (this.hoogSurrogaat) this.fout('ongeldig teken (een los surrogaat) aan het eind');
    this.eind = true;
    this.verwerk();
    if (this.blok !== INHOUD)
      this.fout(
        `het bericht houdt op midden in ${['', 'commentaar', 'een CDATA-sectie', 'een verwerkingsinstructie'][this.blok]}`,
      );
    if (this.wachtend) this.voegTekstToe(this.wachtend);
    if (this.stapel.length > 0)
      this.fout(
        `het bericht houdt op voordat element ${this.elementNamen[this.elementNamen.length - 1].qnaam} is gesloten`,
      );
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

  private fout(reden: string): never {
    throw new XmlFout(`Geen geldige XML: ${reden}`, this.huidigPad());
  }

  /** Reads as far as the buffer allows; what is left (an unfinished tag or reference) waits for the next write. */
  private verwerk(): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = this.pos;
    while (pos < n) {
      if (this.blok !== INHOUD) {
        pos = this.leesBlok(pos);
        if (this.blok !== INHOUD) break;
        continue;
      }
      const lt = buf.indexOf('<', pos);
      if (lt === -1) {
        if (this.eind) {
          if (n > pos || this.wachtend) this.tekst(pos, n, true);
          pos = n;
        } else {
          const tot = this.veiligEinde(pos, n);
          if (tot > pos) this.tekst(pos, tot, false);
          pos = tot;
        }
        break;
      }
      if (lt > pos || this.wachtend) this.tekst(pos, lt, true);
      const verder = this.markup(lt);
      if (verder === ONVOLLEDIG) {
        if (this.eind) this.fout('het bericht houdt op midden in een tag');
        if (n - lt > MAX_TAG) this.fout(`een tag is langer dan ${MAX_TAG / 1024} kB`);
        pos = lt;
        break;
      }
      pos = verder;
    }
    this.pos = pos;
  }

  /** Text may be read up to here now: not into a reference, a CR before its LF, or the "]]" of a "]]>". */
  private veiligEinde(pos: number, n: number): number {
    const buf = this.buf;
    let tot = n;
    for (let i = n - 1; i >= pos && i >= n - MAX_VERWIJZING; i--) {
      const c = buf.charCodeAt(i);
      if (c === 0x3b) break;
      if (c === 0x26) {
        tot = i;
        break;
      }
    }
    while (tot > pos && (buf.charCodeAt(tot - 1) === 0x5d || buf.charCodeAt(tot - 1) === 0x0d) && tot > n - 3) tot--;
    return tot;
  }

  // --- markup --------------------------------------------------------------------------------------------------

  /** The markup at `lt` (a '<'): returns where it ends, or ONVOLLEDIG when the buffer ends inside it. */
  private markup(lt: number): number {
    const buf = this.buf;
    const n = buf.length;
    if (lt + 1 >= n) return ONVOLLEDIG;
    const c = buf.charCodeAt(lt + 1);
    if (c === 0x2f) return this.eindTag(lt);
    if (c === 0x21) {
      // <!-- comment -->, <![CDATA[ … ]]>, and <!DOCTYPE, which is refused.
      if (buf.startsWith('--', lt + 2)) {
        this.begonnen = true;
        this.blok = COMMENTAAR;
        return lt + 4;
      }
      if (buf.startsWith('[CDATA[', lt + 2)) {
        if (this.stapel.length === 0) this.fout('een CDATA-sectie buiten het wortelelement');
        this.blok = CDATA;
        return lt + 9;
      }
      if (buf.startsWith('DOCTYPE', lt + 2)) {
        throw new XmlFout(
          'Een DOCTYPE (met eventuele ENTITY-declaraties) is niet toegestaan in een iStandaarden-bericht',
          '/',
        );
      }
      if (
        n - lt < 9 &&
        ('<!--'.startsWith(buf.slice(lt, lt + 4)) ||
          '<![CDATA['.startsWith(buf.slice(lt)) ||
          '<!DOCTYPE'.startsWith(buf.slice(lt)))
      )
        return ONVOLLEDIG;
      this.fout('onbekende markup na "<!"');
    }
    if (c === 0x3f) return this.verwerkingsinstructie(lt);
    return this.beginTag(lt);
  }

  /** The XML declaration (only at the very start) or another processing instruction, which is skipped. */
  private verwerkingsinstructie(lt: number): number {
    const buf = this.buf;
    const naamEind = this.naamEinde(lt + 2);
    if (naamEind === ONVOLLEDIG) return ONVOLLEDIG;
    const doel = buf.slice(lt + 2, naamEind);
    if (doel.toLowerCase() === 'xml') {
      if (this.begonnen || lt !== 0) this.fout('de XML-declaratie mag alleen helemaal aan het begin staan');
      const eind = buf.indexOf('?>', naamEind);
      if (eind === -1) return ONVOLLEDIG;
      if (!XML_DECLARATIE.test(buf.slice(lt, eind + 2)))
        this.fout('ongeldige XML-declaratie (verwacht <?xml version="1.0" encoding="UTF-8"?>)');
      this.begonnen = true;
      return eind + 2;
    }
    if (doel.includes(':')) this.fout(`ongeldige naam van een verwerkingsinstructie: ${doel}`);
    if (naamEind >= buf.length) return ONVOLLEDIG;
    const c = buf.charCodeAt(naamEind);
    if (!isSpatie(c) && !buf.startsWith('?>', naamEind)) {
      if (c === 0x3f && naamEind + 1 >= buf.length) return ONVOLLEDIG;
      this.fout(`ongeldige verwerkingsinstructie ${doel}`);
    }
    this.begonnen = true;
    this.blok = PI;
    return naamEind;
  }

  /** A comment, CDATA section or processing instruction from `pos`; it may end in a later write. */
  private leesBlok(pos: number): number {
    const buf = this.buf;
    const n = buf.length;
    const slot = this.blok === COMMENTAAR ? '--' : this.blok === CDATA ? ']]>' : '?>';
    const i = buf.indexOf(slot, pos);
    if (i === -1) {
      // Read what cannot be the start of the closing mark, keep the rest for the next write.
      const tot = this.eind ? n : Math.max(pos, n - slot.length + 1);
      this.controleerTekens(pos, tot);
      if (this.blok === CDATA) this.wachtend += this.regeleinden(pos, tot);
      return tot;
    }
    this.controleerTekens(pos, i);
    if (this.blok === COMMENTAAR) {
      // "--" may only close a comment (XML 1.0, 2.5).
      if (i + 2 >= n) return this.eind ? this.fout('het bericht houdt op midden in commentaar') : i;
      if (buf.charCodeAt(i + 2) !== 0x3e) this.fout('"--" in commentaar');
      this.blok = INHOUD;
      return i + 3;
    }
    if (this.blok === CDATA) {
      this.voegTekstToe(this.wachtend + this.regeleinden(pos, i));
      this.wachtend = '';
    }
    this.blok = INHOUD;
    return i + slot.length;
  }

  /** The position after the known name at p followed by a character that ends a name, and that name; else -1. */
  private bekendeNaam(p: number): number {
    const buf = this.buf;
    const overgang = this.trie.overgang;
    let knoop = 0;
    for (;;) {
      const c = buf.charCodeAt(p);
      if (!(c < 128)) break; // also NaN: the end of the buffer
      const volgende = overgang[(knoop << 7) | c];
      if (volgende === 0) break;
      knoop = volgende;
      p++;
    }
    this.gevonden = this.trie.namen[knoop];
    return this.gevonden === undefined ? -1 : p;
  }
  private gevonden: ElementNaam | undefined;

  private beginTag(lt: number): number {
    // The common case: a known name without attributes.
    const p = this.bekendeNaam(lt + 1);
    if (p !== -1) {
      const buf = this.buf;
      const c = buf.charCodeAt(p);
      const leeg = c === 0x2f && buf.charCodeAt(p + 1) === 0x3e;
      if (c === 0x3e || leeg) {
        this.open(this.gevonden!, null);
        if (leeg) this.sluit();
        return leeg ? p + 2 : p + 1;
      }
    }
    return this.beginTagVolledig(lt);
  }

  private beginTagVolledig(lt: number): number {
    const buf = this.buf;
    const n = buf.length;
    const naamEind = this.naamEinde(lt + 1);
    if (naamEind === ONVOLLEDIG) return ONVOLLEDIG;
    const qnaam = buf.slice(lt + 1, naamEind);
    let attributen: Attribuut[] | null = null;
    let namen: Set<string> | null = null;
    let p = naamEind;
    let leeg = false;
    for (;;) {
      // Limits before the work they bound: a tag of many attributes is refused at 64 kB, not read to its end.
      if (p - lt > MAX_TAG) this.fout(`een tag is langer dan ${MAX_TAG / 1024} kB`);
      const voor = p;
      while (p < n && isSpatie(buf.charCodeAt(p))) p++;
      if (p >= n) return ONVOLLEDIG;
      const c = buf.charCodeAt(p);
      if (c === 0x3e) {
        p++;
        break;
      }
      if (c === 0x2f) {
        if (p + 1 >= n) return ONVOLLEDIG;
        if (buf.charCodeAt(p + 1) !== 0x3e) this.fout(`"/" zonder ">" in de tag van ${qnaam}`);
        leeg = true;
        p += 2;
        break;
      }
      if (p === voor) this.fout(`spatie ontbreekt voor een attribuut in de tag van ${qnaam}`);
      const attrEind = this.naamEinde(p);
      if (attrEind === ONVOLLEDIG) return ONVOLLEDIG;
      const naam = buf.slice(p, attrEind);
      p = attrEind;
      while (p < n && isSpatie(buf.charCodeAt(p))) p++;
      if (p >= n) return ONVOLLEDIG;
      if (buf.charCodeAt(p) !== 0x3d) this.fout(`"=" ontbreekt na attribuut ${naam}`);
      p++;
      while (p < n && isSpatie(buf.charCodeAt(p))) p++;
      if (p >= n) return ONVOLLEDIG;
      const quote = buf.charCodeAt(p);
      if (quote !== 0x22 && quote !== 0x27)
        this.fout(`de waarde van attribuut ${naam} staat niet tussen aanhalingstekens`);
      const sluit = buf.indexOf(quote === 0x22 ? '"' : "'", p + 1);
      if (sluit === -1) return ONVOLLEDIG;
      if (sluit - lt > MAX_TAG) this.fout(`een tag is langer dan ${MAX_TAG / 1024} kB`);
      const waarde = this.attribuutWaarde(p + 1, sluit, naam);
      attributen ??= [];
      namen ??= new Set();
      if (namen.has(naam)) this.fout(`attribuut ${naam} staat twee keer in de tag van ${qnaam}`);
      if (attributen.length >= MAX_ATTRIBUTEN)
        this.fout(`de tag van ${qnaam} heeft meer dan ${MAX_ATTRIBUTEN} attributen`);
      namen.add(naam);
      attributen.push({ naam, waarde });
      p = sluit + 1;
    }
    if (p - lt > MAX_TAG) this.fout(`een tag is langer dan ${MAX_TAG / 1024} kB`);
    this.open(qnaam, attributen);
    if (leeg) this.sluit();
    return p;
  }

  private eindTag(lt: number): number {
    const open = this.elementNamen[this.elementNamen.length - 1] as ElementNaam | undefined;
    const p = this.bekendeNaam(lt + 2);
    if (p !== -1 && this.gevonden === open && this.buf.charCodeAt(p) === 0x3e) {
      this.sluit();
      return p + 1;
    }
    return this.eindTagVolledig(lt, open);
  }

  private eindTagVolledig(lt: number, open: ElementNaam | undefined): number {
    const buf = this.buf;
    const n = buf.length;
    const qnaam = open?.qnaam;
    const naamEind = this.naamEinde(lt + 2);
    if (naamEind === ONVOLLEDIG) return ONVOLLEDIG;
    if (!open || naamEind - (lt + 2) !== open.qnaam.length || !buf.startsWith(open.qnaam, lt + 2)) {
      this.fout(
        `sluittag </${buf.slice(lt + 2, naamEind)}> hoort niet bij ${qnaam === undefined ? 'een open element' : `<${qnaam}>`}`,
      );
    }
    let p = naamEind;
    while (p < n && isSpatie(buf.charCodeAt(p))) p++;
    if (p >= n) return ONVOLLEDIG;
    if (buf.charCodeAt(p) !== 0x3e) this.fout(`">" ontbreekt in de sluittag van ${qnaam}`);
    this.sluit();
    return p + 1;
  }

  /** The end of the Name at p; ONVOLLEDIG when the buffer ends inside it (a name only ends at another character). */
  private naamEinde(p: number): number {
    const buf = this.buf;
    const n = buf.length;
    if (p >= n) return ONVOLLEDIG;
    let c = buf.charCodeAt(p);
    if (c < 128) {
      if (!(ASCII[c] & BEGIN)) this.fout(`ongeldig begin van een naam: "${buf.slice(p, p + 1)}"`);
      p++;
    } else p = this.unicodeNaamTeken(p, true);
    while (p < n) {
      c = buf.charCodeAt(p);
      if (c < 128) {
        if (!(ASCII[c] & NAAM)) break;
        p++;
      } else {
        const verder = this.unicodeNaamTeken(p, false);
        if (verder === p) break;
        p = verder;
      }
    }
    return p < n || this.eind ? p : ONVOLLEDIG;
  }

  /** Past the non-ASCII name character at p (a surrogate pair counts as one); a name's first one must be a start character. */
  private unicodeNaamTeken(p: number, begin: boolean): number {
    const c = this.buf.charCodeAt(p);
    let ok: boolean;
    let breedte = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const laag = this.buf.charCodeAt(p + 1);
      ok = c <= 0xdb7f && laag >= 0xdc00 && laag <= 0xdfff; // U+10000..U+EFFFF
      breedte = 2;
    } else ok = begin ? isNaamBeginBmp(c) : isNaamTekenBmp(c);
    if (ok) return p + breedte;
    if (begin) this.fout(`ongeldig begin van een naam: "${this.buf.slice(p, p + 1)}"`);
    return p;
  }

  // --- text ----------------------------------------------------------------------------------------------------

  /** Character data from s to e: references resolved, line ends normalised (XML 1.0, 2.11), "]]>" refused. */
  /** `compleet`: the text node ends at e; else its beginning waits in `wachtend` (one text node, one decision). */
  private tekst(s: number, e: number, compleet: boolean): void {
    const buf = this.buf;
    this.begonnen = true;
    let i = s;
    let spatie = true;
    // The common case: no reference, CR, '>' or character outside the Basic Latin to check.
    for (; i < e; i++) {
      const c = buf.charCodeAt(i);
      if (c <= 0x20) {
        if (c === 0x20 || c === 0x0a || c === 0x09) continue;
        break;
      }
      spatie = false;
      if (c === 0x26 || c === 0x3e || c >= 0xd800) break;
    }
    if (!compleet || this.wachtend) {
      const deel = i === e ? buf.slice(s, e) : this.tekstMetVerwijzingen(s, i, e, false);
      if (!compleet) this.wachtend += deel;
      else {
        this.voegTekstToe(this.wachtend + deel);
        this.wachtend = '';
      }
    } else if (i === e) {
      // Indentation between child elements (most text in a pretty-printed message) is dropped unread.
      if (spatie) {
        const element = this.stapel[this.stapel.length - 1];
        if (element === undefined || element.kinderen.length > 0) return;
      }
      this.voegTekstToe(buf.slice(s, e));
    } else this.voegTekstToe(this.tekstMetVerwijzingen(s, i, e, false));
  }

  private voegTekstToe(t: string): void {
    if (t.length === 0) return;
    const element = this.stapel[this.stapel.length - 1];
    if (!element) {
      if (!ALLEEN_SPATIE.test(t)) this.fout('tekst buiten het wortelelement');
      return;
    }
    // Indentation between child elements is dropped at once (most text in a pretty-printed message); anything else is
    // kept, so a container with real text is still refused when it is mapped.
    if (!(element.kinderen.length > 0 && ALLEEN_SPATIE.test(t))) element.tekst += t;
  }

  /** The slow path of text and attribute values from i on (s..i is plain). */
  private tekstMetVerwijzingen(s: number, i: number, e: number, attribuut: boolean): string {
    const buf = this.buf;
    let uit = buf.slice(s, i);
    let van = i;
    for (; i < e; i++) {
      const c = buf.charCodeAt(i);
      if (c === 0x26) {
        const puntkomma = buf.indexOf(';', i + 1);
        if (puntkomma === -1 || puntkomma >= e || puntkomma - i > MAX_VERWIJZING)
          this.fout('"&" zonder ";": schrijf &amp;');
        uit += buf.slice(van, i) + this.verwijzing(buf.slice(i + 1, puntkomma));
        i = puntkomma;
        van = i + 1;
      } else if (c === 0x0d || (attribuut && (c === 0x0a || c === 0x09))) {
        uit += buf.slice(van, i) + (attribuut ? ' ' : '\n');
        if (c === 0x0d && i + 1 < e && buf.charCodeAt(i + 1) === 0x0a) i++;
        van = i + 1;
      } else if (c === 0x3e) {
        if (!attribuut && i - 2 >= s && buf.charCodeAt(i - 1) === 0x5d && buf.charCodeAt(i - 2) === 0x5d)
          this.fout('"]]>" in tekst');
      } else if (c === 0x3c) {
        this.fout('"<" in een attribuutwaarde');
      } else if (c < 0x20 ? c !== 0x09 && c !== 0x0a : c >= 0xd800) {
        i = this.controleerTeken(i);
      }
    }
    return uit + buf.slice(van, e);
  }

  /** Past the character at i, which must be a Char (XML 1.0, 2.2): no control characters, no lone surrogates. */
  private controleerTeken(i: number): number {
    const c = this.buf.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const laag = this.buf.charCodeAt(i + 1);
      if (laag >= 0xdc00 && laag <= 0xdfff) return i + 1;
    } else if (isXmlTeken(c)) return i;
    return this.fout(`ongeldig teken U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }

  private controleerTekens(s: number, e: number): void {
    const buf = this.buf;
    for (let i = s; i < e; i++) {
      const c = buf.charCodeAt(i);
      if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0xd800) i = this.controleerTeken(i);
    }
  }

  private regeleinden(s: number, e: number): string {
    const t = this.buf.slice(s, e);
    return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
  }

  /** A reference's name (between & and ;): the five predefined entities or a character reference; nothing else. */
  private verwijzing(naam: string): string {
    const vast = ENTITEITEN.get(naam);
    if (vast !== undefined) return vast;
    let code = NaN;
    if (/^#x[0-9a-fA-F]+$/.test(naam)) code = parseInt(naam.slice(2), 16);
    else if (/^#[0-9]+$/.test(naam)) code = parseInt(naam.slice(1), 10);
    else this.fout(`onbekende entiteit &${naam}; (alleen &lt; &gt; &amp; &apos; &quot; en tekenverwijzingen)`);
    if (!isXmlTeken(code)) this.fout(`tekenverwijzing &${naam}; is geen toegestaan teken`);
    return String.fromCodePoint(code);
  }

  private attribuutWaarde(s: number, e: number, naam: string): string {
    const buf = this.buf;
    let i = s;
    for (; i < e; i++) {
      const c = buf.charCodeAt(i);
      if (c < 0x20 || c === 0x26 || c === 0x3c || c >= 0xd800) break;
    }
    if (i === e) return buf.slice(s, e);
    try {
      return this.tekstMetVerwijzingen(s, i, e, true);
    } catch (fout) {
      if (fout instanceof XmlFout) this.fout(`${fout.reden.replace(/^Geen geldige XML: /, '')} (attribuut ${naam})`);
      throw fout;
    }
  }

  // --- the tree, with namespaces (Namespaces in XML 1.0) -------------------------------------------------------

  private open(naamOfQnaam: ElementNaam | string, attributen: Attribuut[] | null): void {
    if (this.wortelGesloten) throw new XmlFout('Het bericht heeft meer dan één wortelelement', '/');
    this.begonnen = true;
    const ouderBereik = this.bereik;
    if (attributen) {
      for (const a of attributen) {
        const prefix = a.naam === 'xmlns' ? '' : a.naam.startsWith('xmlns:') ? a.naam.slice(6) : null;
        if (prefix === null) continue;
        // Surrounding white space is not part of the namespace (as saxes read it, which Keten used before).
        a.waarde = a.waarde.trim();
        if (a.naam !== 'xmlns') this.ncNaam(prefix, a.naam);
        if (prefix === 'xmlns') this.fout('het prefix xmlns mag niet worden gedeclareerd');
        if ((prefix === 'xml') !== (a.waarde === XML_NS) || a.waarde === XMLNS_NS)
          this.fout(`namespace ${a.waarde} mag niet aan ${prefix || 'de standaardnamespace'} worden gebonden`);
        if (prefix !== '' && a.waarde === '') this.fout(`prefix ${prefix} mag niet leeg worden gedeclareerd`);
        // Repeating the binding in force changes nothing (some software declares it on every element): not counted.
        if (this.bereik.get(prefix) === a.waarde) continue;
        if (++this.aantalDeclaraties > MAX_NAMESPACEDECLARATIES)
          this.fout(`het bericht declareert meer dan ${MAX_NAMESPACEDECLARATIES} namespaces`);
        if (this.bereik === ouderBereik) this.bereik = new Map(ouderBereik);
        this.bereik.set(prefix, a.waarde);
      }
      if (this.bereik !== ouderBereik) {
        this.vorigeBereiken.push({ diepte: this.stapel.length, bereik: ouderBereik, trie: this.trie });
        this.trie = new NaamTrie();
      }
    }
    if (this.stapel.length >= MAX_DIEPTE) this.fout(`het bericht is dieper genest dan ${MAX_DIEPTE} niveaus`);
    const elementNaam = typeof naamOfQnaam === 'string' ? this.elementNaam(naamOfQnaam) : naamOfQnaam;
    const { qnaam, naam, ns } = elementNaam;
    if (attributen) {
      const gezien = new Set<string>();
      for (const a of attributen) {
        if (a.naam === 'xmlns' || a.naam.startsWith('xmlns:')) continue;
        const [lokaal, uri] = this.splits(a.naam, false);
        const uitgebreid = `${uri}|${lokaal}`;
        if (gezien.has(uitgebreid)) this.fout(`attribuut ${a.naam} staat twee keer in de tag van ${qnaam}`);
        gezien.add(uitgebreid);
        if (uri === XSI && (lokaal === 'schemaLocation' || lokaal === 'noNamespaceSchemaLocation')) continue;
        throw new XmlFout(`Attribuut ${a.naam} is niet toegestaan`, `${this.huidigPad()}/${naam}`);
      }
    }
    const element: XmlElement = { naam, ns, kinderen: GEEN_KINDEREN, tekst: '' };
    if (this.stapel.length === 0) this.wortel = element;
    this.stapel.push(element);
    this.elementNamen.push(elementNaam);
  }

  private elementNaam(qnaam: string): ElementNaam {
    const bekend = this.trie.zoek(qnaam);
    if (bekend) return bekend;
    if (++this.aantalNamen > MAX_NAMEN)
      this.fout(`het bericht gebruikt meer dan ${MAX_NAMEN} verschillende elementnamen`);
    const [naam, ns] = this.splits(qnaam, true);
    const uit = { qnaam, naam, ns };
    this.trie.voegToe(uit);
    return uit;
  }

  /** [local name, namespace] of a qualified name; an unprefixed attribute is in no namespace. */
  private splits(qnaam: string, element: boolean): [string, string] {
    const dubbelepunt = qnaam.indexOf(':');
    let uit: [string, string];
    if (dubbelepunt === -1) uit = [qnaam, element ? this.bereik.get('')! : ''];
    else {
      const prefix = qnaam.slice(0, dubbelepunt);
      const lokaal = qnaam.slice(dubbelepunt + 1);
      this.ncNaam(prefix, qnaam);
      this.ncNaam(lokaal, qnaam);
      const uri = this.bereik.get(prefix);
      if (uri === undefined) this.fout(`prefix ${prefix} van ${qnaam} is niet gedeclareerd`);
      uit = [lokaal, uri];
    }
    return uit;
  }

  private ncNaam(deel: string, qnaam: string): void {
    if (deel.length === 0 || deel.includes(':'))
      this.fout(`ongeldige naam ${qnaam} (namespaces staan één ":" toe, tussen prefix en naam)`);
    const c = deel.charCodeAt(0);
    if (c < 128 ? !(ASCII[c] & BEGIN) : !(isNaamBeginBmp(c) || (c >= 0xd800 && c <= 0xdb7f)))
      this.fout(`ongeldige naam ${qnaam}`);
  }

  private sluit(): void {
    const afsplitsen = this.afsplitsing !== undefined && this.isAfsplitsPad();
    const element = this.stapel.pop()!;
    const ouder = this.stapel[this.stapel.length - 1];
    if (afsplitsen && this.afsplitsing!.opElement(element, this.afgesplitst, this.stapel)) {
      this.afgesplitst++;
    } else if (ouder) {
      if (ouder.kinderen === GEEN_KINDEREN) ouder.kinderen = [element];
      else ouder.kinderen.push(element);
    }
    this.elementNamen.pop();
    const vorige = this.vorigeBereiken[this.vorigeBereiken.length - 1];
    if (vorige?.diepte === this.stapel.length) {
      this.vorigeBereiken.pop();
      this.bereik = vorige.bereik;
      this.trie = vorige.trie;
    }
    if (!ouder) this.wortelGesloten = true;
  }

  private isAfsplitsPad(): boolean {
    const pad = this.afsplitsing!.pad;
    if (pad.length !== this.stapel.length) return false;
    for (let i = pad.length - 1; i >= 0; i--) if (pad[i] !== this.stapel[i].naam) return false;
    return true;
  }

  private huidigPad(): string {
    return '/' + this.stapel.map((e) => e.naam).join('/');
  }
}

// Reads a whole document (string or bytes). The size is checked before anything is read.
export function leesXml(
  bron: string | Uint8Array,
  afsplitsing?: Afsplitsing,
  maxBytes = MAX_BERICHT_BYTES,
): XmlElement {
  const lezer = new VeiligeXmlLezer(afsplitsing, maxBytes);
  if (typeof bron === 'string') {
    if (bron.length > maxBytes) lezer.schrijfTekst(bron.slice(0, maxBytes + 1)); // length ≤ bytes: certainly too big
    lezer.schrijfTekst(bron);
  } else {
    if (bron.byteLength > maxBytes)
      throw new XmlFout(`Het bericht is groter dan ${maxBytes / (1024 * 1024)} MB (OP179)`, '/');
    lezer.schrijfAlleBytes(bron);
  }
  return lezer.sluitAf();
}
