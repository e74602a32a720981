import type { AanbestedingInvoer, GunningConfig, Perceel, ProductPrijsstelling, Organisatie } from '#keten/domain';
import { GunningMethode } from '#keten/domain';
import type { VeldFout } from '#keten/platform';
import {
  PrijsSoort,
  type GunningConfigDto,
  type PerceelDto,
  type PrijsstellingDto,
  type RegistreerAanbestedingDto,
} from './registreer-aanbesteding.dto.js';

function prijsstelling(dto: PrijsstellingDto, pad: string, fouten: VeldFout[]): ProductPrijsstelling {
  switch (dto.soort) {
    case PrijsSoort.Vast:
      if (dto.tariefCenten === undefined)
        fouten.push({ veld: `${pad}.tariefCenten`, reden: 'een vaste prijs heeft een tarief' });
      return { soort: 'vast', tariefCenten: dto.tariefCenten ?? 0 };
    case PrijsSoort.Bod:
      return {
        soort: 'bod',
        ...(dto.reelePrijsCenten !== undefined ? { reelePrijsCenten: dto.reelePrijsCenten } : {}),
        ...(dto.maximumCenten !== undefined ? { maximumCenten: dto.maximumCenten } : {}),
      };
    case PrijsSoort.Maximumtarief:
      if (dto.maximumtariefCenten === undefined)
        fouten.push({ veld: `${pad}.maximumtariefCenten`, reden: 'een maximumtarief is verplicht' });
      return {
        soort: 'maximumtarief',
        maximumtariefCenten: dto.maximumtariefCenten ?? 0,
        ...(dto.reelePrijsCenten !== undefined ? { reelePrijsCenten: dto.reelePrijsCenten } : {}),
      };
  }
}

function gunning(dto: GunningConfigDto, pad: string, fouten: VeldFout[]): GunningConfig {
  const vereist = (veld: keyof GunningConfigDto) => {
    if (dto[veld] === undefined) fouten.push({ veld: `${pad}.${veld}`, reden: `verplicht bij methode ${dto.methode}` });
    return (dto[veld] as number | undefined) ?? 0;
  };
  switch (dto.methode) {
    case GunningMethode.BesteN:
      return { methode: dto.methode, aantal: vereist('aantal') };
    case GunningMethode.Capaciteit:
      return { methode: dto.methode, behoefte: vereist('behoefte'), minimumAantal: vereist('minimumAantal') };
    case GunningMethode.MaximaalN:
      return { methode: dto.methode, aantal: vereist('aantal') };
    case GunningMethode.Allen:
    case GunningMethode.Selectie:
      return { methode: dto.methode };
  }
}

function perceel(dto: PerceelDto, pad: string, fouten: VeldFout[]): Perceel {
  return {
    id: dto.id,
    naam: dto.naam,
    producten: dto.producten.map((p, i) => ({
      code: p.code,
      categorie: p.categorie,
      omschrijving: p.omschrijving,
      eenheid: p.eenheid,
      uitvoeringsvariant: p.uitvoeringsvariant,
      prijs: prijsstelling(p.prijs, `${pad}.producten[${i}].prijs`, fouten),
      ...(p.prijsgewicht !== undefined ? { prijsgewicht: p.prijsgewicht } : {}),
    })),
    eisen: dto.eisen.map((e) => ({ id: e.id, soort: e.soort, omschrijving: e.omschrijving })),
    gunningscriteria: dto.gunningscriteria.map((c) => ({
      id: c.id,
      naam: c.naam,
      soort: c.soort,
      weging: c.weging,
      ...(c.schaal ? { schaal: [...c.schaal] } : {}),
    })),
    gunning: gunning(dto.gunning, `${pad}.gunning`, fouten),
    geraamdeWaardeCenten: dto.geraamdeWaardeCenten,
    ...(dto.maximumwaardeCenten !== undefined ? { maximumwaardeCenten: dto.maximumwaardeCenten } : {}),
  };
}

/** The create DTO as the domain's AanbestedingInvoer; shape errors the domain cannot express are collected. */
export function naarAanbestedingInvoer(
  id: string,
  dto: RegistreerAanbestedingDto,
  inkoper: Organisatie,
): { invoer: AanbestedingInvoer; fouten: VeldFout[] } {
  const fouten: VeldFout[] = [];
  const invoer: AanbestedingInvoer = {
    id,
    naam: dto.naam,
    procedureType: dto.procedureType,
    domein: dto.domein,
    opdrachtsoort: dto.opdrachtsoort,
    ...(dto.aanbestedendeDienst ? { aanbestedendeDienst: dto.aanbestedendeDienst } : {}),
    inkopendeOrganisatie: inkoper,
    deelnemendeGemeenten: [...new Set(dto.deelnemendeGemeenten)],
    publicatie: dto.publicatie,
    looptijd: {
      begindatum: dto.looptijd.begindatum,
      einddatum: dto.looptijd.einddatum,
      verlengingsopties: [...dto.looptijd.verlengingsopties],
    },
    ...(dto.motiveringLangeLooptijd ? { motiveringLangeLooptijd: dto.motiveringLangeLooptijd } : {}),
    ...(dto.motiveringProcedurekeuze ? { motiveringProcedurekeuze: dto.motiveringProcedurekeuze } : {}),
    ...(dto.vernieuwdeMededinging ? { vernieuwdeMededinging: true } : {}),
    percelen: dto.percelen.map((p, i) => perceel(p, `percelen[${i}]`, fouten)),
    ...(dto.aanmeldperiode ? { aanmeldperiode: { ...dto.aanmeldperiode } } : {}),
    ...(dto.inschrijfperiode ? { inschrijfperiode: { ...dto.inschrijfperiode } } : {}),
    ...(dto.toetredingsvensters ? { toetredingsvensters: dto.toetredingsvensters.map((v) => ({ ...v })) } : {}),
    ...(dto.uitgenodigden ? { uitgenodigden: [...new Set(dto.uitgenodigden)] } : {}),
    ...(dto.maximumGegadigden !== undefined ? { maximumGegadigden: dto.maximumGegadigden } : {}),
    beoordelaars: [...new Set(dto.beoordelaars)],
    ...(dto.voorzitter ? { voorzitter: dto.voorzitter } : {}),
    ...(dto.indexatiemethode
      ? { indexatiemethode: dto.indexatiemethode.map((c) => ({ naam: c.naam, gewicht: c.gewicht.replace(',', '.') })) }
      : {}),
    ...(dto.termijnverkorting ? { termijnverkorting: dto.termijnverkorting } : {}),
    ...(dto.motiveringTermijnverkorting ? { motiveringTermijnverkorting: dto.motiveringTermijnverkorting } : {}),
  };
  const perioden: [string, { begindatum: string; einddatum: string } | undefined][] = [
    ['looptijd', dto.looptijd],
    ['aanmeldperiode', dto.aanmeldperiode],
    ['inschrijfperiode', dto.inschrijfperiode],
    ...(dto.toetredingsvensters ?? []).map((v, i): [string, typeof v] => [`toetredingsvensters[${i}]`, v]),
  ];
  for (const [veld, p] of perioden)
    if (p && p.einddatum < p.begindatum)
      fouten.push({ veld: `${veld}.einddatum`, reden: 'einddatum ligt voor de begindatum' });
  return { invoer, fouten };
}
