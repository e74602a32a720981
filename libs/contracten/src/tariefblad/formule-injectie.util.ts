// conventions.md 15: every XLSX cell sanitised against formula injection (OWASP CSV/formula injection).
// A text starting with = + - @ tab or CR gets a leading apostrophe so no spreadsheet program evaluates it;
// on reading, that one apostrophe is removed again so a round trip gives the original text.
const GEVAARLIJK_BEGIN = /^[=+\-@\t\r]/;

export function veiligeCeltekst(tekst: string): string {
  return GEVAARLIJK_BEGIN.test(tekst) ? `'${tekst}` : tekst;
}

export function herstelCeltekst(tekst: string): string {
  return tekst.startsWith("'") && GEVAARLIJK_BEGIN.test(tekst.slice(1)) ? tekst.slice(1) : tekst;
}
