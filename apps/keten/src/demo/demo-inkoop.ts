import type { INestApplicationContext } from '@nestjs/common';
import {
  ActieType,
  Domein,
  Eenheid,
  GunningMethode,
  Opdrachtsoort,
  plusDagen,
  plusMaanden,
  ProcedureType,
  Publicatie,
  Uitvoeringsvariant,
  type Kalenderdatum,
} from '#keten/domain';
import { Rol, type Principal } from '#keten/platform';
import {
  InkoopKlok,
  RegistreerAanbestedingService,
  VoerActieUitService,
  type RegistreerAanbestedingDto,
} from '#keten/inkoop';

interface Partij {
  id: string;
  naam: string;
  agbCode: string | null;
}

export interface DemoInkoopPartijen {
  regio: { id: string };
  gemeenten: { id: string }[];
  aanbieders: Partij[];
  /** Gebruiker ids: the regio's inkoopadviseur (chairs the scoring) and two beoordelaars. */
  inkoopadviseur: string;
  beoordelaars: [string, string];
}

export interface DemoAanbestedingen {
  openHouse: string;
  gegund: string;
  inBeoordeling: string;
}

const EISEN = [
  { id: 'E1', soort: 'geschiktheidseis' as const, omschrijving: 'Kwaliteitskeurmerk (HKZ of gelijkwaardig)' },
  { id: 'U1', soort: 'uitsluitingsgrond' as const, omschrijving: 'Geen onherroepelijke veroordeling (art. 2.86 Aw)' },
];

const EMVI = [
  {
    id: 'K1',
    naam: 'Plan van aanpak en samenwerking in de wijk',
    soort: 'kwaliteit' as const,
    weging: 60,
    schaal: [0, 2, 4, 6, 8, 10],
  },
  { id: 'PR', naam: 'Prijs', soort: 'prijs' as const, weging: 40 },
];

function jeugdTender(
  kenmerk: string,
  naam: string,
  publicatie: Kalenderdatum,
  p: DemoInkoopPartijen,
  looptijdBegin: Kalenderdatum,
): RegistreerAanbestedingDto {
  return {
    kenmerk,
    naam,
    procedureType: ProcedureType.SasMetEmvi,
    domein: Domein.Jeugd,
    opdrachtsoort: Opdrachtsoort.Sas,
    inkoperId: p.regio.id,
    contactpersoon: 'Demo inkoopadviseur regio',
    deelnemendeGemeenten: p.gemeenten.map((g) => g.id),
    publicatie: Publicatie.Eu,
    looptijd: {
      begindatum: looptijdBegin,
      einddatum: plusDagen(plusMaanden(looptijdBegin, 24), -1),
      verlengingsopties: [12, 12],
    },
    percelen: [
      {
        id: 'P1',
        naam: 'Jeugdhulp ambulant',
        producten: [
          {
            code: '45A48',
            categorie: '45',
            omschrijving: 'Jeugdhulp ambulant (per uur)',
            eenheid: Eenheid.Uur,
            uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
            prijs: { soort: 'bod', reelePrijsCenten: 8_200, maximumCenten: 11_000 },
          },
        ],
        eisen: EISEN,
        gunningscriteria: EMVI,
        gunning: { methode: GunningMethode.BesteN, aantal: 2 },
        geraamdeWaardeCenten: 1_200_000_00,
        maximumwaardeCenten: 1_500_000_00,
      },
    ],
    inschrijfperiode: { begindatum: publicatie, einddatum: plusDagen(publicatie, 40) },
    beoordelaars: [...p.beoordelaars],
    voorzitter: p.inkoopadviseur,
    indexatiemethode: [
      { naam: 'OVA', gewicht: '90' },
      { naam: 'PCC', gewicht: '10' },
    ],
  } as unknown as RegistreerAanbestedingDto;
}

/**
 * Procurement a newcomer can open (issue 16, item 12), walked through the real use cases on the dates they would
 * have happened: an open house whose admission window is open today, a SAS met EMVI for jeugdhulp that was awarded
 * (public OCDS at /api/v1/openbaar/aanbestedingen/{id}/ocds), and one whose bids are being scored now.
 */
export async function seedAanbestedingen(
  app: INestApplicationContext,
  p: DemoInkoopPartijen,
): Promise<DemoAanbestedingen> {
  const klok = app.get(InkoopKlok);
  const registreer = app.get(RegistreerAanbestedingService);
  const acties = app.get(VoerActieUitService);
  const echteVandaag = klok.vandaag.bind(klok);
  const inkoper: Principal = {
    actor: p.inkoopadviseur,
    rol: Rol.Inkoopadviseur,
    organisatieId: p.regio.id,
    agbCode: null,
  };
  const beoordelaar = (id: string): Principal => ({ ...inkoper, actor: id });
  const aanbieder = (a: Partij): Principal => ({
    actor: `demo-${a.agbCode}`,
    rol: Rol.Aanbieder,
    organisatieId: a.id,
    agbCode: a.agbCode,
  });
  const op = async <T>(datum: Kalenderdatum, stap: () => Promise<T>): Promise<T> => {
    klok.vandaag = () => datum;
    return stap();
  };
  const actie = (
    id: string,
    datum: Kalenderdatum,
    a: Parameters<VoerActieUitService['voerUit']>[2],
    door: Principal = inkoper,
  ) => op(datum, () => acties.voerUit(door, id, a, { door: door === inkoper ? 'inkoper' : 'beoordelaar' }));
  const inschrijving = (id: string, datum: Kalenderdatum, a: Partij, tariefCenten?: number) =>
    op(datum, () =>
      acties.schrijfIn(aanbieder(a), id, 'P1', {
        tarieven: tariefCenten === undefined ? [] : [{ productcode: '45A48', tariefCenten }],
        aanvaardtVoorwaarden: true,
      } as unknown as Parameters<VoerActieUitService['schrijfIn']>[3]),
    );

  const nu = echteVandaag();
  try {
    // 1. Open house for begeleiding groep: published a month ago, an admission window open from a week ago.
    const openHouse = await registreer.registreer(inkoper, {
      kenmerk: 'DEMO-OH-2027',
      naam: 'Open house Wmo Salland: begeleiding groep',
      procedureType: ProcedureType.Toelatingsprocedure,
      domein: Domein.Wmo,
      opdrachtsoort: Opdrachtsoort.Sas,
      inkoperId: p.regio.id,
      deelnemendeGemeenten: p.gemeenten.map((g) => g.id),
      publicatie: Publicatie.Nationaal,
      looptijd: {
        begindatum: `${nu.slice(0, 4)}-01-01`,
        einddatum: plusDagen(plusMaanden(`${nu.slice(0, 4)}-01-01`, 48), -1),
        verlengingsopties: [],
      },
      percelen: [
        {
          id: 'P1',
          naam: 'Begeleiding groep',
          producten: [
            {
              code: '02A10',
              categorie: '02',
              omschrijving: 'Begeleiding groep (dagdeel)',
              eenheid: Eenheid.Dagdeel,
              uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
              prijs: { soort: 'vast', tariefCenten: 4_650 },
            },
          ],
          eisen: EISEN,
          gunningscriteria: [],
          gunning: { methode: GunningMethode.Allen },
          geraamdeWaardeCenten: 3_000_000_00,
          maximumwaardeCenten: 3_000_000_00,
        },
      ],
      toetredingsvensters: [
        { begindatum: plusDagen(nu, -7), einddatum: plusDagen(nu, 21) },
        { begindatum: plusDagen(nu, 84), einddatum: plusDagen(nu, 112) },
      ],
      beoordelaars: [],
      indexatiemethode: [
        { naam: 'OVA', gewicht: '80' },
        { naam: 'PCC', gewicht: '20' },
      ],
    } as unknown as RegistreerAanbestedingDto);
    await actie(openHouse.id, plusDagen(nu, -30), { type: ActieType.Publiceer });
    await op(plusDagen(nu, -2), () =>
      acties.schrijfIn(aanbieder(p.aanbieders[4]), openHouse.id, 'P1', {
        tarieven: [],
        aanvaardtVoorwaarden: true,
      } as unknown as Parameters<VoerActieUitService['schrijfIn']>[3]),
    );

    // 2. SAS met EMVI for jeugdhulp ambulant, awarded: the best two of three bids on quality (60) and price (40).
    const publicatie = plusDagen(nu, -150);
    const gegund = await registreer.registreer(
      inkoper,
      jeugdTender('DEMO-JH-2027', 'Jeugdhulp ambulant Salland', publicatie, p, plusDagen(nu, 14)),
    );
    const g = gegund.id;
    await actie(g, publicatie, { type: ActieType.Publiceer });
    const tarieven = [9_350, 8_900, 10_200];
    const ids: string[] = [];
    for (const [i, a] of p.aanbieders.slice(0, 3).entries()) {
      const r = await inschrijving(g, plusDagen(publicatie, 20 + i), a, tarieven[i]);
      ids.push((r.aanbesteding.inschrijvingen as { id: string }[]).at(-1)!.id);
    }
    const sluiting = plusDagen(publicatie, 41);
    await actie(g, sluiting, { type: ActieType.SluitInschrijving });
    for (const id of ids)
      await actie(g, plusDagen(sluiting, 2), {
        type: ActieType.RegistreerToetsing,
        inschrijvingId: id,
        resultaten: { E1: true, U1: true },
      });
    const kwaliteit = [8, 10, 6];
    for (const [i, id] of ids.entries()) {
      for (const b of p.beoordelaars) {
        await op(plusDagen(sluiting, 7), () =>
          acties.scoor(beoordelaar(b), g, { inschrijvingId: id, criteriumId: 'K1', score: kwaliteit[i] } as Parameters<
            VoerActieUitService['scoor']
          >[2]),
        );
      }
      await actie(g, plusDagen(sluiting, 9), {
        type: ActieType.RegistreerConsensus,
        inschrijvingId: id,
        criteriumId: 'K1',
        score: kwaliteit[i],
        motivering: 'Eensluidend oordeel van beide beoordelaars.',
      });
    }
    await actie(g, plusDagen(sluiting, 10), { type: ActieType.OpenPrijzen });
    const voorlopig = plusDagen(sluiting, 14);
    await actie(g, voorlopig, { type: ActieType.VoorlopigeGunning });
    await actie(g, plusDagen(voorlopig, 21), { type: ActieType.DefinitieveGunning });

    // 3. The same kind of tender a year on, its bids being scored now: one beoordelaar has started.
    const tweede = plusDagen(nu, -50);
    const inBeoordeling = await registreer.registreer(
      inkoper,
      jeugdTender('DEMO-JH-2028', 'Jeugdhulp ambulant Salland, tweede ronde', tweede, p, plusDagen(nu, 380)),
    );
    const s = inBeoordeling.id;
    await actie(s, tweede, { type: ActieType.Publiceer });
    const tweedeIds: string[] = [];
    for (const [i, a] of p.aanbieders.slice(2, 5).entries()) {
      const r = await inschrijving(s, plusDagen(tweede, 10 + i), a, [9_100, 9_800, 8_700][i]);
      tweedeIds.push((r.aanbesteding.inschrijvingen as { id: string }[]).at(-1)!.id);
    }
    await actie(s, plusDagen(tweede, 41), { type: ActieType.SluitInschrijving });
    for (const id of tweedeIds)
      await actie(s, plusDagen(tweede, 43), {
        type: ActieType.RegistreerToetsing,
        inschrijvingId: id,
        resultaten: { E1: true, U1: true },
      });
    await op(plusDagen(tweede, 45), () =>
      acties.scoor(beoordelaar(p.beoordelaars[0]), s, {
        inschrijvingId: tweedeIds[0],
        criteriumId: 'K1',
        score: 8,
      } as Parameters<VoerActieUitService['scoor']>[2]),
    );

    return { openHouse: openHouse.id, gegund: g, inBeoordeling: s };
  } finally {
    klok.vandaag = echteVandaag;
  }
}
