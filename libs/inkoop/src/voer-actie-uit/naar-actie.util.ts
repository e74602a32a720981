import { ActieType, type Actie } from '#keten/domain';
import { validatieFout, type VeldFout } from '#keten/platform';
import type { ActieDto } from './actie.dto.js';

/** The HTTP action as the domain's Actie; a missing field for the chosen type is a 400 naming the field. */
export function naarActie(dto: ActieDto): Actie {
  const fouten: VeldFout[] = [];
  const vereist = <K extends keyof ActieDto>(veld: K): NonNullable<ActieDto[K]> => {
    const waarde = dto[veld];
    if (waarde === undefined || waarde === null) fouten.push({ veld, reden: `verplicht bij ${dto.type}` });
    return waarde as NonNullable<ActieDto[K]>;
  };
  const actie = ((): Actie | null => {
    switch (dto.type) {
      case ActieType.Publiceer:
      case ActieType.SluitInschrijving:
      case ActieType.OpenPrijzen:
      case ActieType.RegistreerKortGeding:
      case ActieType.RegistreerUitspraak:
      case ActieType.DefinitieveGunning:
      case ActieType.Beeindig:
        return { type: dto.type };
      case ActieType.DienIn:
        fouten.push({
          veld: 'type',
          reden: 'inschrijven gaat via POST /api/v1/aanbestedingen/{id}/percelen/{perceel}/inschrijvingen',
        });
        return null;
      case ActieType.RegistreerToetsing:
        return {
          type: dto.type,
          inschrijvingId: vereist('inschrijvingId'),
          resultaten: Object.fromEntries((vereist('resultaten') ?? []).map((r) => [r.eisId, r.voldaan])),
        };
      case ActieType.SelecteerGegadigden:
        return { type: dto.type, aanbiederIds: vereist('aanbiederIds'), motivering: dto.motivering ?? '' };
      case ActieType.LegOnderhandelingsuitkomstVast:
        return {
          type: dto.type,
          tarieven: Object.fromEntries((vereist('tarieven') ?? []).map((t) => [t.productcode, t.tariefCenten])),
        };
      case ActieType.RegistreerScore:
        return {
          type: dto.type,
          inschrijvingId: vereist('inschrijvingId'),
          criteriumId: vereist('criteriumId'),
          score: vereist('score'),
        };
      case ActieType.RegistreerConsensus:
        return {
          type: dto.type,
          inschrijvingId: vereist('inschrijvingId'),
          criteriumId: vereist('criteriumId'),
          score: vereist('score'),
          motivering: dto.motivering ?? '',
        };
      case ActieType.VoorlopigeGunning:
        return {
          type: dto.type,
          ...(dto.perPerceel
            ? {
                perPerceel: Object.fromEntries(
                  dto.perPerceel.map((p) => [
                    p.perceelId,
                    {
                      ...(p.lotingVolgorde ? { lotingVolgorde: p.lotingVolgorde } : {}),
                      ...(p.selectie ? { selectie: p.selectie } : {}),
                      ...(p.motivering !== undefined ? { motivering: p.motivering } : {}),
                    },
                  ]),
                ),
              }
            : {}),
        };
      case ActieType.LaatToe:
        return {
          type: dto.type,
          inschrijvingId: vereist('inschrijvingId'),
          ...(dto.ingangsdatum ? { ingangsdatum: dto.ingangsdatum } : {}),
        };
      case ActieType.WijsAf:
        return { type: dto.type, inschrijvingId: vereist('inschrijvingId'), reden: dto.reden ?? '' };
      case ActieType.HoudVeiling:
      case ActieType.NadereOpdracht:
        return {
          type: dto.type,
          id: vereist('id'),
          perceelId: vereist('perceelId'),
          productcode: vereist('productcode'),
          clientReferentie: vereist('clientReferentie'),
          biedingen: (vereist('biedingen') ?? []).map((b) => ({
            aanbiederId: b.aanbiederId,
            tariefCenten: b.tariefCenten,
            ingediendOm: b.ingediendOm,
            ...(b.kwaliteitMicropunten !== undefined ? { kwaliteitMicropunten: b.kwaliteitMicropunten } : {}),
          })),
        };
      case ActieType.TrekIn:
        return { type: dto.type, reden: dto.reden ?? '' };
    }
  })();
  if (fouten.length || !actie) throw validatieFout(`de actie ${dto.type} is onvolledig`, fouten);
  return actie;
}
