import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ActieType,
  AanbestedingStatus,
  beoordelingBlindVoor,
  PROCEDURE_CONFIG,
  rangschik,
  toetsingStatus,
  type Rang,
} from '#keten/domain';
import { Rol, geenToegang, type Principal } from '#keten/platform';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { AanbestedingWeigering } from '../aanbesteding-weigering.exception.js';
import { AanbestedingEntity } from '../database/aanbesteding.entity.js';
import { AanbestedingGebeurtenisEntity } from '../database/aanbesteding-gebeurtenis.entity.js';
import { GegundeRaamovereenkomstEntity } from '../database/gegunde-raamovereenkomst.entity.js';
import { zonderBigint } from '../database/toestand-json.util.js';
import { InkoopKlok } from '../inkoop-klok.service.js';
import { leesInkoopbeleid } from '../inkoopbeleid/inkoopbeleid.util.js';
import type { AanbestedingDto, AanbestedingLijstQueryDto, GebeurtenisDto } from './aanbesteding.dto.js';
import { weergave } from './weergave.util.js';

export interface ScoresDto {
  beoordelaars: string[];
  voorzitter: string | null;
  consensuswijzigingen: {
    inschrijvingId: string;
    criteriumId: string;
    vorigeScore: number;
    score: number;
    motivering: string;
    datum: string;
    gebruiker: string;
  }[];
  kwaliteitsscores: { inschrijvingId: string; criteriumId: string; beoordelaar: string; score: number }[];
  consensusscores: { inschrijvingId: string; criteriumId: string; score: number; motivering: string }[];
}

export interface PerceelRangschikkingDto {
  perceelId: string;
  /** 'gunning' once awarded (the ranking the decision used), else 'voorlopig' (current scores and prices). */
  bron: 'gunning' | 'voorlopig';
  rangschikking: Rang[];
  gegund: string[] | null;
}

@Injectable()
export class RaadpleegAanbestedingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly klok: InkoopKlok,
  ) {}

  async haal(principal: Principal, id: string): Promise<AanbestedingDto> {
    const rij = await this.toegang.laad(this.dataSource.manager, principal, id);
    const [dto] = await this.weergaven(principal, [rij]);
    return dto;
  }

  async lijst(principal: Principal, query: AanbestedingLijstQueryDto): Promise<AanbestedingDto[]> {
    const qb = this.dataSource
      .getRepository(AanbestedingEntity)
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id')
      .limit(query.limiet)
      .offset(query.offset);
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.procedureType) qb.andWhere('a.procedure_type = :type', { type: query.procedureType });
    if (query.domein) qb.andWhere('a.domein = :domein', { domein: query.domein });
    const rijen = await (await this.toegang.beperk(principal, qb)).getMany();
    return this.weergaven(principal, rijen);
  }

  private async weergaven(principal: Principal, rijen: AanbestedingEntity[]): Promise<AanbestedingDto[]> {
    if (rijen.length === 0) return [];
    const koppelingen = await this.dataSource
      .getRepository(GegundeRaamovereenkomstEntity)
      .createQueryBuilder('k')
      .where('k.aanbesteding_id = ANY(:ids)', { ids: rijen.map((r) => r.id) })
      .orderBy('k.nummer')
      .getMany();
    const datum = this.klok.vandaag();
    return Promise.all(
      rijen.map(async (rij) =>
        weergave(
          rij,
          principal,
          koppelingen.filter((k) => k.aanbestedingId === rij.id),
          {
            datum,
            inkoopbeleid:
              rij.status === AanbestedingStatus.Concept
                ? await leesInkoopbeleid(this.dataSource.manager, rij.inkoperId)
                : undefined,
          },
        ),
      ),
    );
  }

  async gebeurtenissen(principal: Principal, id: string): Promise<GebeurtenisDto[]> {
    this.geenAanbieder(principal);
    const { toestand } = await this.toegang.laad(this.dataSource.manager, principal, id);
    const rijen = await this.dataSource
      .getRepository(AanbestedingGebeurtenisEntity)
      .find({ where: { aanbestedingId: id }, order: { volgnummer: 'ASC' } });
    // Blind scoring: the history must not show a beoordelaar the others' scores or who bid.
    const blind = beoordelingBlindVoor(toestand, principal.actor);
    const zichtbaar = (g: AanbestedingGebeurtenisEntity) =>
      !blind || g.actor === principal.actor || (g.actie !== ActieType.RegistreerScore && g.actie !== ActieType.DienIn);
    return rijen.map((g) => ({
      volgnummer: g.volgnummer,
      actie: g.actie,
      datum: g.datum,
      moment: g.moment.toISOString(),
      actor: g.actor,
      rol: g.rol,
      statusVoor: g.statusVoor,
      statusNa: g.statusNa,
      details: zichtbaar(g) ? g.details : {},
    }));
  }

  /** The individual scores of every beoordelaar and the consensus with its motivation; never for aanbieders. */
  async scores(principal: Principal, id: string): Promise<ScoresDto> {
    this.geenAanbieder(principal);
    const { toestand: a } = await this.toegang.laad(this.dataSource.manager, principal, id);
    const eigen = beoordelingBlindVoor(a, principal.actor);
    return {
      beoordelaars: a.beoordelaars,
      voorzitter: a.voorzitter ?? null,
      kwaliteitsscores: eigen
        ? a.kwaliteitsscores.filter((k) => k.beoordelaar === principal.actor)
        : a.kwaliteitsscores,
      consensusscores: a.consensusscores,
      consensuswijzigingen: a.consensuswijzigingen ?? [],
    };
  }

  /** BPKV ranking per perceel: the gunning's, or a preview from current scores once prices are opened. */
  async rangschikking(principal: Principal, id: string): Promise<PerceelRangschikkingDto[]> {
    this.geenAanbieder(principal);
    const { toestand: a } = await this.toegang.laad(this.dataSource.manager, principal, id);
    if (a.gunning) {
      return zonderBigint(
        a.gunning.percelen
          .filter((p) => p.rangschikking)
          .map((p) => ({
            perceelId: p.perceelId,
            bron: 'gunning' as const,
            rangschikking: p.rangschikking!,
            gegund: p.gegund,
          })),
      );
    }
    if (PROCEDURE_CONFIG[a.procedureType].stappen.kwaliteitsbeoordeling && a.prijzenGeopendOp === null) {
      throw new AanbestedingWeigering(
        'PRIJZEN_NOG_GESLOTEN',
        'De rangschikking volgt pas als de prijzen na de kwaliteitsbeoordeling zijn geopend.',
      );
    }
    if (a.status !== AanbestedingStatus.Prijsbeoordeling) return [];
    const actief = a.inschrijvingen.filter((i) => !(i.verzoekTotDeelneming && a.geselecteerd !== null));
    return zonderBigint(
      a.percelen
        .filter((p) => p.gunningscriteria.length > 0)
        .map((p) => ({
          perceelId: p.id,
          bron: 'voorlopig' as const,
          rangschikking: rangschik(
            p,
            actief.filter((i) => i.perceelId === p.id && toetsingStatus(a, i) === 'voldoet'),
            a.consensusscores,
          ),
          gegund: null,
        })),
    );
  }

  private geenAanbieder(principal: Principal): void {
    if (principal.rol === Rol.Aanbieder)
      throw geenToegang('scores, rangschikking en historie zijn niet zichtbaar voor aanbieders');
  }
}
