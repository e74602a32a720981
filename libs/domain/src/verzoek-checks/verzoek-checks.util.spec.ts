import { Eenheid, Frequentie } from '../codelijsten/index.js';
import {
  antwoordTermijn,
  beoordeelVot,
  beoordeelVow,
  besluitToegestaan,
  isTeLaat,
  verzoekSignalen,
  type ActueleToewijzing,
  type VowInvoer,
} from './verzoek-checks.util.js';
import { VerzoekBesluit, VerzoekStatus } from './verzoek-status.enum.js';

const GEEN = { bekendeReferenties: new Set<string>(), verzoekOnderhanden: false };
const uren = (volume: number) => ({ volume, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek });

const toewijzing = (toewijzingNummer: number, extra: Partial<ActueleToewijzing> = {}): ActueleToewijzing => ({
  toewijzingNummer,
  productCategorie: '45',
  productCode: '45A03',
  ingangsdatum: '2026-04-01',
  einddatum: '2026-12-31',
  omvang: uren(4),
  budgetCenten: null,
  ...extra,
});
const vow = (extra: Partial<VowInvoer> = {}): VowInvoer => ({
  referentieAanbieder: 'VOW-1',
  dagtekening: '2026-05-06',
  ongewijzigd: [],
  teWijzigen: [],
  nieuw: [],
  ...extra,
});
const codes = (b: { retourcode: string; pad: string }[]) => b.map((x) => [x.retourcode, x.pad]);

describe('verzoek checks (istandaarden.md 3.6)', () => {
  describe('beoordeelVot', () => {
    it('should accept new ReferentieAanbieders and refuse used or repeated ones with 9347 on their product (TR347)', () => {
      const producten = [{ referentieAanbieder: 'A' }, { referentieAanbieder: 'B' }, { referentieAanbieder: 'A' }];
      expect(beoordeelVot(producten.slice(0, 2), GEEN)).toEqual([]);
      expect(codes(beoordeelVot(producten, GEEN))).toEqual([['9347', 'AangevraagdeProducten/AangevraagdProduct[3]']]);
      expect(codes(beoordeelVot(producten, { ...GEEN, bekendeReferenties: new Set(['B']) }))).toEqual([
        ['9347', 'AangevraagdeProducten/AangevraagdProduct[2]'],
        ['9347', 'AangevraagdeProducten/AangevraagdProduct[3]'],
      ]);
    });

    it('should refuse a verzoek while another is onderhanden with 9374 on the Client (TR374)', () => {
      expect(codes(beoordeelVot([{ referentieAanbieder: 'A' }], { ...GEEN, verzoekOnderhanden: true }))).toEqual([
        ['9374', ''],
      ]);
    });
  });

  describe('beoordeelVow', () => {
    const actueel = [toewijzing(1), toewijzing(2, { productCategorie: '45', productCode: null, omvang: null })];

    it('should accept a complete desired situation with one change', () => {
      expect(
        beoordeelVow(
          vow({
            ongewijzigd: [2],
            teWijzigen: [{ toewijzingNummer: 1, gewensteIngangsdatum: '2026-06-01', omvang: uren(6) }],
          }),
          actueel,
          GEEN,
        ),
      ).toEqual([]);
    });

    it('should refuse a VOW that leaves out a current toewijzing (TR349) or when there is none (OP306)', () => {
      expect(
        codes(
          beoordeelVow(
            vow({ teWijzigen: [{ toewijzingNummer: 1, gewensteIngangsdatum: '2026-06-01', omvang: uren(6) }] }),
            actueel,
            GEEN,
          ),
        ),
      ).toEqual([['9349', 'Verzoek']]);
      expect(
        codes(
          beoordeelVow(
            vow({
              nieuw: [
                { product: { categorie: '45', code: '45A03' }, gewensteIngangsdatum: '2026-06-01', omvang: uren(2) },
              ],
            }),
            [],
            GEEN,
          ),
        ),
      ).toEqual([['9349', 'Verzoek']]);
    });

    it('should refuse numbers that are not current toewijzingen: 9350 ongewijzigd, 9351 te wijzigen (TR350, TR351)', () => {
      const b = beoordeelVow(
        vow({
          ongewijzigd: [2, 7],
          teWijzigen: [
            { toewijzingNummer: 1, gewensteIngangsdatum: '2026-06-01', omvang: uren(6) },
            { toewijzingNummer: 8, gewensteIngangsdatum: '2026-06-01' },
          ],
        }),
        actueel,
        GEEN,
      );
      expect(codes(b)).toEqual([
        ['9350', 'Verzoek/OngewijzigdeProducten/OngewijzigdProduct[2]'],
        ['9351', 'Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]'],
      ]);
    });

    it('should allow a date on or before the dagtekening only as the original ingangsdatum (TR357)', () => {
      const met = (gewensteIngangsdatum: string) =>
        codes(
          beoordeelVow(
            vow({ ongewijzigd: [2], teWijzigen: [{ toewijzingNummer: 1, gewensteIngangsdatum, omvang: uren(6) }] }),
            actueel,
            GEEN,
          ),
        );
      expect(met('2026-05-06')).toEqual([['9357', 'Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]']]);
      expect(met('2026-04-01')).toEqual([]);
      expect(met('2026-05-07')).toEqual([]);
    });

    it('should change a budget only for the whole toewijzing (TR373)', () => {
      const budget = [toewijzing(3, { productCode: null, omvang: null, budgetCenten: 100_000 })];
      const met = (gewensteIngangsdatum: string, bedrag: number) =>
        codes(
          beoordeelVow(
            vow({ teWijzigen: [{ toewijzingNummer: 3, gewensteIngangsdatum, budget: bedrag }] }),
            budget,
            GEEN,
          ),
        );
      expect(met('2026-07-01', 150_000)).toEqual([['9373', 'Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]']]);
      expect(met('2026-04-01', 150_000)).toEqual([]);
      expect(met('2026-07-01', 100_000)).toEqual([]);
    });

    it('should check the omvang against the product of the toewijzing (TR375, TR411, TR412)', () => {
      const generiek = toewijzing(4, { productCategorie: null, productCode: null, omvang: null, budgetCenten: 5000 });
      expect(
        codes(
          beoordeelVow(
            vow({ teWijzigen: [{ toewijzingNummer: 4, gewensteIngangsdatum: '2026-06-01', omvang: uren(1) }] }),
            [generiek],
            GEEN,
          ),
        ),
      ).toEqual([['9375', 'Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]']]);
      expect(
        codes(
          beoordeelVow(
            vow({
              ongewijzigd: [2],
              teWijzigen: [{ toewijzingNummer: 1, gewensteIngangsdatum: '2026-06-01', einddatum: '2027-03-31' }],
            }),
            actueel,
            GEEN,
          ),
        ),
      ).toEqual([['9411', 'Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]']]);
      expect(
        codes(
          beoordeelVow(
            vow({
              ongewijzigd: [1],
              teWijzigen: [{ toewijzingNummer: 2, gewensteIngangsdatum: '2026-06-01', omvang: uren(1) }],
            }),
            actueel,
            GEEN,
          ),
        ),
      ).toEqual([['9412', 'Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]']]);
    });

    it('should refuse a new product overlapping the same product in the desired situation (TR361), not one that follows it', () => {
      const nieuw = (gewensteIngangsdatum: string) => ({
        product: { categorie: '45', code: '45A03' },
        gewensteIngangsdatum,
        einddatum: '2027-06-30',
        omvang: uren(2),
      });
      expect(codes(beoordeelVow(vow({ ongewijzigd: [1, 2], nieuw: [nieuw('2026-12-01')] }), actueel, GEEN))).toEqual([
        ['9361', 'Verzoek/NieuweProducten/NieuwProduct[1]'],
      ]);
      expect(codes(beoordeelVow(vow({ ongewijzigd: [1, 2], nieuw: [nieuw('2027-01-01')] }), actueel, GEEN))).toEqual(
        [],
      );
      // Ending the current one first makes room (the desired einddatum counts).
      expect(
        codes(
          beoordeelVow(
            vow({
              ongewijzigd: [2],
              teWijzigen: [
                { toewijzingNummer: 1, gewensteIngangsdatum: '2026-06-01', einddatum: '2026-11-30', omvang: uren(4) },
              ],
              nieuw: [nieuw('2026-12-01')],
            }),
            actueel,
            GEEN,
          ),
        ),
      ).toEqual([]);
    });

    it('should refuse a used ReferentieAanbieder (TR347) and a second verzoek onderhanden (TR374)', () => {
      const b = beoordeelVow(
        vow({
          ongewijzigd: [2],
          teWijzigen: [{ toewijzingNummer: 1, gewensteIngangsdatum: '2026-06-01', omvang: uren(6) }],
        }),
        actueel,
        { bekendeReferenties: new Set(['VOW-1']), verzoekOnderhanden: true },
      );
      expect(codes(b)).toEqual([
        ['9374', ''],
        ['9347', 'Verzoek'],
      ]);
    });
  });

  describe('deadlines (OP274/OP346)', () => {
    it('should give 5 werkdagen after the dagtekening, and 8 weken once in onderzoek', () => {
      expect(antwoordTermijn('2026-11-20', VerzoekStatus.Open)).toBe('2026-11-27');
      expect(antwoordTermijn('2026-11-20', VerzoekStatus.InOnderzoek)).toBe('2027-01-15');
    });

    it('should call a verzoek te laat only while it waits past its termijn', () => {
      expect(isTeLaat(VerzoekStatus.Open, '2026-11-27', '2026-11-27')).toBe(false);
      expect(isTeLaat(VerzoekStatus.Open, '2026-11-27', '2026-11-28')).toBe(true);
      expect(isTeLaat(VerzoekStatus.InOnderzoek, '2026-11-27', '2026-11-28')).toBe(true);
      expect(isTeLaat(VerzoekStatus.Toegekend, '2026-11-27', '2026-11-28')).toBe(false);
    });
  });

  describe('besluitToegestaan (TR359, TR360, TR365)', () => {
    it('should allow one "in onderzoek" and then only a final answer', () => {
      expect(besluitToegestaan(VerzoekStatus.Open, VerzoekBesluit.InOnderzoek)).toBeNull();
      expect(besluitToegestaan(VerzoekStatus.InOnderzoek, VerzoekBesluit.InOnderzoek)?.retourcode).toBe('9360');
      expect(besluitToegestaan(VerzoekStatus.InOnderzoek, VerzoekBesluit.Toekennen)).toBeNull();
      expect(besluitToegestaan(VerzoekStatus.Toegekend, VerzoekBesluit.Afwijzen)?.retourcode).toBe('9359');
      expect(besluitToegestaan(VerzoekStatus.Afgewezen, VerzoekBesluit.Toekennen)?.retourcode).toBe('9365');
    });
  });
});

describe('verzoekSignalen (OP259, OP296)', () => {
  const contract = [
    { productcategorie: '45', productcode: '45A03', ingangsdatum: '2026-01-01', einddatum: '2027-12-31' },
  ];
  const gevraagd = (begindatum: string, code = '45A03') => [
    { product: { categorie: '45', code }, begindatum, einddatum: '2027-06-30' },
  ];

  it('should signal nothing for a contracted product not yet assigned', () => {
    expect(verzoekSignalen(gevraagd('2027-01-01'), [], contract)).toEqual([]);
  });

  it('should signal stapeling with reden 6 when the same product is assigned for part of the period', () => {
    const s = verzoekSignalen(gevraagd('2026-12-01'), [toewijzing(1)], contract);
    expect(s.map((x) => [x.signaal, x.redenAfwijzing])).toEqual([['stapeling', '6']]);
    expect(verzoekSignalen(gevraagd('2027-01-01'), [toewijzing(1)], contract)).toEqual([]);
  });

  it('should signal geen contract with reden 3 for a product outside the contract or its term', () => {
    expect(
      verzoekSignalen(gevraagd('2027-01-01', '45B01'), [], contract).map((x) => [x.signaal, x.redenAfwijzing]),
    ).toEqual([['geen-contract', '3']]);
    expect(
      verzoekSignalen(
        [{ product: { categorie: '45', code: '45A03' }, begindatum: '2028-01-01', einddatum: null }],
        [],
        contract,
      ).map((x) => x.signaal),
    ).toEqual(['geen-contract']);
    expect(verzoekSignalen([{ begindatum: '2027-01-01', einddatum: null }], [], [])).toEqual([]);
  });
});
