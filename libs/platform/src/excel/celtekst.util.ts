// Formula injection (conventions.md 15): text that a spreadsheet would read as a formula (= + - @, tab, CR) gets a
// leading apostrophe when written, and loses it again when read back.
const GEVAARLIJK = /^[=+\-@\t\r]/;

export function veiligeCeltekst(tekst: string): string {
  return GEVAARLIJK.test(tekst) ? `'${tekst}` : tekst;
}

export function herstelCeltekst(tekst: string): string {
  return tekst.startsWith("'") && GEVAARLIJK.test(tekst.slice(1)) ? tekst.slice(1) : tekst;
}
