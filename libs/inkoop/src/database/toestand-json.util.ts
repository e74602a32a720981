import type { ValueTransformer } from 'typeorm';

// The domain state holds a few bigints (beoordelingsprijs in a ranking); JSON has none, so they are tagged.
const BIGINT = '$bigint';

function naarJson(waarde: unknown): unknown {
  if (typeof waarde === 'bigint') return { [BIGINT]: waarde.toString() };
  if (Array.isArray(waarde)) return waarde.map(naarJson);
  if (waarde && typeof waarde === 'object') {
    const uit: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(waarde)) if (v !== undefined) uit[k] = naarJson(v);
    return uit;
  }
  return waarde;
}

function vanJson(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(vanJson);
  if (waarde && typeof waarde === 'object') {
    const keys = Object.keys(waarde);
    if (keys.length === 1 && keys[0] === BIGINT) return BigInt((waarde as Record<string, string>)[BIGINT]);
    const uit: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(waarde)) uit[k] = vanJson(v);
    return uit;
  }
  return waarde;
}

/** Exact round trip of the domain state through jsonb: bigints tagged, undefined fields dropped. */
export const toestandTransformer: ValueTransformer = {
  to: (waarde: unknown) => (waarde === undefined || waarde === null ? waarde : naarJson(waarde)),
  from: (waarde: unknown) => (waarde === null ? null : vanJson(waarde)),
};

/** For HTTP answers: bigints become numbers (they are sums of cents far below 2^53; refused otherwise). */
export function zonderBigint<T>(waarde: T): T {
  const zet = (v: unknown): unknown => {
    if (typeof v === 'bigint') {
      const n = Number(v);
      if (!Number.isSafeInteger(n)) throw new RangeError(`getal buiten veilig bereik: ${v}`);
      return n;
    }
    if (Array.isArray(v)) return v.map(zet);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, w]) => [k, zet(w)]));
    return v;
  };
  return zet(waarde) as T;
}
