import fc from 'fast-check';
import { Eenheid } from '../codelijsten/eenheid.enum.js';
import type { Tarief } from './tarief.types.js';
import {
  berekenIndexatiepercentage,
  IndexatieParameterError,
  indexeer,
  indexeerBedrag,
  pasIndexatieToe,
  type IndexatieParameters,
} from './indexatie.util.js';
import { breuk } from './breuk.util.js';
import { geldigTarief } from './geldig-tarief.util.js';
import { termijnschema } from './termijnschema.util.js';

// Jeugd contractstandaard weights: 90% OVA, 10% PCC. For 2027:
//   OVA: prognose 3.5 + (definitief 2026 4.2 − prognose 2026 3.8) = 3.9
//   PCC: prognose 2.0 + (definitief 2026 3.1 − prognose 2026 3.3) = 1.8
//   weighted: 0.9 × 3.9 + 0.1 × 1.8 = 3.69%
const params2027: IndexatieParameters = {
  jaar: 2027,
  componenten: [
    { naam: 'OVA', gewicht: '90', prognose: '3.5', correctie: { definitief: '4.2', eerderePrognose: '3.8' } },
    { naam: 'PCC', gewicht: '10', prognose: '2.0', correctie: { definitief: '3.1', eerderePrognose: '3.3' } },
  ],
};

const tarief = (over: Partial<Tarief>): Tarief => ({
  tariefId: 't',
  productCategorie: '02',
  productCode: '02A05',
  eenheid: Eenheid.Uur,
  bedrag: 5_000,
  ingangsdatum: '2026-01-01',
  einddatum: null,
  ...over,
});

// Independent longhand: every decimal string is scaled to an integer number of ten-thousandths, and the factor
// 1 + p/100 becomes (10^12 + Σ w·idx) / 10^12 with w and idx in ten-thousandths of a percent.
function tienduizendsten(tekst: string): bigint {
  const neg = tekst.startsWith('-');
  const [geheel, fractie = ''] = tekst.replace('-', '').split('.');
  const waarde = BigInt(geheel) * 10_000n + BigInt((fractie + '0000').slice(0, 4));
  return neg ? -waarde : waarde;
}

function longhand(oud: number, p: IndexatieParameters): number {
  let som = 0n;
  for (const c of p.componenten) {
    let idx = tienduizendsten(c.prognose);
    if (c.correctie) idx += tienduizendsten(c.correctie.definitief) - tienduizendsten(c.correctie.eerderePrognose);
    som += tienduizendsten(c.gewicht) * idx;
  }
  const teller = BigInt(oud) * (10n ** 12n + som);
  const noemer = 10n ** 12n;
  const q = teller / noemer;
  const rest = teller - q * noemer;
  // Half away from zero, for a positive amount: a remainder of at least half rounds up.
  return Number(2n * rest >= noemer ? q + 1n : q);
}

// A deterministic pseudo-random generator (mulberry32), so the realistic set is the same on every run.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EENHEDEN = [
  Eenheid.Minuut,
  Eenheid.Uur,
  Eenheid.Dagdeel,
  Eenheid.Etmaal,
  Eenheid.StuksInspanning,
  Eenheid.StuksOutput,
  Eenheid.Euros,
  null,
];

function realistischeSet(aantal: number) {
  const r = prng(2027);
  const tarieven: Tarief[] = [];
  const verwacht = new Set<string>();
  for (let i = 0; i < aantal; i++) {
    const eenheid = EENHEDEN[i % EENHEDEN.length];
    const basis = {
      productCategorie: String(1 + (i % 18)).padStart(2, '0'),
      productCode: `P${String(i).padStart(4, '0')}`,
      eenheid,
    };
    // Amounts from 1 cent (minute tariffs) to € 2.000.000 (lumpsum budgets), with half-cent edge cases built in.
    const bedrag =
      eenheid === null
        ? Math.floor(r() * 200_000_000)
        : i % 10 === 0
          ? 5_000 + 100 * (i % 7)
          : 1 + Math.floor(r() * 500_000);
    const soort = i % 6;
    if (soort === 0) {
      // Ended at the year end: not indexed.
      tarieven.push({ ...basis, tariefId: `x${i}`, bedrag, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' });
    } else if (soort === 1) {
      // Already has a version from 1 January 2027: idempotence, not indexed again.
      tarieven.push({ ...basis, tariefId: `x${i}`, bedrag, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' });
      tarieven.push({ ...basis, tariefId: `y${i}`, bedrag: bedrag + 1, ingangsdatum: '2027-01-01', einddatum: null });
    } else if (soort === 2) {
      // History: an older version and the current one started mid-year.
      tarieven.push({
        ...basis,
        tariefId: `o${i}`,
        bedrag: bedrag - 1,
        ingangsdatum: '2025-01-01',
        einddatum: '2026-06-30',
      });
      tarieven.push({ ...basis, tariefId: `x${i}`, bedrag, ingangsdatum: '2026-07-01', einddatum: '2028-12-31' });
      verwacht.add(`x${i}`);
    } else if (soort === 3) {
      // Starts only in 2027 (a later accession): not indexed.
      tarieven.push({ ...basis, tariefId: `x${i}`, bedrag, ingangsdatum: '2027-03-01', einddatum: null });
    } else {
      tarieven.push({ ...basis, tariefId: `x${i}`, bedrag, ingangsdatum: '2024-01-01', einddatum: null });
      verwacht.add(`x${i}`);
    }
  }
  return { tarieven, verwacht };
}

describe('berekenIndexatiepercentage', () => {
  it('should combine prognosis and correction per component and weigh them when given OVA and PCC', () => {
    const r = berekenIndexatiepercentage(params2027);
    expect(r.percentage).toEqual(breuk(369n, 100n));
    expect(r.componenten.map((c) => c.index)).toEqual([breuk(39n, 10n), breuk(18n, 10n)]);
  });

  it('should refuse weights that do not add up to 100 and percentages that are not decimal strings', () => {
    expect(() =>
      berekenIndexatiepercentage({ ...params2027, componenten: [{ naam: 'OVA', gewicht: '80', prognose: '3' }] }),
    ).toThrow(IndexatieParameterError);
    expect(() =>
      berekenIndexatiepercentage({ jaar: 2027, componenten: [{ naam: 'OVA', gewicht: '100', prognose: '3.5%' }] }),
    ).toThrow(IndexatieParameterError);
  });
});

describe('indexeerBedrag', () => {
  it('should round half a cent away from zero once at the end', () => {
    // 5000 × 1.0369 = 5184.5 → 5185; 150 × 1.01 = 151.5 → 152; 50 × 0.99 = 49.5 → 50.
    expect(indexeerBedrag(5_000, breuk(369n, 100n))).toBe(5_185);
    expect(indexeerBedrag(150, breuk(1n))).toBe(152);
    expect(indexeerBedrag(50, breuk(-1n))).toBe(50);
    // 3 × 1.0369 = 3.1107 → 3: no intermediate rounding makes it 4.
    expect(indexeerBedrag(3, breuk(369n, 100n))).toBe(3);
  });

  it('should equal the longhand scaled-integer computation for any amount and percentage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_00 }),
        fc.integer({ min: -20_000, max: 100_000 }),
        (oud, tienduizendstePct) => {
          const pct = (tienduizendstePct / 10_000).toFixed(4);
          const p: IndexatieParameters = { jaar: 2027, componenten: [{ naam: 'vast', gewicht: '100', prognose: pct }] };
          expect(indexeerBedrag(oud, berekenIndexatiepercentage(p).percentage)).toBe(longhand(oud, p));
        },
      ),
    );
  });
});

describe('indexeer', () => {
  it('should index every running tariff and budget of a realistic set exactly as the longhand computation', () => {
    const { tarieven, verwacht } = realistischeSet(360);

    const rijen = indexeer(tarieven, params2027);

    expect(new Set(rijen.map((r) => r.tariefId))).toEqual(verwacht);
    expect(rijen.length).toBeGreaterThan(150);
    const perId = new Map(tarieven.map((t) => [t.tariefId, t]));
    for (const rij of rijen) {
      expect(rij.oud).toBe(perId.get(rij.tariefId)?.bedrag);
      expect(rij.nieuw).toBe(longhand(rij.oud, params2027));
      expect(rij.percentage).toBe('3.69');
      expect(rij.ingangsdatum).toBe('2027-01-01');
    }
    // The half-cent cases in the set: an amount ≡ 5000 (mod 10000) cents × 1.0369 ends in exactly half a cent.
    const halveCenten = rijen.filter((r) => (BigInt(r.oud) * 10_369n) % 10_000n === 5_000n);
    expect(halveCenten.length).toBeGreaterThan(0);
    for (const r of halveCenten) expect(r.nieuw).toBe(Number((BigInt(r.oud) * 10_369n + 5_000n) / 10_000n));
  });

  it('should yield no rows when the preview is run again after it was applied', () => {
    const { tarieven } = realistischeSet(120);
    const rijen = indexeer(tarieven, params2027);
    const toegepast = pasIndexatieToe(tarieven, rijen, (r) => `${r.tariefId}-2027`);

    expect(rijen.length).toBeGreaterThan(0);
    expect(indexeer(toegepast, params2027)).toEqual([]);
  });

  it('should keep history when applied so December and January get different tariffs', () => {
    const t = tarief({ tariefId: 'uur', bedrag: 5_000, ingangsdatum: '2024-01-01' });
    const na = pasIndexatieToe([t], indexeer([t], params2027), () => 'uur-2027');
    const sleutel = { productCategorie: '02', productCode: '02A05', eenheid: Eenheid.Uur };

    expect(na).toEqual([
      { ...t, einddatum: '2026-12-31' },
      { ...t, tariefId: 'uur-2027', bedrag: 5_185, ingangsdatum: '2027-01-01', einddatum: null },
    ]);
    expect(geldigTarief(na, sleutel, '2026-12-31')?.bedrag).toBe(5_000);
    expect(geldigTarief(na, sleutel, '2027-01-01')?.bedrag).toBe(5_185);
  });

  it('should index a lumpsum budget so that the new termijnen add up to the indexed budget', () => {
    const budget = tarief({
      tariefId: 'wijkteam',
      eenheid: null,
      productCode: 'WT01',
      bedrag: 1_200_000_00,
      ingangsdatum: '2026-01-01',
    });

    const [rij] = indexeer([budget], params2027);
    const termijnen = termijnschema(rij.nieuw, { begindatum: rij.ingangsdatum, einddatum: '2027-12-31' }, 'maand', {
      moment: 'vooraf',
      dag: 1,
    });

    // 120_000_000 × 1.0369 = 124_428_000 exactly.
    expect(rij.nieuw).toBe(1_244_280_00);
    expect(termijnen.reduce((s, t) => s + t.bedrag, 0)).toBe(1_244_280_00);
    expect(termijnen[0]).toMatchObject({ vervaldatum: '2027-01-01', bedrag: 103_690_00 });
  });

  it('should refuse to apply a stale preview when the tariff changed in between', () => {
    const t = tarief({ tariefId: 'uur' });
    const rijen = indexeer([t], params2027);
    expect(() => pasIndexatieToe([{ ...t, bedrag: 5_001 }], rijen, () => 'n')).toThrow(IndexatieParameterError);
  });
});
