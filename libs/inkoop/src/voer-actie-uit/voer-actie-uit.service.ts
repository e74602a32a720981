import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActieType, voerActieUit, type Aanbesteding, type Actie, type Inschrijving } from '#keten/domain';
import { AuditService, Rol, geenToegang, nietGevonden, type Principal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { AanbestedingWeigering } from '../aanbesteding-weigering.exception.js';
import { AanbestedingEntity } from '../database/aanbesteding.entity.js';
import { AanbestedingGebeurtenisEntity } from '../database/aanbesteding-gebeurtenis.entity.js';
import { AanbestedingInschrijvingEntity, InschrijvingSoort } from '../database/aanbesteding-inschrijving.entity.js';
import { GegundeRaamovereenkomstEntity } from '../database/gegunde-raamovereenkomst.entity.js';
import { InkoopKlok } from '../inkoop-klok.service.js';
import { leesInkoopbeleid } from '../inkoopbeleid/inkoopbeleid.util.js';
import { GunningRaamovereenkomstService } from '../raamovereenkomsten/gunning-raamovereenkomst.service.js';
import { RaadpleegAanbestedingService } from '../raadpleeg-aanbesteding/raadpleeg-aanbesteding.service.js';
import type { ActieAntwoordDto } from '../raadpleeg-aanbesteding/aanbesteding.dto.js';
import { koppelingDto } from '../raadpleeg-aanbesteding/weergave.util.js';
import type { InschrijvingDto, ScoreDto } from './actie.dto.js';

export interface ActieOpties {
  /** Inschrijven is for aanbieders, every other action for the inkoper (and scores for beoordelaars in scope). */
  door: 'inkoper' | 'aanbieder' | 'beoordelaar';
  /** Data for the history that the Actie itself does not carry. */
  details?: Record<string, unknown>;
}

/** The raamovereenkomst nummer for a domain voorstel: the inkoper's kenmerk plus the voorstel's -RO-nnn suffix. */
export function raamovereenkomstNummer(rij: AanbestedingEntity, voorstelId: string): string {
  return `${rij.kenmerk}${voorstelId.slice(rij.id.length)}`;
}

/**
 * Performs one action of the state machine (voerActieUit) on a locked aanbesteding: the new domain state, the
 * inschrijving keys, the gunning's raamovereenkomst links, the history event and the audit line commit together.
 * Raamovereenkomsten are then registered in contracten (after commit, idempotent by nummer).
 */
@Injectable()
export class VoerActieUitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly audit: AuditService,
    private readonly klok: InkoopKlok,
    private readonly raamovereenkomsten: GunningRaamovereenkomstService,
    private readonly raadpleeg: RaadpleegAanbestedingService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async voerUit(principal: Principal, id: string, actie: Actie, opties: ActieOpties): Promise<ActieAntwoordDto> {
    const { nieuw } = await this.dataSource.transaction(async (manager) => {
      const rij = await this.toegang.laad(manager, principal, id, true);
      if (opties.door === 'inkoper') await this.toegang.controleerBeheer(principal, rij);
      const context = {
        datum: this.klok.vandaag(),
        gebruiker: principal.actor,
        inkoopbeleid: await leesInkoopbeleid(manager, rij.inkoperId),
      };
      const vorig = rij.toestand;
      const r = voerActieUit(vorig, actie, context);
      if (!r.ok) throw new AanbestedingWeigering(r.code, r.reden);
      await this.bewaar(manager, principal, rij, vorig, r.aanbesteding, actie, context.datum, opties);
      const nieuw = r.raamovereenkomsten.length
        ? await manager.save(
            r.raamovereenkomsten.map((v) =>
              manager.create(GegundeRaamovereenkomstEntity, {
                aanbestedingId: rij.id,
                voorstelId: v.id,
                aanbiederId: v.aanbieder.id,
                nummer: raamovereenkomstNummer(rij, v.id),
                raamovereenkomstId: null,
                fout: null,
              }),
            ),
          )
        : [];
      return { nieuw };
    });
    const geregistreerd = await this.raamovereenkomsten.voltooi(principal, id);
    const aanbesteding = await this.raadpleeg.haal(principal, id);
    const perVoorstel = new Map(geregistreerd.map((k) => [k.voorstelId, k]));
    return {
      nieuweStatus: aanbesteding.status,
      aanbesteding,
      raamovereenkomsten: nieuw.map((k) => koppelingDto(perVoorstel.get(k.voorstelId) ?? k)),
    };
  }

  /** An aanbieder's inschrijving or aanmelding on one perceel, as its own organisation (DienIn). */
  async schrijfIn(
    principal: Principal,
    id: string,
    perceelId: string,
    dto: InschrijvingDto,
  ): Promise<ActieAntwoordDto> {
    if (principal.rol !== Rol.Aanbieder || !principal.organisatieId)
      throw geenToegang('alleen een aanbieder schrijft in, voor zichzelf');
    const [org] = await this.organisaties.organisatiesVan(this.dataSource.manager, [principal.organisatieId]);
    if (!org) throw nietGevonden('organisatie', principal.organisatieId);
    const actie: Actie = {
      type: ActieType.DienIn,
      inschrijving: {
        id: randomUUID(),
        aanbieder: {
          id: org.id,
          naam: org.naam,
          ...(org.agbCode ? { agbCode: org.agbCode } : {}),
          ...(org.kvkNummer ? { kvkNummer: org.kvkNummer } : {}),
          natuurlijkPersoon: dto.natuurlijkPersoon ?? false,
        },
        perceelId,
        tarieven: Object.fromEntries(dto.tarieven.map((t) => [t.productcode, t.tariefCenten])),
        ...(dto.capaciteit !== undefined ? { capaciteit: dto.capaciteit } : {}),
        aanvaardtVoorwaarden: dto.aanvaardtVoorwaarden,
      },
    };
    return this.voerUit(principal, id, actie, { door: 'aanbieder' });
  }

  /** A beoordelaar's own score; the domain refuses anyone not listed as beoordelaar (GEEN_BEOORDELAAR). */
  async scoor(principal: Principal, id: string, dto: ScoreDto): Promise<ActieAntwoordDto> {
    if (principal.rol === Rol.Aanbieder) throw geenToegang();
    return this.voerUit(
      principal,
      id,
      {
        type: ActieType.RegistreerScore,
        inschrijvingId: dto.inschrijvingId,
        criteriumId: dto.criteriumId,
        score: dto.score,
      },
      { door: 'beoordelaar' },
    );
  }

  private async bewaar(
    manager: EntityManager,
    principal: Principal,
    rij: AanbestedingEntity,
    vorig: Aanbesteding,
    nieuw: Aanbesteding,
    actie: Actie,
    datum: string,
    opties: ActieOpties,
  ): Promise<void> {
    const bekend = new Set(vorig.inschrijvingen.map((i) => i.id));
    const ingediend = nieuw.inschrijvingen.filter((i) => !bekend.has(i.id));
    if (ingediend.length)
      await manager.insert(
        AanbestedingInschrijvingEntity,
        ingediend.map((i) => inschrijvingRij(rij.id, i)),
      );
    if (actie.type === ActieType.WijsAf) {
      await manager.update(
        AanbestedingInschrijvingEntity,
        { id: actie.inschrijvingId, aanbestedingId: rij.id },
        { afgewezenOp: datum },
      );
    }
    const statusVoor = rij.status;
    rij.toestand = nieuw;
    rij.status = nieuw.status;
    rij.publicatiedatum = nieuw.publicatiedatum;
    rij.versie += 1;
    await manager.save(rij);
    await manager.save(
      manager.create(AanbestedingGebeurtenisEntity, {
        aanbestedingId: rij.id,
        volgnummer: rij.versie,
        actie: actie.type,
        datum,
        actor: principal.actor,
        rol: principal.rol,
        statusVoor,
        statusNa: nieuw.status,
        details: { ...gebeurtenisDetails(actie), ...(opties.details ?? {}) },
        toestandNa: nieuw,
      }),
    );
    await this.audit.log(manager, principal, {
      actie: `aanbesteding.${actie.type}`,
      entiteit: 'aanbesteding',
      entiteitId: rij.id,
      details: { kenmerk: rij.kenmerk, versie: rij.versie, statusVoor, statusNa: nieuw.status, datum },
    });
  }
}

function inschrijvingRij(aanbestedingId: string, i: Inschrijving): Partial<AanbestedingInschrijvingEntity> {
  return {
    id: i.id,
    aanbestedingId,
    perceelId: i.perceelId,
    aanbiederId: i.aanbieder.id,
    soort: i.verzoekTotDeelneming ? InschrijvingSoort.VerzoekTotDeelneming : InschrijvingSoort.Inschrijving,
    ingediendOp: i.ingediendOp,
    afgewezenOp: null,
  };
}

/** What the history keeps of an action; bid prices stay out (price vault: quality is scored before prices are seen). */
function gebeurtenisDetails(actie: Actie): Record<string, unknown> {
  if (actie.type !== ActieType.DienIn) return { ...actie };
  const { id, perceelId, aanbieder, capaciteit, aanvaardtVoorwaarden } = actie.inschrijving;
  return {
    type: actie.type,
    inschrijvingId: id,
    perceelId,
    aanbiederId: aanbieder.id,
    capaciteit,
    aanvaardtVoorwaarden,
  };
}
