import fc from 'fast-check';
import {
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  PRODUCTCATEGORIEEN,
  RETOURCODES,
  RedenWijziging,
  vanDagnummer,
  type Retourcode,
} from '#keten/domain';
import { maak325 } from './antwoord-bouwen.util.js';
import type { Bericht301, Bericht323 } from './berichten/bericht.types.js';
import type { Prestatie } from './berichten/declaratie.types.js';
import { bouwBericht, maakHeader } from './bouw-bericht.util.js';
import { parseBericht } from './parse-bericht.util.js';
import { berichtsoort } from './standaard.constant.js';
import { leesReferentie, valideerTegenXsd } from './testing/xsd-validatie.util.js';

const XML_TEKEN = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
// Any XML character, including &, <, > and a lone \r (escaped by the writer, restored by the reader).
const tekst = (min: number, max: number) =>
  fc.string({ unit: 'binary', minLength: min, maxLength: max }).filter((s) => XML_TEKEN.test(s));
const nietLeeg = (max: number) =>
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: max }).filter((s) => /^.*[^\s].*$/.test(s));
const datum = fc.integer({ min: 18628, max: 21915 }).map(vanDagnummer); // 2021-01-01 .. 2029-12-31
const cijfers = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const domein = fc.constantFrom(Domein.Wmo, Domein.Jeugd);

const prestatie = (d: Domein): fc.Arbitrary<Prestatie> =>
  fc.record(
    {
      productReferentie: fc.record(
        { referentieNummer: tekst(1, 20), vorigReferentieNummer: tekst(1, 20) },
        { requiredKeys: ['referentieNummer'] },
      ),
      toewijzingNummer: fc.integer({ min: 0, max: 999_999_999 }),
      productCategorie: fc.constantFrom(...PRODUCTCATEGORIEEN[d]),
      productCode: nietLeeg(5),
      productPeriode: fc.record({ begindatum: datum, einddatum: datum }),
      geleverdVolume: fc.integer({ min: 0, max: 99_999_999 }),
      eenheid: fc.constantFrom(...Object.values(Eenheid)),
      productTarief: fc.integer({ min: 0, max: 99_999_999 }),
      ingediendBedrag: fc.record({
        bedrag: fc.integer({ min: 0, max: 99_999_999 }),
        debetCredit: fc.constantFrom(DebetCredit.Debet, DebetCredit.Credit),
      }),
    },
    {
      requiredKeys: [
        'productReferentie',
        'toewijzingNummer',
        'productCategorie',
        'productCode',
        'productPeriode',
        'geleverdVolume',
        'eenheid',
        'ingediendBedrag',
      ],
    },
  );

const header = fc.record({
  afzender: cijfers(8),
  ontvanger: cijfers(4),
  berichtIdentificatie: fc.record({ identificatie: nietLeeg(12), dagtekening: datum }),
});

const bericht323 = domein.chain((d) =>
  fc
    .record({
      header,
      declaratie: fc.record({
        declaratieNummer: fc.stringMatching(/^[a-zA-Z0-9]{1,12}$/),
        declaratiePeriode: fc.record({ begindatum: datum, einddatum: datum }),
        declaratieDagtekening: datum,
        totaalIngediendBedrag: fc.record({
          totaalBedrag: fc.integer({ min: 0, max: 999_999_999_999 }),
          debetCredit: fc.constantFrom(DebetCredit.Debet, DebetCredit.Credit),
        }),
        clienten: fc.array(
          fc.record({ bsn: cijfers(9), prestaties: fc.array(prestatie(d), { minLength: 1, maxLength: 4 }) }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    })
    .map(({ header: h, declaratie }): Bericht323 => ({
      domein: d,
      berichtType: '323',
      berichtsoort: berichtsoort(d, '323'),
      header: maakHeader(h),
      declaratie,
    })),
);

describe('round trip of generated messages', () => {
  it('should parse back exactly what was built when a 323 is generated', () => {
    fc.assert(
      fc.property(bericht323, (bericht) => {
        expect(parseBericht(bouwBericht(bericht))).toEqual({ ok: true, bericht });
      }),
      { numRuns: 150 },
    );
  });

  it('should parse back exactly what was built when a 325 rejects a generated selection of prestaties', () => {
    const retourcodes = fc.array(fc.constantFrom<Retourcode>(...RETOURCODES), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(bericht323, fc.array(fc.tuple(fc.nat(), fc.nat(), retourcodes), { maxLength: 6 }), (decl, keuzes) => {
        const clienten = decl.declaratie.clienten;
        const afgewezen = keuzes.map(([c, p, codes]) => {
          const client = clienten[c % clienten.length];
          return { bsn: client.bsn, prestatie: client.prestaties[p % client.prestaties.length], retourCodes: codes };
        });
        // Keep the generated total consistent enough that TotaalToegekendBedrag stays a valid LDT_TotaalBedrag.
        decl.declaratie.totaalIngediendBedrag = { totaalBedrag: 500_000_000_000, debetCredit: DebetCredit.Debet };
        const antwoord = maak325({
          declaratie: decl,
          berichtIdentificatie: { identificatie: 'A1', dagtekening: '2026-01-01' },
          afgewezen,
        });

        expect(parseBericht(bouwBericht(antwoord))).toEqual({ ok: true, bericht: antwoord });
      }),
      { numRuns: 100 },
    );
  });

  it('should parse back exactly what was built when a 301 with optional parts is generated', () => {
    const bericht301 = domein.chain((d) =>
      fc
        .record({
          header,
          bsn: cijfers(9),
          achternaam: nietLeeg(200),
          commentaar: tekst(1, 40).filter((s) => /\S/.test(s)),
          producten: fc.array(
            fc.record(
              {
                toewijzingNummer: fc.integer({ min: 0, max: 999_999_999 }),
                product: fc.record(
                  { categorie: fc.constantFrom(...PRODUCTCATEGORIEEN[d]), code: nietLeeg(5) },
                  { requiredKeys: ['categorie'] },
                ),
                toewijzingsdatum: datum,
                toewijzingstijd: fc.constantFrom('00:00:00', '23:59:59', '12:30:15.5'),
                ingangsdatum: datum,
                einddatum: datum,
                redenWijziging: fc.constantFrom(...Object.values(RedenWijziging)),
                omvang: fc.record({
                  volume: fc.integer({ min: 0, max: 99_999_999 }),
                  eenheid: fc.constantFrom(...Object.values(Eenheid)),
                  frequentie: fc.constantFrom(...Object.values(Frequentie)),
                }),
                budget: fc.integer({ min: 0, max: 99_999_999 }),
              },
              { requiredKeys: ['toewijzingNummer', 'toewijzingsdatum', 'toewijzingstijd', 'ingangsdatum'] },
            ),
            { minLength: 1, maxLength: 3 },
          ),
        })
        .map((g): Bericht301 => ({
          domein: d,
          berichtType: '301',
          berichtsoort: berichtsoort(d, '301'),
          // A 301 goes from gemeente to aanbieder: the other way round than the generated 323 header.
          header: maakHeader({ ...g.header, afzender: g.header.ontvanger, ontvanger: g.header.afzender }),
          client: {
            bsn: g.bsn,
            geboortedatum: { datum: '2010-01-01' },
            geslacht: '0',
            naam: { geslachtsnaam: { achternaam: g.achternaam }, naamGebruik: '1' },
            commentaar: g.commentaar,
            contactgegevens: [{ soort: '01' }],
            toegewezenProducten: g.producten,
          },
        })),
    );
    fc.assert(
      fc.property(bericht301, (bericht) => {
        expect(parseBericht(bouwBericht(bericht))).toEqual({ ok: true, bericht });
      }),
      { numRuns: 100 },
    );
  });

  it('should build generated 323s that the official JW323 XSD accepts', async () => {
    const xsd = leesReferentie('ijw-3.2/xsd/JW323.xsd');
    const basis = leesReferentie('ijw-3.2/xsd/basisschema.xsd');
    await fc.assert(
      fc.asyncProperty(
        bericht323.filter((b) => b.domein === Domein.Jeugd),
        async (bericht) => {
          expect((await valideerTegenXsd(bouwBericht(bericht), xsd, basis)).fouten).toEqual([]);
        },
      ),
      { numRuns: 8 },
    );
  });
});
