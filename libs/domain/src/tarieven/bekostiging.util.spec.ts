import { Eenheid } from '../codelijsten/eenheid.enum.js';
import { Frequentie } from '../codelijsten/frequentie.enum.js';
import { Uitvoeringsvariant } from '../codelijsten/uitvoeringsvariant.enum.js';
import {
  betaalschema,
  valideerBekostiging,
  valideerEenheidBijVariant,
  verantwoordingsschema,
  type Subsidie,
  type TaakgerichteBekostiging,
} from './bekostiging.util.js';

const wijkteam: TaakgerichteBekostiging = {
  model: 'taakgericht',
  budget: 2_400_000_00,
  periode: { begindatum: '2027-01-01', einddatum: '2027-12-31' },
  opdracht: { soort: 'gebied', omschrijving: 'Ondersteuning in 9 wijken (consortium)' },
  termijnen: { frequentie: 'kwartaal', betaaldag: { moment: 'vooraf', dag: 15, weekend: 'volgendeWerkdag' } },
  verantwoording: {
    frequentie: 'kwartaal',
    dagenNaPeriode: 30,
    indicatoren: [
      { code: 'TEVREDENHEID', omschrijving: 'Cliënttevredenheid', streefwaarde: '7,5' },
      { code: 'ZELFREDZAAMHEID', omschrijving: 'Zelfredzaamheid (ZRM)' },
    ],
  },
};

const buurthuis: Subsidie = {
  model: 'subsidie',
  budget: 45_000_00,
  periode: { begindatum: '2027-01-01', einddatum: '2027-12-31' },
  voorwaarden: ['Open op ten minste vijf dagdelen per week'],
  termijnen: { frequentie: 'maand', betaaldag: { moment: 'vooraf', dag: 1 } },
  verantwoording: {
    frequentie: 'jaar',
    dagenNaPeriode: 91,
    indicatoren: [{ code: 'BEZOEKERS', omschrijving: 'Aantal bezoekers' }],
  },
};

describe('valideerEenheidBijVariant', () => {
  it.each([
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.Minuut],
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.Uur],
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.Etmaal],
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.Dagdeel],
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.StuksInspanning],
    [Uitvoeringsvariant.Outputgericht, Eenheid.StuksOutput],
    [Uitvoeringsvariant.Outputgericht, Eenheid.Euros],
  ])('should accept %s with eenheid %s', (variant, eenheid) => {
    expect(valideerEenheidBijVariant(variant, eenheid)).toEqual([]);
  });

  it('should point to 84 when stuks (output) is used for an inspanningsgericht product (OP305)', () => {
    const [b] = valideerEenheidBijVariant(Uitvoeringsvariant.Inspanningsgericht, Eenheid.StuksOutput);
    expect(b.melding).toContain('eenheid 84');
    expect(b.melding).toContain('OP305');
  });

  it('should refuse stuks (inspanning) and time units for an outputgericht product (OP263)', () => {
    expect(valideerEenheidBijVariant(Uitvoeringsvariant.Outputgericht, Eenheid.StuksInspanning)[0].melding).toContain(
      'OP263',
    );
    expect(valideerEenheidBijVariant(Uitvoeringsvariant.Outputgericht, Eenheid.Uur)[0].code).toBe(
      'EENHEID_PAST_NIET_BIJ_VARIANT',
    );
  });

  it('should require no eenheid for taakgericht and an eenheid otherwise', () => {
    expect(valideerEenheidBijVariant(Uitvoeringsvariant.Taakgericht, null)).toEqual([]);
    expect(valideerEenheidBijVariant(Uitvoeringsvariant.Taakgericht, Eenheid.Uur)[0].code).toBe(
      'EENHEID_BIJ_TAAKGERICHT',
    );
    expect(valideerEenheidBijVariant(Uitvoeringsvariant.Inspanningsgericht, null)[0].code).toBe('EENHEID_ONTBREEKT');
  });
});

describe('valideerBekostiging', () => {
  it('should accept a complete taakgericht budget and subsidy', () => {
    expect(valideerBekostiging(wijkteam)).toEqual([]);
    expect(valideerBekostiging(buurthuis)).toEqual([]);
  });

  it('should require the agreed output definitions for an outputgericht product (OP263/OP264)', () => {
    const codes = valideerBekostiging({
      model: 'outputgericht',
      eenheid: Eenheid.Euros,
      frequentie: Frequentie.TotaalBinnenGeldigheidsduur,
      outputdefinitie: 'Schoon huis',
      vaststelling: '',
      declaratiemoment: ' ',
    }).map((b) => b.code);
    expect(codes).toEqual(['OUTPUTAFSPRAAK_ONTBREEKT', 'OUTPUTAFSPRAAK_ONTBREEKT']);
  });

  it('should refuse a per-day frequentie for dagdeel (CS338/CS343)', () => {
    expect(
      valideerBekostiging({ model: 'inspanningsgericht', eenheid: Eenheid.Dagdeel, frequentie: Frequentie.PerDag })[0]
        .code,
    ).toBe('FREQUENTIE_PAST_NIET_BIJ_EENHEID');
  });

  it('should list every problem of a lumpsum without indicators, budget or task', () => {
    const codes = valideerBekostiging({
      ...wijkteam,
      budget: 0,
      opdracht: { soort: 'taak', omschrijving: '' },
      verantwoording: { ...wijkteam.verantwoording, indicatoren: [] },
    }).map((b) => b.code);
    expect(codes).toEqual(['BUDGET_ONGELDIG', 'OPDRACHT_ONTBREEKT', 'INDICATOREN_ONTBREKEN']);
    expect(valideerBekostiging({ ...buurthuis, voorwaarden: [] }).map((b) => b.code)).toEqual([
      'VOORWAARDEN_ONTBREKEN',
    ]);
  });
});

describe('betaalschema and verantwoordingsschema', () => {
  it('should let lumpsum instalments fall due on schedule, moved off the weekend', () => {
    // 2027-01-15 Fri, 2027-04-15 Thu, 2027-07-15 Thu, 2027-10-15 Fri.
    expect(betaalschema(wijkteam).map((t) => [t.vervaldatum, t.bedrag])).toEqual([
      ['2027-01-15', 600_000_00],
      ['2027-04-15', 600_000_00],
      ['2027-07-15', 600_000_00],
      ['2027-10-15', 600_000_00],
    ]);
    // 2027-05-01 is a Saturday; the subsidy has no weekend rule, so it stays.
    expect(betaalschema(buurthuis)[4]).toMatchObject({ vervaldatum: '2027-05-01', bedrag: 3_750_00 });
  });

  it('should put verantwoording due a set number of days after each period', () => {
    expect(verantwoordingsschema(wijkteam).map((v) => v.uiterlijk)).toEqual([
      '2027-04-30',
      '2027-07-30',
      '2027-10-30',
      '2028-01-30',
    ]);
    expect(verantwoordingsschema(buurthuis)).toHaveLength(1);
    expect(verantwoordingsschema(buurthuis)[0].uiterlijk).toBe('2028-03-31'); // 2028 is a leap year: 31 + 29 + 31 days
  });
});
