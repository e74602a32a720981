import { toetsContractwijziging, type OorspronkelijkContract } from './contractwijziging.util.js';

const contract: OorspronkelijkContract = {
  ingangsdatum: '2026-01-01',
  maximaleEinddatum: '2029-12-31',
  waarde: 10_000_000_00,
};

describe('toetsContractwijziging', () => {
  it('should accept a cumulative increase of exactly 50% within the maximum term', () => {
    expect(toetsContractwijziging(contract, { waarde: 15_000_000_00, einddatum: '2029-12-31' })).toEqual([]);
  });

  it('should flag a cumulative increase above 50% as a possible wezenlijke wijziging citing the law', () => {
    const [b] = toetsContractwijziging(contract, { waarde: 15_000_000_01, einddatum: '2027-12-31' });
    expect(b.code).toBe('MOGELIJK_WEZENLIJKE_WIJZIGING_PRIJS');
    expect(b.melding).toContain('art. 2.163b–2.163f');
    expect(b.melding).toContain('50,0%');
  });

  it('should flag a single tariff that rose more than 50% since award', () => {
    const bevindingen = toetsContractwijziging(contract, {
      waarde: 10_000_000_00,
      einddatum: '2027-12-31',
      tarieven: [
        { omschrijving: '02/02A05 uur', oorspronkelijk: 6_000, voorgesteld: 9_001 },
        { omschrijving: '07/07A01 dagdeel', oorspronkelijk: 4_000, voorgesteld: 6_000 },
      ],
    });
    expect(bevindingen.map((b) => b.code)).toEqual(['MOGELIJK_WEZENLIJKE_WIJZIGING_TARIEF']);
    expect(bevindingen[0].melding).toContain('02/02A05 uur');
  });

  it('should flag a term beyond the maximum and beyond 48 months without justification', () => {
    const codes = toetsContractwijziging(contract, { waarde: 10_000_000_00, einddatum: '2030-01-01' }).map(
      (b) => b.code,
    );
    expect(codes).toEqual(['MOGELIJK_WEZENLIJKE_WIJZIGING_LOOPTIJD', 'LOOPTIJD_BOVEN_48_MAANDEN_ZONDER_MOTIVERING']);
  });

  it('should accept a longer term when it was justified and allowed at award', () => {
    const lang = {
      ...contract,
      maximaleEinddatum: '2031-12-31',
      motiveringLangeLooptijd: 'Investeringen in huisvesting (4 + 2 jaar)',
    };
    expect(toetsContractwijziging(lang, { waarde: 10_000_000_00, einddatum: '2031-12-31' })).toEqual([]);
  });

  it('should signal a change of the indexation method', () => {
    expect(
      toetsContractwijziging(contract, {
        waarde: 10_000_000_00,
        einddatum: '2027-12-31',
        indexatiemethodeGewijzigd: true,
      })[0].code,
    ).toBe('MOGELIJK_WEZENLIJKE_WIJZIGING_INDEXATIEMETHODE');
  });
});
