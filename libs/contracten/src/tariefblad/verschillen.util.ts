import type { TariefbladRegel } from './tariefblad.types.js';

// A tariff row is identified by productcategorie, productcode, eenheid and ingangsdatum (a new ingangsdatum is
// a new tariff version, so it shows as one row removed and one added).

export type TariefbladVeld = 'omschrijving' | 'uitvoeringsvariant' | 'bedrag' | 'einddatum' | 'kostenopbouw';

export interface GewijzigdeRegel {
  sleutel: string;
  oud: TariefbladRegel;
  nieuw: TariefbladRegel;
  velden: TariefbladVeld[];
}

export interface Tariefverschillen {
  gewijzigd: GewijzigdeRegel[];
  toegevoegd: TariefbladRegel[];
  verwijderd: TariefbladRegel[];
}

export function tariefregelSleutel(r: TariefbladRegel): string {
  return `${r.productCategorie}|${r.productCode}|${r.eenheid ?? 'budget'}|${r.ingangsdatum}`;
}

// Canonical JSON (sorted keys) so equal build-ups compare equal whatever their key order.
function canoniek(waarde: unknown): string {
  return (
    JSON.stringify(waarde, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
    ) ?? 'null'
  );
}

export function verschillen(oud: readonly TariefbladRegel[], nieuw: readonly TariefbladRegel[]): Tariefverschillen {
  const oudPerSleutel = new Map(oud.map((r) => [tariefregelSleutel(r), r]));
  const nieuwPerSleutel = new Map(nieuw.map((r) => [tariefregelSleutel(r), r]));
  const gewijzigd: GewijzigdeRegel[] = [];
  const toegevoegd: TariefbladRegel[] = [];
  for (const [sleutel, n] of nieuwPerSleutel) {
    const o = oudPerSleutel.get(sleutel);
    if (!o) {
      toegevoegd.push(n);
      continue;
    }
    const velden: TariefbladVeld[] = [];
    if (o.omschrijving !== n.omschrijving) velden.push('omschrijving');
    if (o.uitvoeringsvariant !== n.uitvoeringsvariant) velden.push('uitvoeringsvariant');
    if (o.bedrag !== n.bedrag) velden.push('bedrag');
    if (o.einddatum !== n.einddatum) velden.push('einddatum');
    if (canoniek(o.kostenopbouw ?? null) !== canoniek(n.kostenopbouw ?? null)) velden.push('kostenopbouw');
    if (velden.length > 0) gewijzigd.push({ sleutel, oud: o, nieuw: n, velden });
  }
  const verwijderd = [...oudPerSleutel].filter(([s]) => !nieuwPerSleutel.has(s)).map(([, r]) => r);
  return { gewijzigd, toegevoegd, verwijderd };
}
