import { Domein, RedenAfwijzingVerzoek, VerzoekAntwoord } from '#keten/domain';
import { maak319, maak325, maakRetour, maakTechnischeAfwijzing325 } from './antwoord-bouwen.util.js';
import type { Bericht } from './berichten/bericht.types.js';
import { bouwBericht } from './bouw-bericht.util.js';
import { parseBericht } from './parse-bericht.util.js';
import type { BerichtType } from './standaard.constant.js';
import { leesReferentie, valideerTegenXsd, xsdVoor } from './testing/xsd-validatie.util.js';
import {
  voorbeeld301,
  voorbeeld305,
  voorbeeld307,
  voorbeeld315,
  voorbeeld317,
  voorbeeld319,
  voorbeeld323,
  voorbeeldPrestatie,
} from './testing/voorbeeld-berichten.util.js';
import type { Bevinding } from './validatie/bevinding.types.js';

const retourInvoer = (bevindingen: Bevinding[]) => ({
  identificatieRetour: 'RET-1',
  dagtekeningRetour: '2026-05-07',
  bevindingen,
});

function uitgaand(domein: Domein): [BerichtType, Bericht][] {
  const decl = voorbeeld323(domein);
  return [
    ['301', voorbeeld301(domein)],
    [
      '306',
      maakRetour(
        voorbeeld305(domein),
        retourInvoer([
          {
            retourcode: '9019',
            regel: 'TR019',
            pad: '/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer',
            toelichting: '',
          },
        ]),
      ),
    ],
    [
      '308',
      maakRetour(
        voorbeeld307(domein),
        retourInvoer([
          { retourcode: '9069', regel: 'TR069', pad: '/Bericht/Client/StopProducten/StopProduct[1]', toelichting: '' },
        ]),
      ),
    ],
    [
      '316',
      maakRetour(
        voorbeeld315(domein),
        retourInvoer([
          {
            retourcode: '9347',
            regel: 'TR347',
            pad: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder',
            toelichting: '',
          },
        ]),
      ),
    ],
    [
      '318',
      maakRetour(
        voorbeeld317(domein),
        retourInvoer([
          {
            retourcode: '9350',
            regel: 'TR350',
            pad: '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]/ToewijzingNummer',
            toelichting: '',
          },
        ]),
      ),
    ],
    ['319', voorbeeld319(domein)],
    [
      '319',
      maak319({
        domein,
        afzender: '0384',
        ontvanger: '65656055',
        berichtIdentificatie: { identificatie: 'A319-2', dagtekening: '2026-05-08' },
        antwoord: { referentieAanbieder: 'REF-315-1', verzoekAntwoord: VerzoekAntwoord.AanvraagInOnderzoek },
      }),
    ],
    [
      '319',
      maak319({
        domein,
        afzender: '0384',
        ontvanger: '65656055',
        berichtIdentificatie: { identificatie: 'A319-3', dagtekening: '2026-05-08' },
        antwoord: {
          referentieAanbieder: 'REF-315-1',
          verzoekAntwoord: VerzoekAntwoord.VerzoekAfgewezen,
          redenAfwijzingVerzoek: RedenAfwijzingVerzoek.Stapeling,
        },
      }),
    ],
    [
      '325',
      maak325({
        declaratie: decl,
        berichtIdentificatie: { identificatie: 'A325-1', dagtekening: '2026-05-08' },
        afgewezen: [
          {
            bsn: decl.declaratie.clienten[0].bsn,
            prestatie: decl.declaratie.clienten[0].prestaties[1],
            retourCodes: ['0611', '9340'],
          },
        ],
      }),
    ],
  ];
}

describe.each([Domein.Jeugd, Domein.Wmo])('outbound messages (%s)', (domein) => {
  it.each(uitgaand(domein))(
    'should build a %s that the official XSD accepts when built from typed data',
    async (type, bericht) => {
      const xml = bouwBericht(bericht);
      const { xsd, basis } = xsdVoor(domein, type);

      const { fouten } = await valideerTegenXsd(xml, xsd, basis);

      expect(fouten).toEqual([]);
      expect(parseBericht(xml)).toEqual({ ok: true, bericht });
    },
  );
});

describe('maak325', () => {
  it('should award ingediend minus the rejected prestaties when some are rejected (TR342)', () => {
    const decl = voorbeeld323(Domein.Jeugd);
    const afgewezen = decl.declaratie.clienten[0].prestaties[1];

    const antwoord = maak325({
      declaratie: decl,
      berichtIdentificatie: { identificatie: 'A1', dagtekening: '2026-05-08' },
      afgewezen: [{ bsn: decl.declaratie.clienten[0].bsn, prestatie: afgewezen, retourCodes: ['0611'] }],
    });

    expect(antwoord.header).toMatchObject({
      afzender: '0384',
      ontvanger: '65656055',
      declaratieIdentificatie: decl.header.berichtIdentificatie,
    });
    expect(antwoord.declaratieAntwoord).toMatchObject({
      totaalToegekendBedrag: { totaalBedrag: 5000, debetCredit: 'D' },
      retourCodes: ['0200'],
    });
    expect(antwoord.declaratieAntwoord?.clienten?.[0].prestaties[0]).toEqual({ ...afgewezen, retourCodes: ['0611'] });
  });

  it.each([Domein.Jeugd, Domein.Wmo])(
    "should repeat the 323's identificatie, XSD version and DeclaratieNummer and copy each rejected prestatie unchanged (%s; TR337, TR371, TR376, TR366, TR367)",
    (domein) => {
      const decl = voorbeeld323(domein);
      decl.header.xsdVersie = { basisschemaXsdVersie: '1.2.0', berichtXsdVersie: '1.2.0' };
      const [eerste, tweede] = decl.declaratie.clienten[0].prestaties;

      const antwoord = maak325({
        declaratie: decl,
        berichtIdentificatie: { identificatie: 'A1', dagtekening: '2026-05-08' },
        afgewezen: [{ bsn: decl.declaratie.clienten[0].bsn, prestatie: tweede, retourCodes: ['9321'] }],
      });

      expect(antwoord.header.declaratieIdentificatie).toEqual(decl.header.berichtIdentificatie);
      expect(antwoord.header.xsdVersieDeclaratie).toEqual({ basisschemaXsdVersie: '1.2.0', berichtXsdVersie: '1.2.0' });
      expect(antwoord.declaratieAntwoord?.declaratieNummer).toBe(decl.declaratie.declaratieNummer);
      const terug = antwoord.declaratieAntwoord?.clienten?.flatMap((c) => c.prestaties) ?? [];
      expect(terug).toEqual([{ ...tweede, retourCodes: ['9321'] }]);
      expect(terug.map((p) => p.productReferentie)).not.toContainEqual(eerste.productReferentie);
    },
  );

  it('should answer 8001 without clients when everything is awarded', () => {
    const antwoord = maak325({
      declaratie: voorbeeld323(Domein.Wmo),
      berichtIdentificatie: { identificatie: 'A1', dagtekening: '2026-05-08' },
      afgewezen: [],
    });

    expect(antwoord.declaratieAntwoord).toMatchObject({
      totaalToegekendBedrag: { totaalBedrag: 10000, debetCredit: 'D' },
      retourCodes: ['8001'],
    });
    expect(antwoord.declaratieAntwoord?.clienten).toBeUndefined();
  });

  it('should award nothing and list no prestaties when the Declaratie class itself is rejected', () => {
    const antwoord = maak325({
      declaratie: voorbeeld323(Domein.Wmo),
      berichtIdentificatie: { identificatie: 'A1', dagtekening: '2026-05-08' },
      afgewezen: [{ bsn: '999900006', prestatie: voorbeeldPrestatie(Domein.Wmo, 'RN001'), retourCodes: ['0611'] }],
      declaratieRetourCodes: ['9333'],
    });

    expect(antwoord.declaratieAntwoord).toMatchObject({
      totaalToegekendBedrag: { totaalBedrag: 0, debetCredit: 'D' },
      retourCodes: ['9333'],
    });
    expect(antwoord.declaratieAntwoord?.clienten).toBeUndefined();
  });

  it('should build a header-only 325 with 0001 that the XSD accepts when the 323 was technically rejected', async () => {
    const xml = bouwBericht(
      maakTechnischeAfwijzing325({
        domein: Domein.Jeugd,
        afzender: '0384',
        ontvanger: '65656055',
        berichtIdentificatie: { identificatie: 'A2', dagtekening: '2026-05-08' },
        declaratieIdentificatie: { identificatie: 'X1', dagtekening: '2026-05-06' },
        xsdVersieDeclaratie: { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' },
      }),
    );

    const { fouten } = await valideerTegenXsd(
      xml,
      leesReferentie('ijw-3.2/xsd/JW325.xsd'),
      leesReferentie('ijw-3.2/xsd/basisschema.xsd'),
    );

    expect(fouten).toEqual([]);
    expect(xml).toContain('<jw325:RetourCode>0001</jw325:RetourCode>');
  });
});

describe('maakRetour', () => {
  it('should put each finding on the class holding the element and 0200 on the others', () => {
    const retour = maakRetour(
      voorbeeld305(Domein.Jeugd),
      retourInvoer([
        {
          retourcode: '9019',
          regel: 'TR019',
          pad: '/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer',
          toelichting: '',
        },
      ]),
    );

    expect(retour.header.retourCodes).toEqual(['0200']);
    expect(retour.client?.retourCodes).toEqual(['0200']);
    expect(retour.client?.startProducten.map((p) => p.retourCodes)).toEqual([['0200'], ['9019']]);
  });

  it('should send only the header when no class in the body has a finding (OP065)', () => {
    const retour = maakRetour(
      voorbeeld305(Domein.Wmo),
      retourInvoer([
        {
          retourcode: '8848',
          regel: 'TR135',
          pad: '/Bericht/Header/BerichtIdentificatie/Dagtekening',
          toelichting: '',
        },
      ]),
    );

    expect(retour.header.retourCodes).toEqual(['8848']);
    expect(retour.client).toBeUndefined();
  });
});
