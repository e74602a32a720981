import type { Aanbesteding, Actie, ActieContext } from '../inkoop/aanbesteding.types.js';
import {
  aanbieder,
  ctx,
  inschrijving,
  invoer,
  scoorKwaliteit,
  toetsAlles,
} from '../inkoop/aanbesteding-testdata.util.js';
import { nieuweAanbesteding, voerActieUit } from '../inkoop/aanbesteding.util.js';
import { ActieType } from '../inkoop/procedure-type.enum.js';
import {
  alsReleasePackage,
  bouwOpenbaarOcdsReleasePackage,
  bouwOpenbareReleaseHistorie,
  compileerRelease,
} from './ocds-release.util.js';
import type { AanbestedingVersie, OcdsOpties, OcdsRelease } from './ocds.types.js';
import { ocdsValideerder } from './testing/ocds-schema.util.js';

const OPTIES: OcdsOpties = {
  ocidPrefix: 'ocds-kt0001',
  publicatiemoment: '2026-06-01T09:00:00+02:00',
  packageUri: 'https://keten.example.nl/api/v1/openbaar/aanbestedingen/AB-2026-001/ocds',
  publisher: { name: 'Gemeente Nijkerk' },
  organisaties: {
    GM0302: { naam: 'Gemeente Nijkerk', cbsCode: '0267' },
    GM0203: { naam: 'Gemeente Barneveld', cbsCode: '0203' },
  },
};

/** Every stored version of a SAS met EMVI procedure walked to its definitive award (one per action). */
function versies(): AanbestedingVersie[] {
  const stappen: [Actie, ActieContext][] = [
    [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
    [
      { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } }) },
      ctx('2026-04-01'),
    ],
    [
      {
        type: ActieType.DienIn,
        inschrijving: inschrijving('I2', 'A2', {
          tarieven: { '02A01': 6_500 },
          aanbieder: aanbieder('A2', { naam: 'Jan Jansen', natuurlijkPersoon: true }),
        }),
      },
      ctx('2026-04-02'),
    ],
    [
      { type: ActieType.DienIn, inschrijving: inschrijving('I3', 'A3', { tarieven: { '02A01': 8_000 } }) },
      ctx('2026-04-03'),
    ],
    [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
    ...toetsAlles(['I1', 'I2', 'I3'], '2026-04-17'),
    ...scoorKwaliteit({ I1: 8, I2: 10, I3: 10 }, '2026-04-20'),
    [{ type: ActieType.OpenPrijzen }, ctx('2026-04-21')],
    [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
    [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
  ];
  let a: Aanbesteding = nieuweAanbesteding(invoer());
  const uit: AanbestedingVersie[] = [{ volgnummer: 1, datum: '2026-02-15', toestand: a }];
  for (const [actie, context] of stappen) {
    const r = voerActieUit(a, actie, context);
    if (!r.ok) throw new Error(`${actie.type}: ${r.reden}`);
    a = r.aanbesteding;
    uit.push({ volgnummer: uit.length + 1, datum: context.datum, toestand: a });
  }
  return uit;
}

const inhoud = ({ id: _i, date: _d, tag: _t, ...rest }: OcdsRelease) => rest;

describe('public OCDS release history', () => {
  const historie = bouwOpenbareReleaseHistorie(versies(), OPTIES);

  it('should give one release per public change, none for the concept, scores or toetsingen', () => {
    expect(historie.map((r) => [r.date.slice(0, 10), r.tag])).toEqual([
      ['2026-03-01', ['tender']],
      ['2026-04-01', ['tenderUpdate']],
      ['2026-04-02', ['tenderUpdate']],
      ['2026-04-03', ['tenderUpdate']],
      ['2026-05-01', ['tenderUpdate', 'award']],
      ['2026-05-22', ['tenderUpdate', 'awardUpdate', 'contract']],
    ]);
  });

  it('should validate every release, and compile into the release of the stored state', () => {
    const valideer = ocdsValideerder();
    const pakket = alsReleasePackage(historie, OPTIES);
    const huidig = bouwOpenbaarOcdsReleasePackage(versies().at(-1)!.toestand, OPTIES);
    const gecompileerd = compileerRelease(historie);

    expect(valideer(JSON.parse(JSON.stringify(pakket)))).toBe(true);
    expect(gecompileerd.tag).toEqual(['compiled']);
    expect(huidig.ok && inhoud(gecompileerd)).toEqual(huidig.ok && inhoud(huidig.releasePackage.releases[0]));
  });

  it('should name the buyers and identify them by CBS code', () => {
    expect(
      historie[0].parties.filter((x) => x.roles.includes('buyer')).map((x) => [x.id, x.name, x.identifier?.scheme]),
    ).toEqual([
      ['NL-CBS-0267', 'Gemeente Nijkerk', 'NL-CBS'],
      ['NL-CBS-0203', 'Gemeente Barneveld', 'NL-CBS'],
    ]);
  });

  it('should add a contract change as an amendment release on its own date', () => {
    const voorstel = versies().at(-1)!.toestand.raamovereenkomsten[0];
    const metWijziging = bouwOpenbareReleaseHistorie(versies(), {
      ...OPTIES,
      contractwijzigingen: [
        {
          voorstelId: voorstel.id,
          id: '17',
          datum: '2026-09-01',
          omschrijving: 'maximale waarde omhoog',
          reden: 'meer cliënten',
          waardeCenten: 110_000_000,
          einddatum: voorstel.einddatum,
        },
      ],
    });
    const laatste = metWijziging.at(-1)!;

    expect(laatste.tag).toEqual(['contractAmendment']);
    expect(laatste.date).toBe('2026-09-01T00:00:00+02:00');
    expect(laatste.contracts!.find((c) => c.awardID === voorstel.id)).toMatchObject({
      value: { amount: 1_100_000 },
      amendments: [{ id: '17', description: 'maximale waarde omhoog' }],
    });
  });
});
