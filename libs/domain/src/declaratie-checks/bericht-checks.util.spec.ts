import { DebetCredit } from '../codelijsten/index.js';
import {
  beoordeel,
  maakCredit,
  maakEerdere,
  maakPrestatie,
  maakToewijzing,
  VARIANTEN,
  type Variant,
} from './testing/beoordeling-testdata.util.js';

const IWMO_EN_IJW = [VARIANTEN[0], VARIANTEN[2]];

describe.each(IWMO_EN_IJW)('declaratie class checks (3.4 A) for $naam', (v: Variant) => {
  function verwachtAfgekeurd(uitkomst: ReturnType<typeof beoordeel>, regel: string, retourcode: string): void {
    expect(uitkomst.berichtBevindingen.map((b) => [b.regel, b.retourcode])).toContainEqual([regel, retourcode]);
    expect(uitkomst.declaratieRetourcodes).toContain(retourcode);
    expect(uitkomst.totaalToegekend).toBe(0n);
    expect(uitkomst.prestaties.every((p) => p.status === 'afgekeurd' && p.retourcodes.includes('0233'))).toBe(true);
  }

  function verwachtGoedgekeurd(uitkomst: ReturnType<typeof beoordeel>): void {
    expect(uitkomst.berichtBevindingen).toEqual([]);
    expect(uitkomst.declaratieRetourcodes).toEqual(['8001']);
    expect(uitkomst.totaalToegekend).toBe(uitkomst.totaalIngediend);
  }

  it('should reject the whole declaratie with 0001 when the period is not one calendar month (CS340)', () => {
    const p = maakPrestatie(v);
    verwachtAfgekeurd(
      beoordeel(v, [p], { kop: { declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-29' } } }),
      'CS340',
      '0001',
    );
    verwachtAfgekeurd(
      beoordeel(v, [p], { kop: { declaratiePeriode: { begindatum: '2026-04-02', einddatum: '2026-05-01' } } }),
      'CS340',
      '0001',
    );
  });

  it('should accept the declaratie when the period is exactly one calendar month (CS340)', () => {
    verwachtGoedgekeurd(beoordeel(v, [maakPrestatie(v)]));
  });

  it('should reject with 0001 when the period lies before 01-01-2021 and accept January 2021 (CS100)', () => {
    const t = { ingangsdatum: '2020-01-01' };
    const dec = { begindatum: '2020-12-01', einddatum: '2020-12-31' };
    const jan = { begindatum: '2021-01-01', einddatum: '2021-01-31' };
    const pDec = maakPrestatie(v, { productPeriode: dec });
    const pJan = maakPrestatie(v, { productPeriode: jan });
    const opties = (periode: typeof dec) => ({
      kop: { declaratiePeriode: periode, dagtekening: '2021-02-03' },
      toewijzingen: [maakToewijzing(v, t)],
    });
    verwachtAfgekeurd(beoordeel(v, [pDec], opties(dec)), 'CS100', '0001');
    verwachtGoedgekeurd(beoordeel(v, [pJan], opties(jan)));
  });

  it('should reject with 9333 when the declaratienummer was used before and accept a new one (TR333)', () => {
    verwachtAfgekeurd(beoordeel(v, [maakPrestatie(v)], { bekendeDeclaratieNummers: ['D2026040001'] }), 'TR333', '9333');
    verwachtGoedgekeurd(beoordeel(v, [maakPrestatie(v)], { bekendeDeclaratieNummers: ['D2026030001'] }));
  });

  it('should reject with 0001 when the total differs by one cent from debet minus credit (TR358)', () => {
    const prestaties = [
      maakPrestatie(v),
      maakPrestatie(v, { productPeriode: { begindatum: '2026-03-01', einddatum: '2026-03-31' } }),
    ];
    const juist = prestaties.reduce((s, p) => s + p.ingediendBedrag, 0);
    const uitkomst = beoordeel(v, prestaties, {
      kop: { totaalIngediendBedrag: { bedrag: juist - 1, debetCredit: DebetCredit.Debet } },
    });
    verwachtAfgekeurd(uitkomst, 'TR358', '0001');
    expect(uitkomst.berichtBevindingen[0].toelichting).toContain('€');
    verwachtGoedgekeurd(
      beoordeel(v, prestaties, { kop: { totaalIngediendBedrag: { bedrag: juist, debetCredit: DebetCredit.Debet } } }),
    );
  });

  it('should count credits negatively in the total when checking TR358', () => {
    const debet = maakEerdere(v);
    const credit = maakCredit(debet);
    const uitkomst = beoordeel(v, [credit], { eerdere: [debet] });
    expect(uitkomst.totaalIngediend).toBe(-BigInt(debet.ingediendBedrag));
    verwachtGoedgekeurd(uitkomst);
  });

  it('should reject with 0001 a zero total marked credit and accept it marked debet (CS325)', () => {
    const debet = maakEerdere(v);
    const prestaties = [
      maakCredit(debet),
      maakPrestatie(v, { productPeriode: debet.productPeriode, geleverdVolume: debet.geleverdVolume }),
    ];
    verwachtAfgekeurd(
      beoordeel(v, prestaties, {
        eerdere: [debet],
        kop: { totaalIngediendBedrag: { bedrag: 0, debetCredit: DebetCredit.Credit } },
      }),
      'CS325',
      '0001',
    );
    verwachtGoedgekeurd(
      beoordeel(v, prestaties, {
        eerdere: [debet],
        kop: { totaalIngediendBedrag: { bedrag: 0, debetCredit: DebetCredit.Debet } },
      }),
    );
  });

  describe('TR318 (8214)', () => {
    const vorige = (begindatum: string, einddatum: string) => ({
      over: { vorigeDeclaratiePeriode: { begindatum, einddatum } },
    });

    it('should reject when the period lies before the previous declaratieperiode (IV090)', () => {
      verwachtAfgekeurd(beoordeel(v, [maakPrestatie(v)], vorige('2026-05-01', '2026-05-31')), 'TR318', '8214');
    });

    it('should accept the month after the previous period and a repeat of the previous period', () => {
      verwachtGoedgekeurd(beoordeel(v, [maakPrestatie(v)], vorige('2026-03-01', '2026-03-31')));
      verwachtGoedgekeurd(beoordeel(v, [maakPrestatie(v)], vorige('2026-04-01', '2026-04-30')));
    });

    it('should reject a gap when this declaratie holds care in a skipped month', () => {
      const februari = maakPrestatie(v, { productPeriode: { begindatum: '2026-02-01', einddatum: '2026-02-28' } });
      const uitkomst = beoordeel(v, [maakPrestatie(v), februari], vorige('2026-01-01', '2026-01-31'));
      verwachtAfgekeurd(uitkomst, 'TR318', '8214');
      expect(uitkomst.berichtBevindingen[0].toelichting).toContain('februari 2026');
    });

    it('should accept a gap when nothing in this declaratie lies in the skipped months', () => {
      const januari = maakPrestatie(v, { productPeriode: { begindatum: '2026-01-01', einddatum: '2026-01-31' } });
      verwachtGoedgekeurd(beoordeel(v, [maakPrestatie(v), januari], vorige('2026-01-01', '2026-01-31')));
    });
  });
});
