import {
  Domein,
  Eenheid,
  Frequentie,
  isGeldigBsn,
  plusDagen,
  plusWerkdagen,
  RedenAfwijzingVerzoek,
  RedenVerzoek,
  Uitvoeringsvariant,
  vandaag,
  VerzoekAntwoord,
} from '#keten/domain';
import {
  bouwBericht,
  maakHeader,
  parseBericht,
  XSD_VERSIE,
  type AangevraagdProduct,
  type Bericht,
  type Bericht301,
  type Bericht315,
  type Bericht317,
  type Bericht320,
  type BerichtType,
  type ToegewezenProduct,
  type Verzoek,
} from '#keten/istandaarden';
import { Rol } from '#keten/platform';
import { voorbeeld301 } from '../libs/istandaarden/src/testing/voorbeeld-berichten.util.js';
import { valideerTegenXsd, xsdVoor } from '../libs/istandaarden/src/testing/xsd-validatie.util.js';
import { cijfers, http } from './support/http.js';
import { maakOrganisatie, raamovereenkomstDocument, type Org } from './support/factories.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';

function willekeurigBsn(): string {
  for (;;) {
    const bsn = `9${cijfers(8)}`;
    if (isGeldigBsn(bsn)) return bsn;
  }
}

const PRODUCT: Record<Domein, { categorie: string; code: string }> = {
  [Domein.Wmo]: { categorie: '02', code: '02A01' },
  [Domein.Jeugd]: { categorie: '45', code: '45A03' },
};
const uren = (volume: number) => ({ volume, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek });

describe.each([Domein.Wmo, Domein.Jeugd])('verzoeken om toewijzing (315) en wijziging (317), %s (e2e)', (domein) => {
  let t: TestApp;
  let gemeente: Org;
  let aanbieder: Org;
  let toegang: string;
  let aanbiederToken: string;
  let anderAanbiederToken: string;
  let andereToegang: string;
  const VANDAAG = vandaag();
  const product = PRODUCT[domein];

  const stuur = (b: Bericht | string, token = aanbiederToken) =>
    http(t.url, 'POST', '/api/v1/berichten', {
      token,
      body: typeof b === 'string' ? b : bouwBericht(b),
      contentType: 'application/xml',
    });
  const header = (dagtekening = VANDAAG) =>
    maakHeader({
      afzender: aanbieder.agbCode!,
      ontvanger: gemeente.cbsCode!,
      berichtIdentificatie: { identificatie: `V${cijfers(10)}`, dagtekening },
    });
  const aangevraagd = (referentieAanbieder: string, extra: Partial<AangevraagdProduct> = {}): AangevraagdProduct => ({
    referentieAanbieder,
    product,
    toewijzingIngangsdatum: '2027-01-01',
    toewijzingEinddatum: '2027-06-30',
    omvang: uren(4),
    verwijzer:
      domein === Domein.Jeugd ? { type: '02', zorgverlenerCode: '01234567' } : { type: '01', naam: 'Wmo-consulent' },
    ...extra,
  });
  const bericht315 = (bsn: string, producten: AangevraagdProduct[], dagtekening = VANDAAG): Bericht315 => ({
    domein,
    berichtType: '315',
    berichtsoort: domein === Domein.Wmo ? 'WMO315' : 'JW315',
    header: header(dagtekening),
    client: {
      bsn,
      geboortedatum: { datum: '2012-03-04' },
      geslacht: '2',
      naam: { geslachtsnaam: { achternaam: 'Verzoek' }, voorletters: 'A' },
      aangevraagdeProducten: producten,
    },
  });
  const bericht317 = (bsn: string, verzoek: Verzoek): Bericht317 => ({
    domein,
    berichtType: '317',
    berichtsoort: domein === Domein.Wmo ? 'WMO317' : 'JW317',
    header: header(),
    client: { bsn, verzoek },
  });
  const xsdFouten = async (xml: string, type: BerichtType) => {
    const { xsd, basis } = xsdVoor(domein, type);
    return (await valideerTegenXsd(xml, xsd, basis)).fouten;
  };
  const xmlVan = async <T extends Bericht['berichtType']>(pad: string, type: T, token = aanbiederToken) => {
    const res = await http(t.url, 'GET', pad, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const parse = parseBericht(res.body as string);
    if (!parse.ok || parse.bericht.berichtType !== type) throw new Error(`no ${type} at ${pad}`);
    expect(await xsdFouten(res.body as string, type)).toEqual([]);
    return parse.bericht as Extract<Bericht, { berichtType: T }>;
  };
  const verzoekenVan = async (b: Bericht315 | Bericht317) => {
    const res = await stuur(b);
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('verwerkt');
    return {
      berichtId: res.body.id as string,
      verzoeken: res.body.resultaat.verzoeken as { verzoekId: string; status: string; retourcodes: string[] }[],
    };
  };
  const besluit = (id: string, body: Record<string, unknown>, token = toegang) =>
    http(t.url, 'POST', `/api/v1/verzoeken/${id}/besluit`, { token, json: body });
  const stuur301 = async (bsn: string, producten: ToegewezenProduct[]) => {
    const b = voorbeeld301(domein) as Bericht301;
    b.header = maakHeader({
      afzender: gemeente.cbsCode!,
      ontvanger: aanbieder.agbCode!,
      berichtIdentificatie: { identificatie: `T${cijfers(10)}`, dagtekening: VANDAAG },
    });
    b.client.bsn = bsn;
    b.client.toegewezenProducten = producten;
    expect((await stuur(b, toegang)).body).toMatchObject({ status: 'verwerkt', retourcodes: [] });
  };

  beforeAll(async () => {
    t = await startTestApp();
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    const anderAanbieder = await maakOrganisatie(t.url, 'aanbieder');
    const andereGemeente = await maakOrganisatie(t.url, 'gemeente');
    toegang = await t.token(Rol.Toegang, gemeente.id);
    aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
    anderAanbiederToken = await t.token(Rol.Aanbieder, anderAanbieder.id);
    andereToegang = await t.token(Rol.Toegang, andereGemeente.id);
  });

  afterAll(() => t.close());

  describe('a 315 honoured and refused', () => {
    const BSN = willekeurigBsn();
    const REF_A = `A-${cijfers(8)}`;
    const REF_B = `B-${cijfers(8)}`;
    let berichtId: string;
    let idA: string;
    let idB: string;

    beforeAll(async () => {
      const r = await verzoekenVan(
        bericht315(BSN, [
          aangevraagd(REF_A),
          aangevraagd(REF_B, { toewijzingIngangsdatum: '2027-02-01', omvang: uren(2) }),
        ]),
      );
      berichtId = r.berichtId;
      expect(r.verzoeken.map((v) => [v.status, v.retourcodes])).toEqual([
        ['open', []],
        ['open', []],
      ]);
      [idA, idB] = r.verzoeken.map((v) => v.verzoekId);
    });

    it('should answer the 315 with a 316 without Client that the XSD accepts (OP065)', async () => {
      const r316 = await xmlVan(`/api/v1/berichten/${berichtId}/retour`, '316');
      expect(r316.header.retourCodes).toEqual(['0200']);
      expect(r316.client).toBeUndefined();
    });

    it('should put both in the work queue of the toegang with their deadline, and show them to the aanbieder but no one else', async () => {
      const lijst = await http(t.url, 'GET', '/api/v1/verzoeken?openstaand=true', { token: toegang });
      expect(lijst.status).toBe(200);
      const a = lijst.body.find((v: { id: string }) => v.id === idA);
      expect(a).toMatchObject({
        soort: 'toewijzing',
        status: 'open',
        domein,
        referentieAanbieder: REF_A,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: aanbieder.agbCode,
        dagtekening: VANDAAG,
        termijn: plusWerkdagen(VANDAAG, 5),
        teLaat: false,
        gevraagd: { referentieAanbieder: REF_A, toewijzingIngangsdatum: '2027-01-01' },
      });
      expect(lijst.body.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining([idA, idB]));
      expect(
        (await http(t.url, 'GET', '/api/v1/verzoeken', { token: aanbiederToken })).body.map(
          (v: { id: string }) => v.id,
        ),
      ).toEqual(expect.arrayContaining([idA, idB]));
      expect((await http(t.url, 'GET', '/api/v1/verzoeken', { token: anderAanbiederToken })).body).toEqual([]);
      expect((await http(t.url, 'GET', '/api/v1/verzoeken', { token: andereToegang })).body).toEqual([]);
      expect((await http(t.url, 'GET', `/api/v1/verzoeken/${idA}`, { token: andereToegang })).status).toBe(404);
      expect((await http(t.url, 'GET', `/api/v1/verzoeken/${idA}`, { token: anderAanbiederToken })).status).toBe(404);
      expect((await besluit(idA, { besluit: 'toekennen' }, andereToegang)).status).toBe(404);
      expect((await besluit(idA, { besluit: 'toekennen' }, aanbiederToken)).status).toBe(403);
    });

    it('should honour A with a 301 that copies the verzoek with its ReferentieAanbieder (OP348, TR379), linked to the verzoek', async () => {
      const detail = await http(t.url, 'GET', `/api/v1/verzoeken/${idA}`, { token: toegang });
      expect(detail.body).toMatchObject({ bsn: BSN, actueleToewijzingen: [], antwoorden: [], toewijzingen: [] });
      // The aanbieder has no contract with this gemeente: a hint for the toegang, not a refusal (OP296).
      expect(detail.body.signalen).toEqual([
        expect.objectContaining({ signaal: 'geen-contract', regel: 'OP296', redenAfwijzing: '3' }),
      ]);
      const res = await besluit(idA, { besluit: 'toekennen' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'toegekend', teLaat: false });
      expect(res.body.toewijzingen).toHaveLength(1);
      const [{ id, toewijzingNummer }] = res.body.toewijzingen;

      const b301 = await xmlVan(`/api/v1/toewijzingen/${id}/bericht`, '301');
      expect(b301.header).toMatchObject({ afzender: gemeente.cbsCode, ontvanger: aanbieder.agbCode });
      expect(b301.client.bsn).toBe(BSN);
      expect(b301.client.naam.geslachtsnaam.achternaam).toBe('Verzoek');
      expect(b301.client.toegewezenProducten).toEqual([
        expect.objectContaining({
          toewijzingNummer,
          referentieAanbieder: REF_A,
          product,
          ingangsdatum: '2027-01-01',
          einddatum: '2027-06-30',
          omvang: uren(4),
        }),
      ]);
      expect(b301.client.toegewezenProducten[0].redenWijziging).toBeUndefined();
      // Decided: no longer in the work queue, and not decided twice (TR359).
      const open = await http(t.url, 'GET', '/api/v1/verzoeken?openstaand=true', { token: toegang });
      expect(open.body.map((v: { id: string }) => v.id)).not.toContain(idA);
      expect((await besluit(idA, { besluit: 'afwijzen', redenAfwijzing: '4' })).status).toBe(409);
    });

    it('should answer B "in onderzoek" once with a 319 (8 weken), then refuse it with a 319 naming the reason (TR360, CD085)', async () => {
      const onderzoek = await besluit(idB, { besluit: 'in-onderzoek' });
      expect(onderzoek.body).toMatchObject({ status: 'in_onderzoek', termijn: plusDagen(VANDAAG, 56) });
      const eerste = await xmlVan(`/api/v1/verzoeken/${idB}/antwoord`, '319');
      expect(eerste.header).toMatchObject({ afzender: gemeente.cbsCode, ontvanger: aanbieder.agbCode });
      expect(eerste.antwoord).toEqual({
        referentieAanbieder: REF_B,
        verzoekAntwoord: VerzoekAntwoord.AanvraagInOnderzoek,
      });
      expect((await besluit(idB, { besluit: 'in-onderzoek' })).status).toBe(409);

      // A refusal names its reason (CD085); iJw's woonplaatsbeginsel names the responsible gemeente (TR377/TR409).
      const fout = await besluit(idB, { besluit: 'afwijzen' });
      expect(fout.status).toBe(400);
      expect(fout.body.fouten).toEqual([expect.objectContaining({ veld: 'redenAfwijzing' })]);
      const reden =
        domein === Domein.Jeugd
          ? RedenAfwijzingVerzoek.Woonplaatsbeginsel
          : RedenAfwijzingVerzoek.PastNietBinnenContract;
      if (domein === Domein.Jeugd)
        expect((await besluit(idB, { besluit: 'afwijzen', redenAfwijzing: reden })).body.fouten).toEqual([
          expect.objectContaining({ veld: 'woonplaatsbeginselGemeente' }),
        ]);
      const extra = domein === Domein.Jeugd ? { woonplaatsbeginselGemeente: '0363' } : {};
      const af = await besluit(idB, { besluit: 'afwijzen', redenAfwijzing: reden, ...extra });
      expect(af.status).toBe(200);
      expect(af.body).toMatchObject({ status: 'afgewezen', redenAfwijzing: reden, toewijzingen: [] });
      expect(
        af.body.antwoorden.map((a: { volgnummer: number; verzoekAntwoord: string }) => [
          a.volgnummer,
          a.verzoekAntwoord,
        ]),
      ).toEqual([
        [1, '2'],
        [2, '1'],
      ]);

      const b319 = await xmlVan(`/api/v1/verzoeken/${idB}/antwoord`, '319');
      expect(b319.antwoord).toEqual({
        referentieAanbieder: REF_B,
        verzoekAntwoord: VerzoekAntwoord.VerzoekAfgewezen,
        redenAfwijzingVerzoek: reden,
        ...(domein === Domein.Jeugd ? { woonplaatsbeginsel: { gemeente: '0363' } } : {}),
      });
      expect((await xmlVan(`/api/v1/verzoeken/${idB}/antwoord?volgnummer=1`, '319')).antwoord.verzoekAntwoord).toBe(
        VerzoekAntwoord.AanvraagInOnderzoek,
      );
      expect((await besluit(idB, { besluit: 'toekennen' })).status).toBe(409);

      // The aanbieder's 320 on that 319 is read and kept with the answer.
      const b320: Bericht320 = {
        domein,
        berichtType: '320',
        berichtsoort: domein === Domein.Wmo ? 'WMO320' : 'JW320',
        header: {
          ...b319.header,
          identificatieRetour: `R${cijfers(10)}`,
          dagtekeningRetour: VANDAAG,
          xsdVersieRetour: { ...XSD_VERSIE },
          retourCodes: ['0200'],
        },
        antwoord: {
          referentieAanbieder: b319.antwoord.referentieAanbieder,
          verzoekAntwoord: b319.antwoord.verzoekAntwoord,
          redenAfwijzingVerzoek: b319.antwoord.redenAfwijzingVerzoek,
          ...(b319.antwoord.woonplaatsbeginsel
            ? { woonplaatsbeginsel: { ...b319.antwoord.woonplaatsbeginsel, retourCodes: ['0200'] } }
            : {}),
          retourCodes: ['0200'],
        },
      };
      expect(await xsdFouten(bouwBericht(b320), '320')).toEqual([]);
      const r320 = await stuur(b320);
      expect(r320.body).toMatchObject({
        status: 'verwerkt',
        resultaat: { antwoordRetour: { verzoekId: idB, retourcodes: ['0200'] } },
      });
      const na = await http(t.url, 'GET', `/api/v1/verzoeken/${idB}`, { token: aanbiederToken });
      expect(na.body.antwoorden.map((a: { retourCodes: string[] | null }) => a.retourCodes)).toEqual([null, ['0200']]);
      // A 320 only from the aanbieder it was sent to.
      expect(
        (
          await stuur(
            { ...b320, header: { ...b320.header, identificatieRetour: `R${cijfers(10)}` } },
            anderAanbiederToken,
          )
        ).status,
      ).toBe(403);
    });
  });

  describe('a 315 refused on receipt', () => {
    it('should refuse a used ReferentieAanbieder with 9347 on its AangevraagdProduct in the 316 (TR347), and take the other product', async () => {
      const REF = `R-${cijfers(8)}`;
      await verzoekenVan(bericht315(willekeurigBsn(), [aangevraagd(REF)]));
      const r = await verzoekenVan(bericht315(willekeurigBsn(), [aangevraagd(`N-${cijfers(8)}`), aangevraagd(REF)]));
      expect(r.verzoeken.map((v) => [v.status, v.retourcodes])).toEqual([
        ['open', []],
        ['afgekeurd', ['9347']],
      ]);
      const r316 = await xmlVan(`/api/v1/berichten/${r.berichtId}/retour`, '316');
      expect(r316.client!.aangevraagdeProducten.map((p) => p.retourCodes)).toEqual([['0200'], ['9347']]);
      expect(r316.client!.retourCodes).toEqual(['0200']);
      // Refused on receipt: not in the work queue.
      const open = await http(t.url, 'GET', '/api/v1/verzoeken?openstaand=true&limiet=500', { token: toegang });
      expect(open.body.map((v: { id: string }) => v.id)).not.toContain(r.verzoeken[1].verzoekId);
    });

    it('should refuse a second verzoek while one is onderhanden with 9374 on the Client (TR374)', async () => {
      const bsn = willekeurigBsn();
      await verzoekenVan(bericht315(bsn, [aangevraagd(`O-${cijfers(8)}`)]));
      const r = await verzoekenVan(bericht315(bsn, [aangevraagd(`P-${cijfers(8)}`)]));
      expect(r.verzoeken.map((v) => v.retourcodes)).toEqual([['9374']]);
      const r316 = await xmlVan(`/api/v1/berichten/${r.berichtId}/retour`, '316');
      expect(r316.client!.retourCodes).toEqual(['9374']);
    });

    it('should reject a 315 with a BeschikkingNummer without its date technically (CD043 → 0001), with the code on that product', async () => {
      const res = await stuur(
        bericht315(willekeurigBsn(), [aangevraagd(`Q-${cijfers(8)}`, { beschikkingNummer: 12345 })]),
      );
      expect(res.body).toMatchObject({ status: 'afgekeurd', retourcodes: ['0001'] });
      expect(res.body.reden).toMatch(/CD043/);
      const r316 = await xmlVan(`/api/v1/berichten/${res.body.id}/retour`, '316');
      expect(r316.client!.aangevraagdeProducten[0].retourCodes).toEqual(['0001']);
    });

    it('should flag a verzoek waiting past its 5 werkdagen as te laat (OP274/OP346)', async () => {
      const dagtekening = plusDagen(VANDAAG, -21);
      const r = await verzoekenVan(bericht315(willekeurigBsn(), [aangevraagd(`L-${cijfers(8)}`)], dagtekening));
      const laat = await http(t.url, 'GET', '/api/v1/verzoeken?teLaat=true&limiet=500', { token: toegang });
      expect(laat.body.find((v: { id: string }) => v.id === r.verzoeken[0].verzoekId)).toMatchObject({
        teLaat: true,
        termijn: plusWerkdagen(dagtekening, 5),
      });
      expect(laat.body.every((v: { teLaat: boolean }) => v.teLaat)).toBe(true);
    });
  });

  describe('a 317 that changes an existing toewijzing', () => {
    const BSN = willekeurigBsn();
    const basis = (toewijzingNummer: number, extra: Partial<ToegewezenProduct> = {}): ToegewezenProduct => ({
      toewijzingNummer,
      product,
      toewijzingsdatum: '2026-03-20',
      toewijzingstijd: '10:15:00',
      ingangsdatum: '2026-04-01',
      einddatum: '2027-12-31',
      omvang: uren(4),
      ...extra,
    });

    beforeAll(async () => {
      await stuur301(BSN, [basis(5001), basis(5002, { product: { categorie: product.categorie }, omvang: undefined })]);
    });

    it('should refuse a VOW that leaves out a current toewijzing (9349) or names an unknown one (9351), in the 318', async () => {
      const r = await verzoekenVan(
        bericht317(BSN, {
          referentieAanbieder: `W-${cijfers(8)}`,
          redenVerzoek: RedenVerzoek.WijzigingZorgplan,
          teWijzigenProducten: [
            { toewijzingNummer: 5001, gewensteIngangsdatum: '2027-01-01', omvang: uren(6) },
            { toewijzingNummer: 5999, gewensteIngangsdatum: '2027-01-01', omvang: uren(6) },
          ],
        }),
      );
      expect(r.verzoeken.map((v) => [v.status, [...v.retourcodes].sort()])).toEqual([['afgekeurd', ['9349', '9351']]]);
      const r318 = await xmlVan(`/api/v1/berichten/${r.berichtId}/retour`, '318');
      expect(r318.client!.verzoek.retourCodes).toEqual(['9349']);
      expect(r318.client!.verzoek.teWijzigenProducten!.map((p) => p.retourCodes)).toEqual([['0200'], ['9351']]);
    });

    it('should honour a change of omvang by ending the toewijzing and issuing a new ToewijzingNummer from the desired date (IV066), in one 301', async () => {
      const REF = `W-${cijfers(8)}`;
      const r = await verzoekenVan(
        bericht317(BSN, {
          referentieAanbieder: REF,
          redenVerzoek: RedenVerzoek.VeranderingClientsituatie,
          ongewijzigdeProducten: [{ toewijzingNummer: 5002 }],
          teWijzigenProducten: [
            { toewijzingNummer: 5001, gewensteIngangsdatum: '2027-01-01', einddatum: '2027-12-31', omvang: uren(6) },
          ],
        }),
      );
      expect(r.verzoeken.map((v) => [v.status, v.retourcodes])).toEqual([['open', []]]);
      const r318 = await xmlVan(`/api/v1/berichten/${r.berichtId}/retour`, '318');
      expect(r318.header.retourCodes).toEqual(['0200']);
      expect(r318.client).toBeUndefined();

      const detail = await http(t.url, 'GET', `/api/v1/verzoeken/${r.verzoeken[0].verzoekId}`, { token: toegang });
      expect(detail.body.soort).toBe('wijziging');
      expect(detail.body.actueleToewijzingen.map((a: { toewijzingNummer: number }) => a.toewijzingNummer)).toEqual([
        5001, 5002,
      ]);

      const res = await besluit(r.verzoeken[0].verzoekId, { besluit: 'toekennen' });
      expect(res.status).toBe(200);
      const nummers = res.body.toewijzingen.map((x: { toewijzingNummer: number }) => x.toewijzingNummer);
      expect(nummers).toEqual([5001, 5003]);
      const b301 = await xmlVan(`/api/v1/toewijzingen/${res.body.toewijzingen[1].id}/bericht`, '301');
      const perNummer = new Map(b301.client.toegewezenProducten.map((p) => [p.toewijzingNummer, p]));
      expect(perNummer.get(5001)).toMatchObject({
        ingangsdatum: '2026-04-01',
        einddatum: '2026-12-31',
        omvang: uren(4),
        redenWijziging: '12',
        referentieAanbieder: REF,
      });
      expect(perNummer.get(5003)).toMatchObject({
        product,
        ingangsdatum: '2027-01-01',
        einddatum: '2027-12-31',
        omvang: uren(6),
        referentieAanbieder: REF,
      });
      expect(perNummer.get(5002)).toMatchObject({
        product: { categorie: product.categorie },
        ingangsdatum: '2026-04-01',
      });
      expect(perNummer.get(5002)!.referentieAanbieder).toBeUndefined();
    });

    it('should honour an extension within the same ToewijzingNummer (IV066, OP380)', async () => {
      const r = await verzoekenVan(
        bericht317(BSN, {
          referentieAanbieder: `W-${cijfers(8)}`,
          redenVerzoek: RedenVerzoek.WijzigingZorgplan,
          ongewijzigdeProducten: [{ toewijzingNummer: 5001 }, { toewijzingNummer: 5002 }],
          teWijzigenProducten: [
            { toewijzingNummer: 5003, gewensteIngangsdatum: '2027-01-01', einddatum: '2028-06-30', omvang: uren(6) },
          ],
        }),
      );
      expect(r.verzoeken.map((v) => v.retourcodes)).toEqual([[]]);
      // Decided within the same second as the previous one: still a version of its own, the latest (IV013).
      const res = await besluit(r.verzoeken[0].verzoekId, { besluit: 'toekennen' });
      expect(res.status).toBe(200);
      expect(res.body.toewijzingen.map((x: { toewijzingNummer: number }) => x.toewijzingNummer)).toEqual([5003]);
      const toewijzing = await http(t.url, 'GET', `/api/v1/toewijzingen/${res.body.toewijzingen[0].id}`, {
        token: toegang,
      });
      expect(toewijzing.body).toMatchObject({
        toewijzingNummer: 5003,
        ingangsdatum: '2027-01-01',
        einddatum: '2028-06-30',
        redenWijziging: '12',
        aantalVersies: 2,
      });
    });

    it('should signal stapeling on a VOT for a product the client already has in that period (OP259/OP307), and no contract gap once contracted', async () => {
      const r = await verzoekenVan(
        bericht315(BSN, [
          aangevraagd(`S-${cijfers(8)}`, { toewijzingIngangsdatum: '2027-03-01', toewijzingEinddatum: '2027-06-30' }),
        ]),
      );
      const signalen = async () =>
        (await http(t.url, 'GET', `/api/v1/verzoeken/${r.verzoeken[0].verzoekId}`, { token: toegang })).body
          .signalen as { signaal: string; redenAfwijzing: string; toelichting: string }[];
      const voor = await signalen();
      expect(voor.map((s) => [s.signaal, s.redenAfwijzing])).toEqual([
        ['stapeling', '6'],
        ['geen-contract', '3'],
      ]);
      expect(voor[0].toelichting).toContain('5003');

      const contract = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: BOOTSTRAP_TOKEN,
        json: raamovereenkomstDocument(gemeente.id, aanbieder.id, [gemeente.id], {
          domein,
          einddatum: '2028-12-31',
          producten: [
            {
              productcategorie: product.categorie,
              productcode: product.code,
              uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
              omschrijving: 'Begeleiding',
              tarieven: [{ eenheid: Eenheid.Uur, bedragCenten: 6392, ingangsdatum: '2026-01-01' }],
            },
          ],
        }),
      });
      expect(contract.status).toBe(201);
      expect((await signalen()).map((s) => s.signaal)).toEqual(['stapeling']);
    });
  });
});
