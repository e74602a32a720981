import { Domein, Eenheid, Uitvoeringsvariant } from '#keten/domain';
import { cijfers, http } from './http.js';
import { BOOTSTRAP_TOKEN } from './test-app.js';

export interface Org {
  id: string;
  naam: string;
  cbsCode: string | null;
  agbCode: string | null;
}

/** Registers an organisatie through the API (as beheerder), retrying when a random code happens to be taken. */
export async function maakOrganisatie(
  url: string,
  soort: 'gemeente' | 'aanbieder' | 'regio',
  extra: Record<string, unknown> = {},
): Promise<Org> {
  for (let poging = 0; poging < 5; poging++) {
    const body =
      soort === 'gemeente'
        ? { soort, naam: `Gemeente T${cijfers(6)}`, cbsCode: cijfers(4), ...extra }
        : soort === 'aanbieder'
          ? { soort, naam: `Aanbieder T${cijfers(6)}`, agbCode: cijfers(8), ...extra }
          : { soort, naam: `Regio T${cijfers(8)}`, ...extra };
    const res = await http<Org>(url, 'POST', '/api/v1/organisaties', { token: BOOTSTRAP_TOKEN, json: body });
    if (res.status === 201) return res.body;
    if (res.status !== 409) throw new Error(`organisatie not created: ${res.status} ${JSON.stringify(res.body)}`);
  }
  throw new Error('no free code after 5 attempts');
}

export function raamovereenkomstDocument(
  inkoperId: string,
  aanbiederId: string,
  gemeenteIds: string[],
  extra: Record<string, unknown> = {},
) {
  return {
    nummer: `RO-${cijfers(10)}`,
    naam: 'Begeleiding 2026',
    inkoperId,
    aanbiederId,
    gemeenteIds,
    domein: Domein.Wmo,
    ingangsdatum: '2026-01-01',
    einddatum: '2027-12-31',
    maximaleWaardeCenten: 50_000_000,
    producten: [
      {
        productcategorie: '02',
        productcode: '02A01',
        uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
        omschrijving: 'Individuele begeleiding',
        tarieven: [
          { eenheid: Eenheid.Uur, bedragCenten: 6392, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
          { eenheid: Eenheid.Uur, bedragCenten: 6583, ingangsdatum: '2027-01-01' },
        ],
      },
    ],
    ...extra,
  };
}
