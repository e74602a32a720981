import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import {
  ActieType,
  AanbestedingStatus,
  heeftKwaliteitscriterium,
  PROCEDURE_CONFIG,
  type Aanbesteding,
  type Perceel,
} from '#keten/domain';
import { AuditService, geenToegang, nietGevonden, Rol, validatieFout, type Principal } from '#keten/platform';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { AanbestedingWeigering } from '../aanbesteding-weigering.exception.js';
import { VeilingbodEntity, VeilingrondeEntity } from '../database/veilingronde.entity.js';
import { InkoopKlok } from '../inkoop-klok.service.js';
import { VoerActieUitService } from '../voer-actie-uit/voer-actie-uit.service.js';
import type {
  BiedDto,
  KwaliteitsscoreDto,
  OpenVeilingrondeDto,
  SluitVeilingrondeDto,
  VeilingrondeDto,
} from './veiling.dto.js';

/** Rank of a bid: 1 + the bids that beat it (lower, or as low and earlier), as the veiling decides (gunning.util). */
function rangVan(bod: VeilingbodEntity, alle: VeilingbodEntity[]): number {
  return (
    1 +
    alle.filter(
      (b) =>
        b.tariefCenten < bod.tariefCenten || (b.tariefCenten === bod.tariefCenten && b.ingediendOm < bod.ingediendOm),
    ).length
  );
}

/**
 * The aanbieder's side of a besloten veiling: per client a timed round in which the admitted participants underbid
 * each other under the maximumtarief, seeing their own rank but never who else bids; closing the round runs the
 * state machine's HoudVeiling (lowest valid bid wins, ties to the earlier bid).
 */
@Injectable()
export class VeilingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly klok: InkoopKlok,
    private readonly acties: VoerActieUitService,
    private readonly audit: AuditService,
  ) {}

  async open(principal: Principal, id: string, dto: OpenVeilingrondeDto): Promise<VeilingrondeDto> {
    const rondeId = await this.dataSource.transaction(async (manager) => {
      const rij = await this.toegang.laad(manager, principal, id, true);
      await this.toegang.controleerBeheer(principal, rij);
      const a = rij.toestand;
      if (PROCEDURE_CONFIG[a.procedureType].stappen.miniCompetitie !== 'veiling') {
        throw new AanbestedingWeigering(
          'STAP_NIET_VAN_TOEPASSING',
          `${PROCEDURE_CONFIG[a.procedureType].naam} kent geen veilingrondes.`,
        );
      }
      if (a.status !== AanbestedingStatus.Lopend)
        throw new AanbestedingWeigering(
          'ACTIE_NIET_TOEGESTAAN',
          'Veilingrondes lopen onder een gegunde raamovereenkomst (status lopend).',
        );
      if (!a.percelen.find((p) => p.id === dto.perceelId)?.producten.some((p) => p.code === dto.productcode)) {
        throw new AanbestedingWeigering(
          'ONBEKEND',
          `Product ${dto.productcode} op perceel ${dto.perceelId} bestaat niet.`,
        );
      }
      const nu = this.klok.nu();
      const sluitOm = new Date(dto.sluitOm);
      if (sluitOm <= nu)
        throw validatieFout('de ronde klopt niet', [{ veld: 'sluitOm', reden: 'ligt niet in de toekomst' }]);
      const aantal = await manager.countBy(VeilingrondeEntity, { aanbestedingId: rij.id, soort: 'veiling' });
      const ronde = await manager.save(
        manager.create(VeilingrondeEntity, {
          aanbestedingId: rij.id,
          soort: 'veiling',
          uitslagId: `VR-${String(aantal + 1).padStart(4, '0')}`,
          perceelId: dto.perceelId,
          productcode: dto.productcode,
          clientReferentie: dto.clientReferentie,
          geopendOm: nu,
          sluitOm,
          geslotenOm: null,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'veilingronde.geopend',
        entiteit: 'aanbesteding',
        entiteitId: rij.id,
        details: { rondeId: ronde.id, uitslagId: ronde.uitslagId, sluitOm: dto.sluitOm },
      });
      return ronde.id;
    });
    return this.bekijk(principal, id, rondeId);
  }

  async bied(principal: Principal, id: string, rondeId: string, dto: BiedDto): Promise<VeilingrondeDto> {
    if (principal.rol !== Rol.Aanbieder || !principal.organisatieId)
      throw geenToegang('alleen een aanbieder biedt, voor zichzelf');
    const aanbiederId = principal.organisatieId;
    await this.dataSource.transaction(async (manager) => {
      const rij = await this.toegang.laad(manager, principal, id);
      const ronde = await manager.findOne(VeilingrondeEntity, {
        where: { id: rondeId, aanbestedingId: rij.id, soort: 'veiling' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ronde) throw nietGevonden('veilingronde', rondeId);
      const nu = this.klok.nu();
      if (ronde.geslotenOm || nu >= ronde.sluitOm)
        throw new AanbestedingWeigering(
          'BUITEN_INSCHRIJFTERMIJN',
          `De ronde is gesloten sinds ${ronde.sluitOm.toISOString()}.`,
        );
      if (!deelnemer(rij.toestand, aanbiederId, ronde.perceelId, this.klok.vandaag()))
        throw nietGevonden('veilingronde', rondeId);
      const product = rij.toestand.percelen
        .find((p) => p.id === ronde.perceelId)!
        .producten.find((p) => p.code === ronde.productcode)!;
      if (product.prijs.soort === 'maximumtarief') {
        if (dto.tariefCenten > product.prijs.maximumtariefCenten)
          throw new AanbestedingWeigering(
            'BOD_BOVEN_MAXIMUM',
            `Het bod ligt boven het maximumtarief van ${product.prijs.maximumtariefCenten} cent.`,
          );
        if (product.prijs.reelePrijsCenten !== undefined && dto.tariefCenten < product.prijs.reelePrijsCenten) {
          throw new AanbestedingWeigering(
            'BOD_ONDER_REELE_PRIJS',
            'Het bod ligt onder de reële prijs en is ongeldig (Wmo art. 2.6.6 / Jeugdwet art. 2.11).',
          );
        }
      }
      const vorig = await manager.findOneBy(VeilingbodEntity, { rondeId: ronde.id, aanbiederId });
      if (vorig && dto.tariefCenten >= vorig.tariefCenten)
        throw new AanbestedingWeigering(
          'ACTIE_NIET_TOEGESTAAN',
          `In een veiling wordt alleen lager geboden dan uw vorige bod (${vorig.tariefCenten} cent).`,
        );
      await manager.save(
        Object.assign(vorig ?? manager.create(VeilingbodEntity, { rondeId: ronde.id, aanbiederId }), {
          tariefCenten: dto.tariefCenten,
          ingediendOm: nu,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'veilingronde.bod',
        entiteit: 'aanbesteding',
        entiteitId: rij.id,
        details: { rondeId: ronde.id, tariefCenten: dto.tariefCenten },
      });
    });
    return this.bekijk(principal, id, rondeId);
  }

  async sluit(
    principal: Principal,
    id: string,
    rondeId: string,
    dto: SluitVeilingrondeDto = {},
  ): Promise<VeilingrondeDto> {
    const rij = await this.toegang.laad(this.dataSource.manager, principal, id);
    await this.toegang.controleerBeheer(principal, rij);
    const ronde = await this.dataSource
      .getRepository(VeilingrondeEntity)
      .findOneBy({ id: rondeId, aanbestedingId: rij.id, soort: 'veiling' });
    if (!ronde) throw nietGevonden('veilingronde', rondeId);
    if (ronde.geslotenOm) throw new AanbestedingWeigering('ACTIE_NIET_TOEGESTAAN', 'De ronde is al gesloten.');
    if (this.klok.nu() < ronde.sluitOm)
      throw new AanbestedingWeigering('TERMIJN_LOOPT_NOG', `De ronde loopt tot ${ronde.sluitOm.toISOString()}.`);
    const biedingen = await this.dataSource
      .getRepository(VeilingbodEntity)
      .find({ where: { rondeId: ronde.id }, order: { ingediendOm: 'ASC' } });
    // A perceel with quality criteria ranks the round on BPKV (Wmo art. 2.6.5): every bidder needs its score.
    const perceel = rij.toestand.percelen.find((p) => p.id === ronde.perceelId)!;
    const kwaliteit = heeftKwaliteitscriterium(perceel)
      ? kwaliteitPerBieder(biedingen, perceel, dto.beoordelingen)
      : new Map<string, number>();
    // Idempotent: a close that committed the uitslag but not the round's end finds its uitslag and only ends the round.
    if (!rij.toestand.miniCompetities.some((m) => m.id === ronde.uitslagId)) {
      await this.acties.voerUit(
        principal,
        id,
        {
          type: ActieType.HoudVeiling,
          id: ronde.uitslagId,
          perceelId: ronde.perceelId,
          productcode: ronde.productcode,
          clientReferentie: ronde.clientReferentie,
          biedingen: biedingen.map((b) => ({
            aanbiederId: b.aanbiederId,
            tariefCenten: b.tariefCenten,
            ingediendOm: b.ingediendOm.toISOString(),
            ...(kwaliteit.has(b.aanbiederId) ? { kwaliteitMicropunten: kwaliteit.get(b.aanbiederId) } : {}),
          })),
        },
        { door: 'inkoper', details: { rondeId: ronde.id } },
      );
    }
    await this.dataSource
      .getRepository(VeilingrondeEntity)
      .update({ id: ronde.id, geslotenOm: IsNull() }, { geslotenOm: this.klok.nu() });
    return this.bekijk(principal, id, rondeId);
  }

  /** The round as the caller may see it: an aanbieder its own bid and rank, never the others' identities. */
  async bekijk(principal: Principal, id: string, rondeId: string): Promise<VeilingrondeDto> {
    const rij = await this.toegang.laad(this.dataSource.manager, principal, id);
    const ronde = await this.dataSource
      .getRepository(VeilingrondeEntity)
      .findOneBy({ id: rondeId, aanbestedingId: rij.id, soort: 'veiling' });
    if (!ronde) throw nietGevonden('veilingronde', rondeId);
    const aanbieder = principal.rol === Rol.Aanbieder;
    if (aanbieder && !deelnemer(rij.toestand, principal.organisatieId ?? '', ronde.perceelId, this.klok.vandaag()))
      throw nietGevonden('veilingronde', rondeId);
    const biedingen = await this.dataSource
      .getRepository(VeilingbodEntity)
      .find({ where: { rondeId: ronde.id }, order: { tariefCenten: 'ASC', ingediendOm: 'ASC' } });
    const uitslag = rij.toestand.miniCompetities.find((m) => m.id === ronde.uitslagId);
    const basis: VeilingrondeDto = {
      id: ronde.id,
      uitslagId: ronde.uitslagId,
      perceelId: ronde.perceelId,
      productcode: ronde.productcode,
      clientReferentie: ronde.clientReferentie,
      sluitOm: ronde.sluitOm.toISOString(),
      status: ronde.geslotenOm ? 'gesloten' : 'open',
      aantalBiedingen: biedingen.length,
    };
    if (aanbieder) {
      const eigen = biedingen.find((b) => b.aanbiederId === principal.organisatieId);
      // On BPKV the rank waits for the quality scores given at closing: no price rank that would mislead.
      const opPrijs = !heeftKwaliteitscriterium(rij.toestand.percelen.find((p) => p.id === ronde.perceelId)!);
      const gewonnen = uitslag?.winnaar === principal.organisatieId;
      return {
        ...basis,
        eigenBodCenten: eigen?.tariefCenten ?? null,
        rang: eigen && opPrijs ? rangVan(eigen, biedingen) : null,
        ...(uitslag
          ? { winnaar: gewonnen ? uitslag.winnaar : null, tariefCenten: gewonnen ? uitslag.tariefCenten : null }
          : {}),
      };
    }
    return {
      ...basis,
      ...(ronde.geslotenOm
        ? {
            biedingen: biedingen.map((b) => ({
              aanbiederId: b.aanbiederId,
              tariefCenten: b.tariefCenten,
              ingediendOm: b.ingediendOm.toISOString(),
            })),
          }
        : {}),
      ...(uitslag ? { winnaar: uitslag.winnaar, tariefCenten: uitslag.tariefCenten } : {}),
    };
  }
}

/**
 * The consensus quality points per bidder for a BPKV decision: every bidder needs one, and only bidders get one.
 */
export function kwaliteitPerBieder(
  biedingen: { aanbiederId: string }[],
  perceel: Perceel,
  beoordelingen: KwaliteitsscoreDto[] = [],
): Map<string, number> {
  const scores = new Map(beoordelingen.map((b) => [b.aanbiederId, b.kwaliteitMicropunten]));
  // At most the quality criteria's weights together (1 punt = 1,000,000 micropunten).
  const maximum =
    perceel.gunningscriteria.filter((c) => c.soort === 'kwaliteit').reduce((s, c) => s + c.weging, 0) * 1_000_000;
  const fouten = [
    ...beoordelingen
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => b.kwaliteitMicropunten > maximum)
      .map(({ i }) => ({
        veld: `beoordelingen[${i}].kwaliteitMicropunten`,
        reden: `meer dan de ${maximum} micropunten die de kwaliteitscriteria samen wegen`,
      })),
    ...biedingen
      .filter((b) => !scores.has(b.aanbiederId))
      .map((b) => ({ veld: 'beoordelingen', reden: `geen kwaliteitsscore voor bieder ${b.aanbiederId}` })),
    ...beoordelingen
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => !biedingen.some((x) => x.aanbiederId === b.aanbiederId))
      .map(({ i }) => ({ veld: `beoordelingen[${i}].aanbiederId`, reden: 'heeft niet geboden' })),
  ];
  if (fouten.length) throw validatieFout('de kwaliteitsbeoordeling is niet compleet', fouten);
  return scores;
}

/** An admitted participant: a raamovereenkomst of the veiling on this perceel that has started. */
export function deelnemer(a: Aanbesteding, aanbiederId: string, perceelId: string, vandaag: string): boolean {
  return a.raamovereenkomsten.some(
    (r) => r.aanbieder.id === aanbiederId && r.perceelIds.includes(perceelId) && r.begindatum <= vandaag,
  );
}
