// A minimal XML writer for the outbound messages: text is escaped, and characters XML 1.0 cannot carry are refused
// rather than silently written into a document no receiver can parse.
const ONGELDIG_XML_TEKEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export class XmlSchrijfFout extends Error {}

export function escapeTekst(tekst: string): string {
  if (ONGELDIG_XML_TEKEN.test(tekst)) throw new XmlSchrijfFout('Tekst bevat een teken dat in XML niet is toegestaan');
  return tekst.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

export function escapeAttribuut(tekst: string): string {
  return escapeTekst(tekst).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export class XmlSchrijver {
  private readonly delen: string[] = [];
  private diepte = 0;

  constructor(private readonly inspringen = '\t') {
    this.delen.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  }

  open(naam: string, attributen: Record<string, string> = {}): void {
    const attr = Object.entries(attributen)
      .map(([k, v]) => ` ${k}="${escapeAttribuut(v)}"`)
      .join('');
    this.delen.push(`${this.inspringen.repeat(this.diepte)}<${naam}${attr}>\n`);
    this.diepte++;
  }

  sluit(naam: string): void {
    this.diepte--;
    this.delen.push(`${this.inspringen.repeat(this.diepte)}</${naam}>\n`);
  }

  element(naam: string, tekst: string): void {
    this.delen.push(`${this.inspringen.repeat(this.diepte)}<${naam}>${escapeTekst(tekst)}</${naam}>\n`);
  }

  toString(): string {
    return this.delen.join('');
  }
}
