import { Eenheid } from '../codelijsten/eenheid.enum.js';
import { berekenReelePrijs, KostenopbouwError, toetsTegenPrijsnorm, type Kostenopbouw } from './reele-prijs.util.js';

// Hand-worked example (cents):
//   a = 4_000_000 × 1.25 = 5_000_000 per fte per jaar
//   niet-productief 10 + 5 + 3 + 2 = 20% → productieve uren 1800 × 0.8 = 1440
//   loonkosten per productief uur 5_000_000 / 1440 = 31250/9 ≈ 3472.22; per contractuur 5_000_000 / 1800 = 25000/9
//   c = 31250/9 − 25000/9 = 6250/9 ≈ 694.44
//   d = (144_000 + 72_000) / 1440 = 150; f = 28_800 / 1440 = 20
//   direct = 31250/9 + 170 = 32780/9; overhead 25% opslag → 40975/9; indexatie 2% → 40975 × 1.02 / 9 = 41794.5/9 ≈ 4643.83
//   uur: 4644 (€ 46,44); dagdeel 4 uur ÷ groep 8: 2321.916… → 2322; minuut ÷ 60: 77.397… → 77
const begeleiding: Kostenopbouw = {
  jaarsalaris: 4_000_000,
  werkgeverslastenPercentage: '25',
  jaarurenPerFte: '1800',
  nietProductieveUren: [
    { omschrijving: 'verlof', percentage: '10' },
    { omschrijving: 'ziekte', percentage: '5' },
    { omschrijving: 'scholing', percentage: '3' },
    { omschrijving: 'werkoverleg', percentage: '2' },
  ],
  reiskostenPerJaar: 144_000,
  opleidingskostenPerJaar: 72_000,
  overigeVerplichtingenPerJaar: 28_800,
  overhead: { percentage: '25', grondslag: 'opslag' },
  indexatiePercentage: '2',
  urenPerEenheid: '1',
};

describe('berekenReelePrijs', () => {
  it('should compute the hour tariff and every intermediate figure when given a full cost build-up', () => {
    const r = berekenReelePrijs(begeleiding, Eenheid.Uur);
    const stap = (naam: string) => r.stappen.find((s) => s.stap === naam);
    expect(r.tarief).toBe(4_644);
    expect(stap('kostenBeroepskrachtPerJaar')?.exact).toBe('5000000');
    expect(stap('productieveUrenPerJaar')?.weergave).toBe('1440 uur');
    expect(stap('nietProductieveUrenPerProductiefUur')?.exact).toBe('6250/9');
    expect(stap('reisEnOpleidingPerProductiefUur')?.exact).toBe('150');
    expect(stap('overigeVerplichtingenPerProductiefUur')?.exact).toBe('20');
    expect(stap('kostprijsPerProductiefUur')?.exact).toBe('40975/9');
    expect(stap('kostprijsPerEenheid')?.weergave).toBe('€ 46,44');
  });

  it('should cover all six cost elements of art. 5.4 Uitvoeringsbesluit Wmo 2015 in the audit trail', () => {
    const elementen = new Set(
      berekenReelePrijs(begeleiding)
        .stappen.map((s) => s.element)
        .filter((e) => e !== null),
    );
    expect([...elementen].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('should convert to dagdeel for a group and to minuut, rounding once at the end', () => {
    expect(berekenReelePrijs({ ...begeleiding, urenPerEenheid: '4', groepsgrootte: 8 }, Eenheid.Dagdeel).tarief).toBe(
      2_322,
    );
    expect(berekenReelePrijs({ ...begeleiding, urenPerEenheid: '1/60' }, Eenheid.Minuut).tarief).toBe(77);
  });

  it('should treat 20% overhead as share of the kostprijs the same as a 25% opslag', () => {
    const aandeel = berekenReelePrijs({
      ...begeleiding,
      overhead: { percentage: '20', grondslag: 'aandeelInKostprijs' },
    });
    expect(aandeel.stappen.find((s) => s.stap === 'kostprijsPerProductiefUur')?.exact).toBe('40975/9');
    expect(aandeel.tarief).toBe(4_644);
  });

  it('should refuse a build-up without productive hours or with a float-like percentage', () => {
    expect(() =>
      berekenReelePrijs({ ...begeleiding, nietProductieveUren: [{ omschrijving: 'alles', percentage: '100' }] }),
    ).toThrow(KostenopbouwError);
    expect(() => berekenReelePrijs({ ...begeleiding, indexatiePercentage: '2e0' })).toThrow(KostenopbouwError);
    expect(() => berekenReelePrijs({ ...begeleiding, jaarsalaris: 40_000.5 })).toThrow(RangeError);
  });
});

describe('toetsTegenPrijsnorm', () => {
  const reeel = { soort: 'reelePrijs' as const, bedrag: 4_644, eenheid: Eenheid.Uur };

  it('should refuse a bid below the reële prijs with the shortfall in the reason', () => {
    const b = toetsTegenPrijsnorm({ bedrag: 4_500, eenheid: Eenheid.Uur }, reeel);
    expect(b?.code).toBe('ONDER_REELE_PRIJS');
    expect(b?.melding).toContain('€ 1,44 onder de reële prijs van € 46,44');
  });

  it('should accept a bid at or above the reële prijs', () => {
    expect(toetsTegenPrijsnorm({ bedrag: 4_644, eenheid: Eenheid.Uur }, reeel)).toBeNull();
    expect(toetsTegenPrijsnorm({ bedrag: 5_000, eenheid: Eenheid.Uur }, reeel)).toBeNull();
  });

  it('should refuse any deviation from a vaste prijs and a bid in another eenheid', () => {
    expect(toetsTegenPrijsnorm({ bedrag: 4_645, eenheid: Eenheid.Uur }, { ...reeel, soort: 'vastePrijs' })?.code).toBe(
      'AFWIJKING_VASTE_PRIJS',
    );
    expect(toetsTegenPrijsnorm({ bedrag: 100, eenheid: Eenheid.Minuut }, reeel)?.code).toBe(
      'EENHEID_WIJKT_AF_VAN_PRIJSNORM',
    );
  });
});
