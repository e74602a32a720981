import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ActieType, AanbestedingStatus, miniCompetitieSoort, PROCEDURE_CONFIG } from '#keten/domain';
import { AuditService, geenToegang, nietGevonden, Rol, validatieFout, type Principal } from '#keten/platform';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { AanbestedingWeigering } from '../aanbesteding-weigering.exception.js';
import { VeilingbodEntity, VeilingrondeEntity } from '../database/veilingronde.entity.js';
import { InkoopKlok } from '../inkoop-klok.service.js';
import { deelnemer, kwaliteitPerBieder } from '../veiling/veiling.service.js';
import { VoerActieUitService } from '../voer-actie-uit/voer-actie-uit.service.js';
import type {
  GunNadereOpdrachtDto,
  NadereOpdrachtBodDto,
  NadereOpdrachtDto,
  OpenNadereOpdrachtDto,
} from './nadere-opdracht.dto.js';

/**
 * A nadere opdracht (call-off) in a dynamisch aankoopsysteem (art. 2.51 Aw) or under a raamovereenkomst with several
 * parties and vernieuwde mededinging (art. 2.144 Aw): the inkoper opens a competition for one order among the parties with a deadline and the perceel's criteria; each bids sealed (sees only its
 * own bid, may replace it until sluitOm); after sluitOm the inkoper scores quality and the state machine's
 * NadereOpdracht awards on BPKV. The uitslag in the aanbesteding is the call-off's record (and its OCDS process).
 */
@Injectable()
export class NadereOpdrachtService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly klok: InkoopKlok,
    private readonly acties: VoerActieUitService,
    private readonly audit: AuditService,
  ) {}

  async open(principal: Principal, id: string, dto: OpenNadereOpdrachtDto): Promise<NadereOpdrachtDto> {
    const opdrachtId = await this.dataSource.transaction(async (manager) => {
      const rij = await this.toegang.laad(manager, principal, id, true);
      await this.toegang.controleerBeheer(principal, rij);
      const a = rij.toestand;
      const config = PROCEDURE_CONFIG[a.procedureType];
      if (miniCompetitieSoort(a) !== 'nadere_opdracht') {
        throw new AanbestedingWeigering(
          'STAP_NIET_VAN_TOEPASSING',
          `${config.naam} kent hier geen nadere opdrachten (alleen een DAS of een raamovereenkomst met vernieuwde mededinging).`,
        );
      }
      if (a.status !== AanbestedingStatus.Lopend)
        throw new AanbestedingWeigering(
          'ACTIE_NIET_TOEGESTAAN',
          'Nadere opdrachten lopen onder een gegunde raamovereenkomst of een lopend DAS (status lopend).',
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
        throw validatieFout('de nadere opdracht klopt niet', [{ veld: 'sluitOm', reden: 'ligt niet in de toekomst' }]);
      // The uitslag id is unique in the state too (an earlier uitslag may have come in through the acties route).
      const bestaand = new Set([
        ...a.miniCompetities.map((m) => m.id),
        ...(await manager.findBy(VeilingrondeEntity, { aanbestedingId: rij.id })).map((r) => r.uitslagId),
      ]);
      let n = bestaand.size + 1;
      while (bestaand.has(`NO-${String(n).padStart(4, '0')}`)) n++;
      const opdracht = await manager.save(
        manager.create(VeilingrondeEntity, {
          aanbestedingId: rij.id,
          soort: 'nadere_opdracht',
          uitslagId: `NO-${String(n).padStart(4, '0')}`,
          perceelId: dto.perceelId,
          productcode: dto.productcode,
          clientReferentie: dto.clientReferentie,
          geopendOm: nu,
          sluitOm,
          geslotenOm: null,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'nadere-opdracht.geopend',
        entiteit: 'aanbesteding',
        entiteitId: rij.id,
        details: { opdrachtId: opdracht.id, uitslagId: opdracht.uitslagId, sluitOm: dto.sluitOm },
      });
      return opdracht.id;
    });
    return this.bekijk(principal, id, opdrachtId);
  }

  async bied(
    principal: Principal,
    id: string,
    opdrachtId: string,
    dto: NadereOpdrachtBodDto,
  ): Promise<NadereOpdrachtDto> {
    if (principal.rol !== Rol.Aanbieder || !principal.organisatieId)
      throw geenToegang('alleen een aanbieder biedt, voor zichzelf');
    const aanbiederId = principal.organisatieId;
    await this.dataSource.transaction(async (manager) => {
      const rij = await this.toegang.laad(manager, principal, id);
      const opdracht = await manager.findOne(VeilingrondeEntity, {
        where: { id: opdrachtId, aanbestedingId: rij.id, soort: 'nadere_opdracht' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!opdracht) throw nietGevonden('nadere opdracht', opdrachtId);
      // Only the framework's admitted parties learn that the order exists.
      if (!deelnemer(rij.toestand, aanbiederId, opdracht.perceelId, this.klok.vandaag()))
        throw nietGevonden('nadere opdracht', opdrachtId);
      const nu = this.klok.nu();
      if (opdracht.geslotenOm || nu >= opdracht.sluitOm)
        throw new AanbestedingWeigering(
          'BUITEN_INSCHRIJFTERMIJN',
          `De termijn is verstreken op ${opdracht.sluitOm.toISOString()}.`,
        );
      const product = rij.toestand.percelen
        .find((p) => p.id === opdracht.perceelId)!
        .producten.find((p) => p.code === opdracht.productcode)!;
      const plafond =
        product.prijs.soort === 'maximumtarief'
          ? product.prijs.maximumtariefCenten
          : product.prijs.soort === 'bod'
            ? product.prijs.maximumCenten
            : undefined;
      if (plafond !== undefined && dto.tariefCenten > plafond)
        throw new AanbestedingWeigering(
          'BOD_BOVEN_MAXIMUM',
          `Het bod ligt boven het maximumtarief van ${plafond} cent.`,
        );
      if (
        product.prijs.soort !== 'vast' &&
        product.prijs.reelePrijsCenten !== undefined &&
        dto.tariefCenten < product.prijs.reelePrijsCenten
      ) {
        throw new AanbestedingWeigering(
          'BOD_ONDER_REELE_PRIJS',
          'Het bod ligt onder de reële prijs en is ongeldig (Wmo art. 2.6.6 / Jeugdwet art. 2.11).',
        );
      }
      // Sealed bids: a new bid replaces the earlier one until the deadline, up or down.
      const vorig = await manager.findOneBy(VeilingbodEntity, { rondeId: opdracht.id, aanbiederId });
      await manager.save(
        Object.assign(vorig ?? manager.create(VeilingbodEntity, { rondeId: opdracht.id, aanbiederId }), {
          tariefCenten: dto.tariefCenten,
          ingediendOm: nu,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'nadere-opdracht.bod',
        entiteit: 'aanbesteding',
        entiteitId: rij.id,
        details: { opdrachtId: opdracht.id },
      });
    });
    return this.bekijk(principal, id, opdrachtId);
  }

  async gun(
    principal: Principal,
    id: string,
    opdrachtId: string,
    dto: GunNadereOpdrachtDto,
  ): Promise<NadereOpdrachtDto> {
    const rij = await this.toegang.laad(this.dataSource.manager, principal, id);
    await this.toegang.controleerBeheer(principal, rij);
    const opdracht = await this.dataSource
      .getRepository(VeilingrondeEntity)
      .findOneBy({ id: opdrachtId, aanbestedingId: rij.id, soort: 'nadere_opdracht' });
    if (!opdracht) throw nietGevonden('nadere opdracht', opdrachtId);
    if (opdracht.geslotenOm)
      throw new AanbestedingWeigering('ACTIE_NIET_TOEGESTAAN', 'De nadere opdracht is al gegund.');
    if (this.klok.nu() < opdracht.sluitOm)
      throw new AanbestedingWeigering('TERMIJN_LOOPT_NOG', `De termijn loopt tot ${opdracht.sluitOm.toISOString()}.`);
    const biedingen = await this.dataSource
      .getRepository(VeilingbodEntity)
      .find({ where: { rondeId: opdracht.id }, order: { ingediendOm: 'ASC' } });
    const perceel = rij.toestand.percelen.find((p) => p.id === opdracht.perceelId)!;
    const kwaliteit = kwaliteitPerBieder(biedingen, perceel, dto.beoordelingen);
    // Idempotent: an award that committed the uitslag but not the end finds its uitslag and only ends the competition.
    if (!rij.toestand.miniCompetities.some((m) => m.id === opdracht.uitslagId)) {
      await this.acties.voerUit(
        principal,
        id,
        {
          type: ActieType.NadereOpdracht,
          id: opdracht.uitslagId,
          perceelId: opdracht.perceelId,
          productcode: opdracht.productcode,
          clientReferentie: opdracht.clientReferentie,
          biedingen: biedingen.map((b) => ({
            aanbiederId: b.aanbiederId,
            tariefCenten: b.tariefCenten,
            ingediendOm: b.ingediendOm.toISOString(),
            kwaliteitMicropunten: kwaliteit.get(b.aanbiederId),
          })),
        },
        { door: 'inkoper', details: { opdrachtId: opdracht.id } },
      );
    }
    await this.dataSource
      .getRepository(VeilingrondeEntity)
      .update({ id: opdracht.id, geslotenOm: IsNull() }, { geslotenOm: this.klok.nu() });
    return this.bekijk(principal, id, opdrachtId);
  }

  /** The competition as the caller may see it: an aanbieder only its own bid, and the winner only if it won. */
  async bekijk(principal: Principal, id: string, opdrachtId: string): Promise<NadereOpdrachtDto> {
    const rij = await this.toegang.laad(this.dataSource.manager, principal, id);
    const opdracht = await this.dataSource
      .getRepository(VeilingrondeEntity)
      .findOneBy({ id: opdrachtId, aanbestedingId: rij.id, soort: 'nadere_opdracht' });
    if (!opdracht) throw nietGevonden('nadere opdracht', opdrachtId);
    const aanbieder = principal.rol === Rol.Aanbieder;
    if (aanbieder && !deelnemer(rij.toestand, principal.organisatieId ?? '', opdracht.perceelId, this.klok.vandaag()))
      throw nietGevonden('nadere opdracht', opdrachtId);
    const biedingen = await this.dataSource
      .getRepository(VeilingbodEntity)
      .find({ where: { rondeId: opdracht.id }, order: { ingediendOm: 'ASC' } });
    const uitslag = rij.toestand.miniCompetities.find((m) => m.id === opdracht.uitslagId);
    const perceel = rij.toestand.percelen.find((p) => p.id === opdracht.perceelId)!;
    const basis: NadereOpdrachtDto = {
      id: opdracht.id,
      uitslagId: opdracht.uitslagId,
      perceelId: opdracht.perceelId,
      productcode: opdracht.productcode,
      clientReferentie: opdracht.clientReferentie,
      sluitOm: opdracht.sluitOm.toISOString(),
      status: opdracht.geslotenOm ? 'gegund' : 'open',
      gunningscriteria: perceel.gunningscriteria.map((c) => ({ naam: c.naam, soort: c.soort, weging: c.weging })),
    };
    if (aanbieder) {
      const gewonnen = uitslag?.winnaar === principal.organisatieId;
      return {
        ...basis,
        eigenBodCenten: biedingen.find((b) => b.aanbiederId === principal.organisatieId)?.tariefCenten ?? null,
        ...(uitslag
          ? { winnaar: gewonnen ? uitslag.winnaar : null, tariefCenten: gewonnen ? uitslag.tariefCenten : null }
          : {}),
      };
    }
    // Sealed until the deadline: not even the inkoper sees the bids before sluitOm.
    const geopend = this.klok.nu() >= opdracht.sluitOm;
    return {
      ...basis,
      ...(geopend
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
