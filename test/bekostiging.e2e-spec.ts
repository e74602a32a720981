import { DebetCredit, Domein, Eenheid, Frequentie, Uitvoeringsvariant } from '#keten/domain';
import { Rol } from '#keten/platform';
import { maakOrganisatie, type Org } from './support/factories.js';
import { cijfers, http } from './support/http.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie } from './support/wacht.js';

// P×Q (inspanningsgericht, per uur) and resultaat (outputgericht, per stuk per maand) declared across 1 January,
// when the contract's tariffs change: each ProductPeriode is priced with the tariff valid then (TR418).
const UUR_2025 = 6150;
const UUR_2026 = 6392;
const STUK_2025 = 16500;
const STUK_2026 = 17150;
const BSN = '999990019';

describe('bekostiging P×Q and resultaat through declaraties, across a tariff change on 1 January (e2e)', () => {
  let t: TestApp;
  let gemeente: Org;
  let aanbieder: Org;
  let aanbiederToken: string;

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true });
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
    const toegang = await t.token(Rol.Toegang, gemeente.id);
    const contract = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: BOOTSTRAP_TOKEN,
      json: {
        nummer: `RO-${cijfers(8)}`,
        naam: 'Begeleiding en huishoudelijke hulp',
        inkoperId: gemeente.id,
        aanbiederId: aanbieder.id,
        gemeenteIds: [gemeente.id],
        domein: Domein.Wmo,
        ingangsdatum: '2025-01-01',
        einddatum: '2027-12-31',
        maximaleWaardeCenten: 100_000_000,
        producten: [
          {
            productcategorie: '02',
            productcode: '02A01',
            uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
            omschrijving: 'Begeleiding',
            tarieven: [
              { eenheid: Eenheid.Uur, bedragCenten: UUR_2025, ingangsdatum: '2025-01-01', einddatum: '2025-12-31' },
              { eenheid: Eenheid.Uur, bedragCenten: UUR_2026, ingangsdatum: '2026-01-01' },
            ],
          },
          {
            productcategorie: '01',
            productcode: '01A01',
            uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
            omschrijving: 'Schoon huis per maand',
            tarieven: [
              {
                eenheid: Eenheid.StuksOutput,
                bedragCenten: STUK_2025,
                ingangsdatum: '2025-01-01',
                einddatum: '2025-12-31',
              },
              { eenheid: Eenheid.StuksOutput, bedragCenten: STUK_2026, ingangsdatum: '2026-01-01' },
            ],
          },
        ],
      },
    });
    expect(contract.status).toBe(201);
    const toewijzingen = await http(t.url, 'POST', '/api/v1/toewijzingen', {
      token: toegang,
      json: {
        domein: Domein.Wmo,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: aanbieder.agbCode,
        bsn: BSN,
        producten: [
          {
            toewijzingNummer: 3001,
            productCategorie: '02',
            productCode: '02A01',
            toewijzingsdatum: '2025-11-20',
            toewijzingstijd: '09:00:00',
            ingangsdatum: '2025-12-01',
            einddatum: '2026-02-28',
            omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
          },
          {
            toewijzingNummer: 3002,
            productCategorie: '01',
            productCode: '01A01',
            toewijzingsdatum: '2025-11-20',
            toewijzingstijd: '09:00:00',
            ingangsdatum: '2025-12-01',
            einddatum: '2026-02-28',
            omvang: { volume: 1, eenheid: Eenheid.StuksOutput, frequentie: Frequentie.PerMaand },
          },
        ],
      },
    });
    expect(toewijzingen.status).toBe(200);
  });

  afterAll(() => t.close());

  const maand = (jjjjmm: string) => {
    const [j, m] = jjjjmm.split('-').map(Number);
    return { begindatum: `${jjjjmm}-01`, einddatum: new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10) };
  };

  async function declareer(
    jjjjmm: string,
    prestaties: { nummer: number; code: string; cat: string; eenheid: Eenheid; volume: number; tarief: number }[],
  ) {
    const periode = maand(jjjjmm);
    const regels = prestaties.map((p) => ({
      bsn: BSN,
      referentieNummer: `R${cijfers(10)}`,
      toewijzingNummer: p.nummer,
      productCategorie: p.cat,
      productCode: p.code,
      productPeriode: periode,
      geleverdVolume: p.volume,
      eenheid: p.eenheid,
      productTarief: p.tarief,
      ingediendBedrag: { bedrag: p.volume * p.tarief, debetCredit: DebetCredit.Debet },
    }));
    const totaal = regels.reduce((s, r) => s + r.ingediendBedrag.bedrag, 0);
    const res = await http(t.url, 'POST', '/api/v1/declaraties', {
      token: aanbiederToken,
      json: {
        domein: 'wmo',
        gemeenteCode: gemeente.cbsCode,
        declaratieNummer: `D${cijfers(10)}`,
        declaratiePeriode: periode,
        dagtekening: '2026-03-05',
        totaalIngediendBedrag: { bedrag: totaal, debetCredit: 'D' },
        prestaties: regels,
      },
    });
    expect(res.status).toBe(202);
    return beoordeeldeDeclaratie(t.url, res.body.id, aanbiederToken);
  }

  it('should approve December at the 2025 tariffs and January at the 2026 tariffs, and reject an old tariff in February', async () => {
    const december = await declareer('2025-12', [
      { nummer: 3001, cat: '02', code: '02A01', eenheid: Eenheid.Uur, volume: 8, tarief: UUR_2025 },
      { nummer: 3002, cat: '01', code: '01A01', eenheid: Eenheid.StuksOutput, volume: 1, tarief: STUK_2025 },
    ]);
    expect(december.prestaties.map((p: { status: string }) => p.status)).toEqual(['goedgekeurd', 'goedgekeurd']);
    expect(december.totaalToegekend).toBe(8 * UUR_2025 + STUK_2025);

    const januari = await declareer('2026-01', [
      { nummer: 3001, cat: '02', code: '02A01', eenheid: Eenheid.Uur, volume: 8, tarief: UUR_2026 },
      { nummer: 3002, cat: '01', code: '01A01', eenheid: Eenheid.StuksOutput, volume: 1, tarief: STUK_2026 },
    ]);
    expect(januari.prestaties.map((p: { status: string }) => p.status)).toEqual(['goedgekeurd', 'goedgekeurd']);
    expect(januari.totaalToegekend).toBe(8 * UUR_2026 + STUK_2026);

    const februari = await declareer('2026-02', [
      { nummer: 3001, cat: '02', code: '02A01', eenheid: Eenheid.Uur, volume: 8, tarief: UUR_2025 },
    ]);
    expect(februari.prestaties[0]).toMatchObject({ status: 'afgekeurd', retourcodes: ['0611'] });
    expect(februari.prestaties[0].toelichting).toContain('63,92');
    expect(februari.totaalToegekend).toBe(0);
  });
});
