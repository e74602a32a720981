import type { ValueTransformer } from 'typeorm';

/**
 * bigint cents <-> number. pg returns bigint as a string; amounts in Keten stay far below 2^53 per row, and this
 * refuses (rather than rounds) anything that would not.
 */
export const centenTransformer: ValueTransformer = {
  to: (waarde: number | null | undefined) => waarde,
  from: (waarde: string | null) => {
    if (waarde === null || waarde === undefined) return null;
    const getal = Number(waarde);
    if (!Number.isSafeInteger(getal)) throw new RangeError(`bedrag buiten veilig bereik: ${waarde}`);
    return getal;
  },
};
