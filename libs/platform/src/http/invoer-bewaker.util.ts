/** Deeper JSON is refused: no Keten DTO nests more than a few levels, and deep input overflows recursive validators. */
export const MAX_JSON_DIEPTE = 32;

/**
 * Finds what PostgreSQL and the validators cannot take, without recursion: a NUL character in a string or key
 * (PostgreSQL refuses it in text: a 500 otherwise) and nesting beyond MAX_JSON_DIEPTE. Returns the reason, or null.
 */
export function onveiligeInvoer(waarde: unknown): string | null {
  const stapel: { w: unknown; diepte: number }[] = [{ w: waarde, diepte: 0 }];
  while (stapel.length) {
    const { w, diepte } = stapel.pop()!;
    if (typeof w === 'string') {
      if (w.includes('\u0000')) return 'een tekst bevat het NUL-teken (\\u0000)';
    } else if (w !== null && typeof w === 'object') {
      if (diepte >= MAX_JSON_DIEPTE) return `de invoer is dieper genest dan ${MAX_JSON_DIEPTE} niveaus`;
      for (const [sleutel, kind] of Object.entries(w)) {
        if (sleutel.includes('\u0000')) return 'een veldnaam bevat het NUL-teken (\\u0000)';
        stapel.push({ w: kind, diepte: diepte + 1 });
      }
    }
  }
  return null;
}
