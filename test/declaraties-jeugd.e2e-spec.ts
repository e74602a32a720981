import { DebetCredit, Domein, Eenheid, Frequentie, Uitvoeringsvariant } from '#keten/domain';
import {
  bouwBericht,
  maakHeader,
  parseBericht,
  type Bericht301,
  type Bericht323,
  type Prestatie,
} from '#keten/istandaarden';
import { Rol } from '#keten/platform';
import { voorbeeld301 } from '../libs/istandaarden/src/testing/voorbeeld-berichten.util.js';
import { valideerTegenXsd, xsdVoor } from '../libs/istandaarden/src/testing/xsd-validatie.util.js';
import { cijfers, http } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie } from './support/wacht.js';

// The Jeugdwet and the outputgericht variant end to end: a JW301, a raamovereenkomst with an outputgericht product, a
// JW323 through the API and the worker, and the JW325 against the official XSD. The Wmo, inspanningsgericht path and
// the concurrency, rerun and sweeper cases are in declaraties.e2e-spec.ts.

const BSN = '999990019';
const TARIEF = 15_000; // per stuk (output)
const APRIL = { begindatum: '2026-04-01', einddatum: '2026-04-30' };

function prestatie(referentieNummer: string, toewijzingNummer: number, stuks: number): Prestatie {
  return {
    productReferentie: { referentieNummer },
    toewijzingNummer,
    productCategorie: '45',
    productCode: '45A03',
    productPeriode: APRIL,
    geleverdVolume: stuks,
    eenheid: Eenheid.StuksOutput,
    productTarief: TARIEF,
    ingediendBedrag: { bedrag: stuks * TARIEF, debetCredit: DebetCredit.Debet },
  };
}

describe('a Jeugdwet declaratie on an outputgericht product (e2e, through the worker)', () => {
  let t: TestApp;
  let gemeente: Org;
  let aanbieder: Org;
  let aanbiederToken: string;

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true });
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    const toegang = await t.token(Rol.Toegang, gemeente.id);
    aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
    const contract = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: BOOTSTRAP_TOKEN,
      json: {
        nummer: `RO-${cijfers(8)}`,
        naam: 'Jeugdhulp outputgericht',
        inkoperId: gemeente.id,
        aanbiederId: aanbieder.id,
        gemeenteIds: [gemeente.id],
        domein: Domein.Jeugd,
        ingangsdatum: '2026-01-01',
        einddatum: '2027-12-31',
        maximaleWaardeCenten: 100_000_000,
        producten: [
          {
            productcategorie: '45',
            productcode: '45A03',
            uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
            omschrijving: 'Jeugdhulp',
            tarieven: [{ eenheid: Eenheid.StuksOutput, bedragCenten: TARIEF, ingangsdatum: '2026-01-01' }],
          },
        ],
      },
    });
    expect(contract.status).toBe(201);

    const b301 = voorbeeld301(Domein.Jeugd) as Bericht301;
    b301.header = maakHeader({
      afzender: gemeente.cbsCode!,
      ontvanger: aanbieder.agbCode!,
      berichtIdentificatie: { identificatie: `T${cijfers(8)}`, dagtekening: '2026-03-20' },
    });
    b301.client.bsn = BSN;
    b301.client.toegewezenProducten = [2001, 2002].map((toewijzingNummer) => ({
      toewijzingNummer,
      product: { categorie: '45', code: '45A03' },
      toewijzingsdatum: '2026-03-20',
      toewijzingstijd: '10:15:00',
      ingangsdatum: '2026-04-01',
      einddatum: '2026-12-31',
      omvang: { volume: 3, eenheid: Eenheid.StuksOutput, frequentie: Frequentie.PerWeek },
    }));
    const res = await http(t.url, 'POST', '/api/v1/berichten', {
      token: toegang,
      body: bouwBericht(b301),
      contentType: 'application/xml',
    });
    expect(res.body).toMatchObject({ berichtCode: '436', status: 'verwerkt', retourcodes: [] });
  });

  afterAll(() => t.close());

  /** Sends a 323 of this aanbieder in `domein` and waits for its beoordeling. */
  const declareer = async (domein: Domein, declaratieNummer: string, prestaties: Prestatie[]) => {
    const totaal = prestaties.reduce((s, p) => s + p.ingediendBedrag.bedrag, 0);
    const bericht: Bericht323 = {
      domein,
      berichtType: '323',
      berichtsoort: domein === Domein.Jeugd ? 'JW323' : 'WMO323',
      header: maakHeader({
        afzender: aanbieder.agbCode!,
        ontvanger: gemeente.cbsCode!,
        berichtIdentificatie: { identificatie: `I${cijfers(8)}`, dagtekening: '2026-05-06' },
      }),
      declaratie: {
        declaratieNummer,
        declaratiePeriode: APRIL,
        declaratieDagtekening: '2026-05-06',
        totaalIngediendBedrag: { totaalBedrag: totaal, debetCredit: DebetCredit.Debet },
        clienten: [{ bsn: BSN, prestaties }],
      },
    };
    const ontvangst = await http(t.url, 'POST', '/api/v1/berichten', {
      token: aanbiederToken,
      body: bouwBericht(bericht),
      contentType: 'application/xml',
    });
    expect(ontvangst.status).toBe(202);
    const declaratie = await beoordeeldeDeclaratie(t.url, ontvangst.body.resultaat.declaratieId, aanbiederToken);
    return { ontvangst, declaratie };
  };

  it('should count April by its Sundays (IV077), reject one over with 9321 and explain it, and answer with a JW325 the XSD accepts', async () => {
    // April 2026 has 4 Sundays (5, 12, 19, 26): 4 × 3 = 12 stuks; by ISO weeks it would have been 15.
    const { ontvangst, declaratie } = await declareer(Domein.Jeugd, `D${cijfers(8)}`, [
      prestatie('JW-OK', 2001, 12),
      prestatie('JW-VOL', 2002, 13),
    ]);
    expect(ontvangst.body).toMatchObject({ berichtCode: '490', status: 'verwerkt' });

    const perRef = Object.fromEntries(
      declaratie.prestaties.map((p: { referentieNummer: string }) => [p.referentieNummer, p]),
    );
    expect(perRef['JW-OK']).toMatchObject({ status: 'goedgekeurd', retourcodes: [] });
    expect(perRef['JW-VOL']).toMatchObject({ status: 'afgekeurd', retourcodes: ['9321'] });
    expect(perRef['JW-VOL'].toelichting).toContain('ten hoogste 12');
    expect(perRef['JW-VOL'].toelichting).toContain('zondag');
    expect(declaratie.totaalToegekend).toBe(12 * TARIEF);

    const retour = await http(t.url, 'GET', `/api/v1/berichten/${ontvangst.body.id}/retour`, { token: aanbiederToken });
    const { xsd, basis } = xsdVoor(Domein.Jeugd, '325');
    expect((await valideerTegenXsd(retour.body as string, xsd, basis)).fouten).toEqual([]);
    const antwoord = parseBericht(retour.body as string);
    if (!antwoord.ok || antwoord.bericht.berichtType !== '325') throw new Error(`no 325: ${JSON.stringify(antwoord)}`);
    expect(antwoord.bericht.berichtsoort).toBe('JW325');
    expect(antwoord.bericht.declaratieAntwoord!.totaalToegekendBedrag).toEqual({
      totaalBedrag: 12 * TARIEF,
      debetCredit: 'D',
    });
    expect(
      antwoord.bericht.declaratieAntwoord!.clienten!.flatMap((c) =>
        c.prestaties.map((p) => [p.productReferentie.referentieNummer, p.retourCodes]),
      ),
    ).toEqual([['JW-VOL', ['9321']]]);
  });

  it('should keep DeclaratieNummers apart per domein: the same number is new in the Wmo, reused in the Jeugdwet (TR333)', async () => {
    const nummer = `D${cijfers(8)}`;
    // Toewijzing 2002 has nothing approved in April (its line above was rejected), so this stands on its own.
    const { declaratie: eerste } = await declareer(Domein.Jeugd, nummer, [prestatie(`J${cijfers(8)}`, 2002, 1)]);
    const { declaratie: wmo } = await declareer(Domein.Wmo, nummer, [
      { ...prestatie(`W${cijfers(8)}`, 2001, 1), productCategorie: '02', productCode: '02A01' },
    ]);
    const { declaratie: jw } = await declareer(Domein.Jeugd, nummer, [prestatie(`J${cijfers(8)}`, 2002, 1)]);

    expect(eerste).toMatchObject({ retourcodes: ['8001'], totaalToegekend: TARIEF });

    // The Wmo declaratie is judged on its prestaties (there is no Wmo toewijzing 2001: 9338), not refused as a whole.
    expect(wmo.retourcodes).not.toContain('9333');
    expect(wmo.prestaties.map((p: { retourcodes: string[] }) => p.retourcodes)).toEqual([['9338']]);
    expect(jw.retourcodes).toContain('9333');
    expect(jw.totaalToegekend).toBe(0);
  });
});
