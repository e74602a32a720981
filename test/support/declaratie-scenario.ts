import { Domein, Eenheid, Frequentie, Uitvoeringsvariant } from '#keten/domain';
import { Rol } from '#keten/platform';
import { maakOrganisatie, type Org } from './factories.js';
import { cijfers, http } from './http.js';
import { BOOTSTRAP_TOKEN, type TestApp } from './test-app.js';

export const SCENARIO_BSN = '999990019';
export const SCENARIO_UURTARIEF = 6392;

export interface DeclaratieScenario {
  gemeente: Org;
  aanbieder: Org;
  toegangToken: string;
  aanbiederToken: string;
}

/**
 * A gemeente and an aanbieder with a raamovereenkomst (02A01 begeleiding per uur, € 63,92 in 2026) and, through the
 * JSON API, toewijzingen of 4 uur per week from April 2026 with the given numbers.
 */
export async function maakDeclaratieScenario(t: TestApp, toewijzingNummers: number[]): Promise<DeclaratieScenario> {
  const gemeente = await maakOrganisatie(t.url, 'gemeente');
  const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
  const toegangToken = await t.token(Rol.Toegang, gemeente.id);
  const aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
  const contract = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
    token: BOOTSTRAP_TOKEN,
    json: {
      nummer: `RO-${cijfers(8)}`,
      naam: 'Begeleiding',
      inkoperId: gemeente.id,
      aanbiederId: aanbieder.id,
      gemeenteIds: [gemeente.id],
      domein: Domein.Wmo,
      ingangsdatum: '2026-01-01',
      einddatum: '2027-12-31',
      maximaleWaardeCenten: 100_000_000,
      producten: [
        {
          productcategorie: '02',
          productcode: '02A01',
          uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
          omschrijving: 'Begeleiding',
          tarieven: [{ eenheid: Eenheid.Uur, bedragCenten: SCENARIO_UURTARIEF, ingangsdatum: '2026-01-01' }],
        },
      ],
    },
  });
  if (contract.status !== 201) throw new Error(`contract: ${contract.status} ${JSON.stringify(contract.body)}`);
  const toewijzingen = await http(t.url, 'POST', '/api/v1/toewijzingen', {
    token: toegangToken,
    json: {
      domein: Domein.Wmo,
      gemeenteCode: gemeente.cbsCode,
      aanbiederAgb: aanbieder.agbCode,
      bsn: SCENARIO_BSN,
      producten: toewijzingNummers.map((toewijzingNummer) => ({
        toewijzingNummer,
        productCategorie: '02',
        productCode: '02A01',
        toewijzingsdatum: '2026-03-20',
        toewijzingstijd: '10:15:00',
        ingangsdatum: '2026-04-01',
        einddatum: '2026-12-31',
        omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
      })),
    },
  });
  if (toewijzingen.status !== 200)
    throw new Error(`toewijzingen: ${toewijzingen.status} ${JSON.stringify(toewijzingen.body)}`);
  return { gemeente, aanbieder, toegangToken, aanbiederToken };
}
