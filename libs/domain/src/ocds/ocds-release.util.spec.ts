import fc from 'fast-check';
import { Domein } from '../codelijsten/domein.enum.js';
import { formatEuro } from '../geld/bedrag.util.js';
import type { Aanbesteding } from '../inkoop/aanbesteding.types.js';
import {
  ctx,
  doorloop,
  gegundeSasAanbesteding,
  inschrijving,
  invoer,
  jeugdProduct,
  perceel,
  product,
  scoorKwaliteit,
  toetsAlles,
} from '../inkoop/aanbesteding-testdata.util.js';
import { nieuweAanbesteding } from '../inkoop/aanbesteding.util.js';
import { ActieType, GunningMethode, ProcedureType, Publicatie } from '../inkoop/procedure-type.enum.js';
import { kwartaalvensters } from '../inkoop/toetreding.util.js';
import {
  bouwOcdsReleasePackage,
  bouwOpenbaarOcdsReleasePackage,
  centenNaarEuro,
  ocdsMoment,
} from './ocds-release.util.js';
import type { OcdsOpties, OcdsReleasePackage } from './ocds.types.js';
import { ocdsValideerder } from './testing/ocds-schema.util.js';

const valideer = ocdsValideerder();

function geldig(pkg: OcdsReleasePackage): boolean {
  const ok = valideer(JSON.parse(JSON.stringify(pkg)));
  if (!ok) console.error(JSON.stringify(valideer.errors, null, 2));
  return ok as boolean;
}

const OPTIES: OcdsOpties = {
  ocidPrefix: 'ocds-kt0001',
  publicatiemoment: '2026-05-22T09:00:00+02:00',
  packageUri: 'https://keten.example.nl/api/v1/ocds/AB-2026-001.json',
  publisher: { name: 'Gemeente Nijkerk', scheme: 'NL-KVK', uid: '01234567' },
  license: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

function openbaar(a: Aanbesteding): OcdsReleasePackage {
  const r = bouwOpenbaarOcdsReleasePackage(a, OPTIES);
  if (!r.ok) throw new Error(r.reden);
  return r.releasePackage;
}

describe('OCDS release package', () => {
  it('should validate against the 1.1.5 package schema with lots and techniques when a SAS procedure is awarded', () => {
    const pkg = bouwOcdsReleasePackage(gegundeSasAanbesteding(), OPTIES);

    expect(geldig(pkg)).toBe(true);
    const release = pkg.releases[0];
    expect(release.ocid).toBe('ocds-kt0001-AB-2026-001');
    expect(release.tag).toEqual(['tender', 'award', 'contract']);
    expect(release.tender).toMatchObject({
      status: 'complete',
      procurementMethod: 'open',
      awardCriteria: 'ratedCriteria',
      value: { amount: 900_000, currency: 'EUR' },
      numberOfTenderers: 3,
      lots: [
        {
          id: 'P1',
          value: { amount: 1_000_000, currency: 'EUR' },
          techniques: { frameworkAgreement: { maximumParticipants: 2 } },
        },
      ],
      techniques: { hasFrameworkAgreement: true, frameworkAgreement: { method: 'withoutReopeningCompetition' } },
    });
    expect(release.awards?.map((a) => [a.status, a.suppliers[0].id, a.items[0].unit?.value?.amount])).toEqual([
      ['active', 'keten-aanbieder-A2', 65],
      ['active', 'NL-KVK-60000003', 80],
    ]);
    expect(release.contracts?.map((c) => [c.awardID, c.status, c.period.startDate])).toEqual([
      ['AB-2026-001-RO-001', 'active', '2027-01-01T00:00:00+01:00'],
      ['AB-2026-001-RO-002', 'active', '2027-01-01T00:00:00+01:00'],
    ]);
  });

  it('should name natural persons and contact persons only in the full view', () => {
    const a = gegundeSasAanbesteding();

    const volledig = JSON.stringify(bouwOcdsReleasePackage(a, OPTIES));
    const publiek = openbaar(a);
    const tekst = JSON.stringify(publiek);

    expect(volledig).toContain('Jan Jansen');
    expect(volledig).toContain('J. de Vries');
    expect(geldig(publiek)).toBe(true);
    expect(tekst).not.toContain('Jan Jansen');
    expect(tekst).not.toContain('J. de Vries');
    expect(tekst).not.toContain('60000002');
    expect(tekst).not.toContain('beoordelaar');
    expect(tekst).not.toContain('Concreet plan');
    expect(publiek.releases[0].tender.tenderers).toBeUndefined();
    expect(publiek.releases[0].parties.map((p) => p.roles)).toEqual([
      ['buyer', 'procuringEntity'],
      ['buyer'],
      ['supplier'],
      ['supplier'],
    ]);
  });

  it('should scrub a BSN from free text in the published view and keep other numbers', () => {
    const a = { ...gegundeSasAanbesteding(), motiveringProcedurekeuze: 'Zie casus 111222333, zaak 123456789' };

    const tekst = JSON.stringify(openbaar(a));

    expect(tekst).not.toContain('111222333');
    expect(tekst).toContain('123456789');
  });

  it('should refuse to publish a concept and mark a voorlopige gunning as pending awards without contracts', () => {
    const concept = nieuweAanbesteding(invoer());
    const voorlopig = doorloop(concept, [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1'], '2026-04-17'),
      ...scoorKwaliteit({ I1: 8 }, '2026-04-18'),
      [{ type: ActieType.OpenPrijzen }, ctx('2026-04-19')],
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
    ]);

    const pkg = openbaar(voorlopig);

    expect(bouwOpenbaarOcdsReleasePackage(concept, OPTIES).ok).toBe(false);
    expect(geldig(bouwOcdsReleasePackage(concept, OPTIES))).toBe(true);
    expect(geldig(pkg)).toBe(true);
    expect(pkg.releases[0].awards?.map((a) => [a.status, a.date])).toEqual([['pending', '2026-05-01T00:00:00+02:00']]);
    expect(pkg.releases[0].contracts).toBeUndefined();
  });

  it('should publish a toelatingsprocedure as an open framework that stays active for new entrants', () => {
    const a = doorloop(
      nieuweAanbesteding(
        invoer({
          procedureType: ProcedureType.Toelatingsprocedure,
          publicatie: Publicatie.Nationaal,
          percelen: [
            perceel({
              producten: [product({ prijs: { soort: 'vast', tariefCenten: 6_850 } })],
              gunningscriteria: [],
              gunning: { methode: GunningMethode.Allen },
            }),
          ],
          inschrijfperiode: undefined,
          toetredingsvensters: kwartaalvensters(
            { begindatum: '2027-01-01', einddatum: '2028-12-31', verlengingsopties: [] },
            14,
          ),
          beoordelaars: [],
        }),
      ),
      [
        [{ type: ActieType.Publiceer }, ctx('2026-11-01')],
        [{ type: ActieType.DienIn, inschrijving: inschrijving('T1', 'A1', { tarieven: {} }) }, ctx('2027-01-05')],
        ...toetsAlles(['T1'], '2027-01-10'),
        [{ type: ActieType.LaatToe, inschrijvingId: 'T1' }, ctx('2027-01-12')],
      ],
    );

    const pkg = openbaar(a);

    expect(geldig(pkg)).toBe(true);
    expect(pkg.releases[0].tender).toMatchObject({
      status: 'active',
      tenderPeriod: { startDate: '2026-11-01T00:00:00+01:00', endDate: '2030-12-31T23:59:59+01:00' },
    });
    expect(pkg.releases[0].tender.awardCriteria).toBeUndefined();
    expect(pkg.releases[0].tender.items[0].unit?.value).toEqual({ amount: 68.5, currency: 'EUR' });
    expect(pkg.releases[0].awards?.[0]).toMatchObject({ status: 'active', date: '2027-01-12T00:00:00+01:00' });
  });

  it('should mark a DAS and a besloten veiling with the techniques extension and never publish client references', () => {
    const das = doorloop(
      nieuweAanbesteding(
        invoer({
          procedureType: ProcedureType.DynamischAankoopsysteem,
          domein: Domein.Jeugd,
          percelen: [
            perceel({
              producten: [jeugdProduct({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 9_000 } })],
              gunning: { methode: GunningMethode.Allen },
            }),
          ],
          inschrijfperiode: undefined,
          beoordelaars: [],
        }),
      ),
      [[{ type: ActieType.Publiceer }, ctx('2026-10-01')]],
    );
    const veiling = doorloop(
      nieuweAanbesteding(
        invoer({
          procedureType: ProcedureType.BeslotenVeiling,
          domein: Domein.Jeugd,
          percelen: [
            perceel({
              producten: [jeugdProduct({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 8_000 } })],
              gunningscriteria: [],
              gunning: { methode: GunningMethode.Allen },
            }),
          ],
          beoordelaars: [],
        }),
      ),
      [
        [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
        [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: {} }) }, ctx('2026-04-01')],
        [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
        ...toetsAlles(['I1'], '2026-04-17'),
        [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
        [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
        [
          {
            type: ActieType.HoudVeiling,
            id: 'V1',
            perceelId: 'P1',
            productcode: '45A48',
            clientReferentie: 'BSN 111222333',
            biedingen: [{ aanbiederId: 'A1', tariefCenten: 7_000, ingediendOm: '2027-01-05T10:00:00+01:00' }],
          },
          ctx('2027-01-05'),
        ],
      ],
    );

    const dasPkg = openbaar(das);
    const veilingPkg = openbaar(veiling);

    expect(geldig(dasPkg)).toBe(true);
    expect(geldig(veilingPkg)).toBe(true);
    expect(dasPkg.releases[0].tender.techniques).toMatchObject({
      hasDynamicPurchasingSystem: true,
      dynamicPurchasingSystem: { status: 'active' },
      frameworkAgreement: { method: 'withReopeningCompetition' },
    });
    expect(dasPkg.releases[0].tender.procurementMethod).toBe('selective');
    expect(veilingPkg.releases[0].tender).toMatchObject({
      awardCriteria: 'priceOnly',
      techniques: { hasElectronicAuction: true },
    });
    expect(JSON.stringify(veilingPkg)).not.toContain('111222333');
    expect(JSON.stringify(bouwOcdsReleasePackage(veiling, OPTIES))).not.toContain('111222333');
  });
});

describe('OCDS schema check', () => {
  it('should reject a package whose framework method is outside the techniques codelist or whose lot has no id', () => {
    const pkg = bouwOcdsReleasePackage(gegundeSasAanbesteding(), OPTIES);
    const fouteMethode = JSON.parse(JSON.stringify(pkg));
    fouteMethode.releases[0].tender.techniques.frameworkAgreement.method = 'directAward';
    const zonderLotId = JSON.parse(JSON.stringify(pkg));
    delete zonderLotId.releases[0].tender.lots[0].id;

    expect(valideer(fouteMethode)).toBe(false);
    expect(valideer(zonderLotId)).toBe(false);
  });
});

describe('conversions at the OCDS edge', () => {
  it('should print every integer cent amount as the exact euro decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (centen) => {
        // "€ 1.234,50" → "1234.5": the decimal JSON must print, trailing zeros dropped as JSON does.
        const decimaal = formatEuro(centen)
          .replace('€ ', '')
          .replace(/\./g, '')
          .replace(',', '.')
          .replace(/\.?0+$/, '');
        expect(JSON.stringify(centenNaarEuro(centen))).toBe(decimaal === '' || decimaal === '-' ? '0' : decimaal);
      }),
    );
    expect(JSON.stringify(centenNaarEuro(12_345))).toBe('123.45');
    expect(JSON.stringify(centenNaarEuro(-5))).toBe('-0.05');
    expect(() => centenNaarEuro(10n ** 15n + 1n)).toThrow(RangeError);
  });

  it('should give Amsterdam offsets around the summer time changes', () => {
    expect(ocdsMoment('2026-03-29', 'begin')).toBe('2026-03-29T00:00:00+01:00');
    expect(ocdsMoment('2026-03-29', 'eind')).toBe('2026-03-29T23:59:59+02:00');
    expect(ocdsMoment('2026-10-25', 'begin')).toBe('2026-10-25T00:00:00+02:00');
    expect(ocdsMoment('2026-10-25', 'eind')).toBe('2026-10-25T23:59:59+01:00');
    expect(ocdsMoment('2026-01-15', 'begin')).toBe('2026-01-15T00:00:00+01:00');
  });
});
