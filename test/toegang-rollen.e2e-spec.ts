import { Rol } from '#keten/platform';
import { maakOrganisatie } from './support/factories.js';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Who may call what, one line per operation of the OpenAPI document (`METHOD path` → the roles let through; the
 * beheerder always is). A new endpoint without a line here fails this test, which lists it with what it does now,
 * ready to paste after review. 'openbaar' = no sign-in needed.
 */
const A = Rol.Aanbieder;
const C = Rol.Controller;
const FB = Rol.FunctioneelBeheerder;
const I = Rol.Inkoopadviseur;
const T = Rol.Toegang;

const TOEGESTAAN: Record<string, readonly Rol[] | 'openbaar'> = {
  'GET /health': 'openbaar',
  'POST /api/v1/toegang/inloggen': 'openbaar',
  'GET /api/v1/toegang/oidc/start': 'openbaar',
  'GET /api/v1/toegang/oidc/terug': 'openbaar',
  'POST /api/v1/toegang/uitloggen': [FB, I, C, T, A],
  'GET /api/v1/toegang/ik': [FB, I, C, T, A],
  'POST /api/v1/toegang/ik/wachtwoord': [FB, I, C, T, A],
  'POST /api/v1/toegang/ik/totp': [FB, I, C, T, A],
  'POST /api/v1/toegang/ik/totp/bevestig': [FB, I, C, T, A],
  'POST /api/v1/toegang/gebruikers': [FB],
  'GET /api/v1/toegang/gebruikers': [FB],
  'GET /api/v1/toegang/gebruikers/{id}': [FB],
  'PATCH /api/v1/toegang/gebruikers/{id}': [FB],
  'POST /api/v1/toegang/tokens': [FB],
  'GET /api/v1/toegang/tokens': [FB],
  'POST /api/v1/toegang/tokens/{id}/intrekken': [FB],
  'GET /api/v1/toegang/audit': [FB],
  'GET /api/v1/toegang/audit/export': [FB],
  'POST /api/v1/organisaties': [],
  'GET /api/v1/organisaties': [I, C, T, A],
  'GET /api/v1/organisaties/{id}': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten': [I],
  'GET /api/v1/raamovereenkomsten': [I, C, T, A],
  'GET /api/v1/raamovereenkomsten/{id}': [I, C, T, A],
  'PATCH /api/v1/raamovereenkomsten/{id}': [I],
  'GET /api/v1/raamovereenkomsten/{id}/tarieven': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten/{id}/tarieven': [I],
  'GET /api/v1/raamovereenkomsten/{id}/tarieven/{tid}': [I, C, T, A],
  'GET /api/v1/raamovereenkomsten/{id}/tariefblad': [I, C, T, A],
  'PUT /api/v1/raamovereenkomsten/{id}/tariefblad': [I],
  'POST /api/v1/raamovereenkomsten/{id}/indexaties': [I],
  'GET /api/v1/raamovereenkomsten/{id}/indexaties': [I, C],
  'GET /api/v1/raamovereenkomsten/{id}/indexaties/{iid}': [I, C],
  'POST /api/v1/raamovereenkomsten/{id}/indexaties/{iid}/toepassen': [I],
  'POST /api/v1/indexaties': [I],
  'POST /api/v1/raamovereenkomsten/{id}/budgetten': [I],
  'GET /api/v1/raamovereenkomsten/{id}/budgetten': [I, C, T, A],
  'GET /api/v1/raamovereenkomsten/{id}/termijnen': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten/{id}/termijnen/{tid}/betaald': [I],
  'POST /api/v1/raamovereenkomsten/{id}/deelovereenkomsten': [I],
  'GET /api/v1/raamovereenkomsten/{id}/deelovereenkomsten': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten/{id}/prijsnormen': [I],
  'GET /api/v1/raamovereenkomsten/{id}/prijsnormen': [I, C, T, A],
  'GET /api/v1/raamovereenkomsten/{id}/verlengingen': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten/{id}/verlengingen': [I],
  'GET /api/v1/raamovereenkomsten/{id}/onderaannemers': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten/{id}/onderaannemers': [I],
  'POST /api/v1/raamovereenkomsten/{id}/toetredingen': [I],
  'GET /api/v1/raamovereenkomsten/{id}/productcodelijsten': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten/{id}/productcodelijsten': [I],
  'POST /api/v1/aanbestedingen': [I],
  'GET /api/v1/aanbestedingen': [I, C, T, A],
  'GET /api/v1/aanbestedingen/{id}': [I, C, T, A],
  'GET /api/v1/aanbestedingen/{id}/acties': [I, C],
  'POST /api/v1/aanbestedingen/{id}/acties': [I],
  'POST /api/v1/aanbestedingen/{id}/percelen/{perceel}/inschrijvingen': [A],
  'POST /api/v1/aanbestedingen/{id}/scores': [I, C, T],
  'GET /api/v1/aanbestedingen/{id}/scores': [I, C],
  'GET /api/v1/aanbestedingen/{id}/rangschikking': [I, C],
  'GET /api/v1/aanbestedingen/{id}/gebeurtenissen': [I, C],
  'POST /api/v1/aanbestedingen/{id}/raamovereenkomsten': [I],
  'POST /api/v1/aanbestedingen/{id}/documenten': [I],
  'GET /api/v1/aanbestedingen/{id}/documenten': [I, C, T, A],
  'GET /api/v1/aanbestedingen/{id}/documenten/{documentId}/inhoud': [I, C, T, A],
  'GET /api/v1/aanbestedingen/{id}/ocds': [I, C, T, A],
  'PUT /api/v1/organisaties/{organisatieId}/inkoopbeleid': [I],
  'GET /api/v1/organisaties/{organisatieId}/inkoopbeleid': [I, C],
  'POST /api/v1/toewijzingen': [T],
  'GET /api/v1/toewijzingen': [I, C, T, A],
  'GET /api/v1/toewijzingen/{id}': [I, C, T, A],
  'GET /api/v1/toewijzingen/{id}/bericht': [T, A],
  'POST /api/v1/declaraties': [A],
  'GET /api/v1/declaraties': [I, C, T, A],
  'POST /api/v1/declaraties/controle': [A],
  'GET /api/v1/declaraties/sjabloon': [A],
  'POST /api/v1/declaraties/excel': [A],
  'GET /api/v1/declaraties/{id}': [I, C, T, A],
  'GET /api/v1/declaraties/{id}/antwoord': [I, C, T, A],
  'POST /api/v1/berichten': [T, A],
  'GET /api/v1/berichten/{id}': [I, C, T, A],
  'GET /api/v1/berichten/{id}/retour': [I, C, T, A],
  'GET /health/ready': 'openbaar',
  'PUT /api/v1/organisaties/{id}/iban': [],
  'POST /api/v1/raamovereenkomsten/{id}/budgetten/{bid}/verantwoordingen': [A],
  'GET /api/v1/raamovereenkomsten/{id}/verantwoordingen': [I, C, T, A],
  'POST /api/v1/raamovereenkomsten/{id}/verantwoordingen/{vid}/beoordeling': [I],
  'POST /api/v1/raamovereenkomsten/{id}/termijnen/{tid}/vasthouden': [I],
  'GET /api/v1/openbaar/aanbestedingen/{id}/ocds': 'openbaar',
  'GET /api/v1/openbaar/aanbestedingen/{id}/ocds/record': 'openbaar',
  'GET /api/v1/aanbestedingen/{id}/gunningsbeslissing/{inschrijvingId}': [I, A],
  'GET /api/v1/aanbestedingen/{id}/gunningsbeslissing/{inschrijvingId}/pdf': [I, A],
  'POST /api/v1/aanbestedingen/{id}/veilingrondes': [I],
  'GET /api/v1/aanbestedingen/{id}/veilingrondes/{rid}': [I, A],
  'POST /api/v1/aanbestedingen/{id}/veilingrondes/{rid}/biedingen': [A],
  'POST /api/v1/aanbestedingen/{id}/veilingrondes/{rid}/sluiting': [I],
  'POST /api/v1/aanbestedingen/{id}/nadere-opdrachten': [I],
  'GET /api/v1/aanbestedingen/{id}/nadere-opdrachten/{nid}': [I, A],
  'POST /api/v1/aanbestedingen/{id}/nadere-opdrachten/{nid}/biedingen': [A],
  'POST /api/v1/aanbestedingen/{id}/nadere-opdrachten/{nid}/gunning': [I],
  'GET /api/v1/verzoeken': [T, A],
  'GET /api/v1/verzoeken/{id}': [T, A],
  'POST /api/v1/verzoeken/{id}/besluit': [T],
  'GET /api/v1/verzoeken/{id}/antwoord': [T, A],
  'POST /api/v1/declaraties/controle/bestand': [A],
  'GET /api/v1/sturing/wijken': [I, C],
  'PUT /api/v1/sturing/wijken': [C],
  'GET /api/v1/sturing/instellingen': [I, C],
  'PUT /api/v1/sturing/instellingen': [C],
  'POST /api/v1/sturing/budgetposten': [C],
  'GET /api/v1/sturing/budgetposten': [I, C],
  'POST /api/v1/sturing/begroting': [C],
  'GET /api/v1/sturing/begroting': [I, C],
  'GET /api/v1/sturing/begroting/sjabloon': [C],
  'POST /api/v1/sturing/begroting/excel': [C],
  'GET /api/v1/sturing/overzicht': [I, C],
  'GET /api/v1/sturing/realisatie': [I, C],
  'GET /api/v1/sturing/verplichtingen': [I, C],
  'GET /api/v1/sturing/signalen': [I, C],
  'GET /api/v1/sturing/prognose/backtest': [I, C],
  'GET /api/v1/sturing/rechtmatigheid': [I, C],
  'GET /api/v1/sturing/bekostiging-simulatie': [I, C],
  'POST /api/v1/betaalbatches': [C],
  'GET /api/v1/betaalbatches': [I, C],
  'GET /api/v1/betaalbatches/{id}': [I, C],
  'POST /api/v1/betaalbatches/{id}/goedkeuren': [C],
  'POST /api/v1/betaalbatches/{id}/afwijzen': [C],
  'GET /api/v1/betaalbatches/{id}/pain001': [I, C],
  'POST /api/v1/betaalbatches/{id}/betaald': [C],
};

/** Each role acts for an organisation of the kind it belongs to. */
const ROLLEN = Object.values(Rol);
const GEEN_ID = '00000000-0000-4000-8000-000000000000';

describe('every operation of the OpenAPI document, with every role (e2e)', () => {
  let t: TestApp;
  const tokens = new Map<Rol, string>();

  beforeAll(async () => {
    t = await startTestApp({
      config: { KETEN_LIMIET_INTAKE: '100000', KETEN_LIMIET_TOKENS: '100000', KETEN_LIMIET_INLOGGEN: '100000' },
    });
    const gemeente = await maakOrganisatie(t.url, 'gemeente');
    const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    for (const rol of ROLLEN)
      tokens.set(
        rol,
        await t.token(rol, rol === Rol.Beheerder ? null : rol === Rol.Aanbieder ? aanbieder.id : gemeente.id),
      );
  });

  afterAll(() => t.close());

  it('should let exactly the roles in the table through, and have a decision for every operation', async () => {
    const document = (await http(t.url, 'GET', '/api/docs/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operaties = Object.entries(document.paths).flatMap(([pad, methoden]) =>
      Object.keys(methoden)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ sleutel: `${m.toUpperCase()} ${pad}`, methode: m.toUpperCase(), pad })),
    );
    const gezien = new Map<string, Rol[] | 'openbaar'>();
    for (const { sleutel, methode, pad } of operaties) {
      const url = pad.replace(/\{[^}]+\}/g, GEEN_ID);
      const json = ['POST', 'PUT', 'PATCH'].includes(methode) ? {} : undefined;
      const anoniem = await http(t.url, methode, url, { json });
      if (anoniem.status !== 401) {
        gezien.set(sleutel, 'openbaar');
        continue;
      }
      const door: Rol[] = [];
      for (const rol of ROLLEN) {
        const res = await http(t.url, methode, url, { token: tokens.get(rol), json });
        if (res.status !== 401 && res.status !== 403) door.push(rol);
      }
      gezien.set(sleutel, door);
    }

    const regel = (sleutel: string) => {
      const g = gezien.get(sleutel)!;
      return `  '${sleutel}': ${
        g === 'openbaar'
          ? "'openbaar'"
          : `[${g
              .filter((r) => r !== Rol.Beheerder)
              .map(afkorting)
              .join(', ')}]`
      },`;
    };
    const zonderBesluit = [...gezien.keys()].filter((s) => !(s in TOEGESTAAN));
    const verouderd = Object.keys(TOEGESTAAN).filter((s) => !gezien.has(s));
    expect({ zonderBesluit: zonderBesluit.map(regel).join('\n'), verouderd }).toEqual({
      zonderBesluit: '',
      verouderd: [],
    });

    const afwijkend = [...gezien.keys()].filter((s) => {
      const verwacht = TOEGESTAAN[s];
      const g = gezien.get(s)!;
      if (verwacht === 'openbaar' || g === 'openbaar') return verwacht !== g;
      return [Rol.Beheerder, ...verwacht].sort().join() !== [...g].sort().join();
    });
    expect(afwijkend.map((s) => `${regel(s)}   (table: ${JSON.stringify(TOEGESTAAN[s])})`).join('\n')).toBe('');
  });
});

function afkorting(rol: Rol): string {
  return {
    [Rol.Aanbieder]: 'A',
    [Rol.Controller]: 'C',
    [Rol.FunctioneelBeheerder]: 'FB',
    [Rol.Inkoopadviseur]: 'I',
    [Rol.Toegang]: 'T',
    [Rol.Beheerder]: 'beheerder',
  }[rol];
}
