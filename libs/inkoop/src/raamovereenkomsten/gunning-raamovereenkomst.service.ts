import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Uitvoeringsvariant, type Aanbesteding, type RaamovereenkomstVoorstel } from '#keten/domain';
import { FoutCode, KetenFout, Rol, vertaalDatabaseFout, type Principal } from '#keten/platform';
import {
  RaamovereenkomstService,
  type RaamovereenkomstLijstQueryDto,
  type RegistreerRaamovereenkomstDto,
} from '#keten/contracten';
import { AanbestedingEntity } from '../database/aanbesteding.entity.js';
import { GegundeRaamovereenkomstEntity } from '../database/gegunde-raamovereenkomst.entity.js';

/** The registration document contracten needs for one voorstel of a gunning or toelating. */
export function raamovereenkomstDocument(
  a: Aanbesteding,
  v: RaamovereenkomstVoorstel,
  nummer: string,
): RegistreerRaamovereenkomstDto {
  const producten = new Map<string, RegistreerRaamovereenkomstDto['producten'][number]>();
  for (const p of v.producten) {
    // One productcode per contract (TR381): the first perceel's tariff wins when an aanbieder won two percelen with one code.
    if (producten.has(p.productcode)) continue;
    const omschrijving =
      a.percelen.find((q) => q.id === p.perceelId)?.producten.find((q) => q.code === p.productcode)?.omschrijving ??
      p.productcode;
    producten.set(p.productcode, {
      productcategorie: p.categorie,
      productcode: p.productcode,
      uitvoeringsvariant: p.uitvoeringsvariant,
      omschrijving,
      // Taakgericht is funded by a budget, not per eenheid: no tariff rows.
      tarieven:
        p.uitvoeringsvariant === Uitvoeringsvariant.Taakgericht
          ? []
          : [
              {
                eenheid: p.eenheid,
                bedragCenten: p.tariefCenten,
                ingangsdatum: p.geldigheid.begindatum,
                einddatum: p.geldigheid.einddatum,
              },
            ],
    });
  }
  const percelen = v.perceelIds.map((id) => a.percelen.find((p) => p.id === id)?.naam ?? id).join(', ');
  return {
    nummer,
    naam: `${a.naam} – ${percelen}`.slice(0, 200),
    inkoperId: v.inkopendeOrganisatieId,
    aanbiederId: v.aanbieder.id,
    gemeenteIds: [...v.deelnemendeGemeenten],
    domein: v.domein,
    ingangsdatum: v.begindatum,
    einddatum: v.einddatum,
    maximaleWaardeCenten: v.maximumwaardeCenten,
    producten: [...producten.values()],
    // The tender's terms carry into the contract: its extension options (in order), the justification of a long
    // term, open entry (toelatingsprocedure, DAS) and the indexation method.
    verlengingsopties: v.verlengingsopties.map((duurMaanden) => ({ duurMaanden })),
    ...(v.motiveringLangeLooptijd ? { motiveringLangeLooptijd: v.motiveringLangeLooptijd } : {}),
    tussentijdseToetreding: v.tussentijdseToetreding ?? false,
    ...(v.indexatiemethode?.length ? { indexatiemethode: v.indexatiemethode.map((c) => ({ ...c })) } : {}),
  } as RegistreerRaamovereenkomstDto;
}

/** The `fout` of a link whose registration failed on something other than a refusal (worth trying again). */
const ONVERWACHTE_FOUT = 'onverwachte fout';

/** Who registers what the sweeper picks up: the worker, recorded as such in the audit log. */
const VEGER: Principal = { actor: 'worker', rol: Rol.Beheerder, organisatieId: null, agbCode: null };

/**
 * Turns the raamovereenkomsten a gunning or toelating concluded into contracts through contracten's use case.
 * Runs after the transition committed; every link is keyed by a deterministic nummer (kenmerk-RO-nnn, unique per
 * inkoper in contracten), so a retry after a crash finds the contract instead of creating a second one.
 */
@Injectable()
export class GunningRaamovereenkomstService {
  private readonly logger = new Logger(GunningRaamovereenkomstService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly contracten: RaamovereenkomstService,
  ) {}

  /** Registers every link still without a raamovereenkomst; returns all links of the aanbesteding. */
  async voltooi(principal: Principal, aanbestedingId: string): Promise<GegundeRaamovereenkomstEntity[]> {
    await this.dataSource.transaction(async (manager) => {
      // SKIP LOCKED: a concurrent retry leaves links another request is registering alone.
      const open = await manager
        .createQueryBuilder(GegundeRaamovereenkomstEntity, 'k')
        .where('k.aanbesteding_id = :aanbestedingId AND k.raamovereenkomst_id IS NULL', { aanbestedingId })
        .orderBy('k.nummer')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (open.length === 0) return;
      const rij = await manager.findOneOrFail(AanbestedingEntity, { where: { id: aanbestedingId } });
      for (const k of open) {
        const voorstel = rij.toestand.raamovereenkomsten.find((v) => v.id === k.voorstelId);
        if (!voorstel) {
          // Nothing to register from: a refusal the inkoopadviseur must look at, not something to retry.
          if (k.fout === null)
            await manager.save(Object.assign(k, { fout: `voorstel ${k.voorstelId} staat niet (meer) in de gunning` }));
          continue;
        }
        try {
          k.raamovereenkomstId = await this.registreer(
            principal,
            raamovereenkomstDocument(rij.toestand, voorstel, k.nummer),
            voorstel,
          );
          k.fout = null;
        } catch (fout) {
          const vertaald = vertaalDatabaseFout(fout);
          k.fout = (
            vertaald instanceof KetenFout
              ? `${vertaald.message}${vertaald.fouten.length ? ': ' + vertaald.fouten.map((f) => `${f.veld} ${f.reden}`).join('; ') : ''}`
              : ONVERWACHTE_FOUT
          ).slice(0, 2000);
          if (!(vertaald instanceof KetenFout))
            this.logger.error(`raamovereenkomst ${k.nummer}: ${fout instanceof Error ? fout.stack : String(fout)}`);
        }
        await manager.save(k);
      }
    });
    return this.dataSource
      .getRepository(GegundeRaamovereenkomstEntity)
      .find({ where: { aanbestedingId }, order: { nummer: 'ASC' } });
  }

  /**
   * The sweeper's part (onderhoud, every 30 s): links still without a raamovereenkomst after `ouderDanSeconden`, left
   * open by a process that died between the gunning's commit and the registration, or by an unexpected error. An
   * aanbesteding whose open links were all refused waits for the inkoopadviseur: trying again would only be refused
   * again (one taken up for another link retries its refused ones too, as the inkoopadviseur's retry does). One
   * aanbesteding failing does not keep the others waiting. Returns how many aanbestedingen were taken up.
   */
  async veeg(ouderDanSeconden = 60): Promise<number> {
    const rijen = (await this.dataSource.query(
      `SELECT DISTINCT aanbesteding_id FROM keten.gegunde_raamovereenkomst
        WHERE raamovereenkomst_id IS NULL AND (fout IS NULL OR fout = $2) AND updated_at < now() - make_interval(secs => $1)`,
      [ouderDanSeconden, ONVERWACHTE_FOUT],
    )) as { aanbesteding_id: string }[];
    let opgepakt = 0;
    for (const { aanbesteding_id } of rijen) {
      try {
        const koppelingen = await this.voltooi(VEGER, aanbesteding_id);
        opgepakt++;
        this.logger.log(
          `aanbesteding ${aanbesteding_id}: ${koppelingen.filter((k) => k.raamovereenkomstId).length} of ${koppelingen.length} raamovereenkomsten registered by the sweeper`,
        );
      } catch (e) {
        this.logger.error(
          `aanbesteding ${aanbesteding_id}: the sweeper could not finish its raamovereenkomsten: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
    return opgepakt;
  }

  private async registreer(
    principal: Principal,
    document: RegistreerRaamovereenkomstDto,
    voorstel: RaamovereenkomstVoorstel,
  ): Promise<string> {
    try {
      return (await this.contracten.registreer(principal, document)).id;
    } catch (fout) {
      const vertaald = vertaalDatabaseFout(fout);
      if (!(vertaald instanceof KetenFout) || vertaald.code !== FoutCode.Conflict) throw fout;
      // Registered before (a retry after a crash between contracten's commit and ours): find it by its nummer.
      const bestaand = await this.zoekOpNummer(principal, document, voorstel);
      if (!bestaand) throw fout;
      return bestaand;
    }
  }

  private async zoekOpNummer(
    principal: Principal,
    document: RegistreerRaamovereenkomstDto,
    voorstel: RaamovereenkomstVoorstel,
  ): Promise<string | null> {
    if (!voorstel.aanbieder.agbCode) return null;
    for (let offset = 0; offset < 50_000; offset += 500) {
      const query = {
        agbCode: voorstel.aanbieder.agbCode,
        domein: document.domein,
        limiet: 500,
        offset,
      } as RaamovereenkomstLijstQueryDto;
      const pagina = await this.contracten.lijst(principal, query);
      const gevonden = pagina.find((c) => c.nummer === document.nummer && c.inkoper.id === document.inkoperId);
      if (gevonden) return gevonden.id;
      if (pagina.length < 500) return null;
    }
    return null;
  }
}
