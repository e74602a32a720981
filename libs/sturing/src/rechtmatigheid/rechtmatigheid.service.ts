import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BudgetService, ContractTariefService, type ContractTarief } from '#keten/contracten';
import { DeclaratieBetalingService } from '#keten/declaraties';
import { OrganisatieCodesService, ScopeService } from '#keten/organisaties';
import { ToewijzingStandService } from '#keten/toewijzingen';
import { nietGevonden, type Principal } from '#keten/platform';
import type { RechtmatigheidDto, RechtmatigheidUitzonderingDto } from './rechtmatigheid.dto.js';

interface BetaaldePrestatie {
  batch: string;
  declaratie_nummer: string;
  referentie_nummer: string;
  toewijzing_nummer: number;
  productcategorie: string;
  productcode: string;
  begindatum: string;
  einddatum: string;
  eenheid: string;
  product_tarief_centen: string | null;
  bedrag: string;
  agb_code: string;
  cbs_code: string;
  domein: string;
  toewijzing_aanbieder: string | null;
  aanbieder_id: string;
  toewijzing_client: string | null;
  client_id: string;
  v_ingang: string | null;
  v_eind: string | null;
  v_categorie: string | null;
  v_code: string | null;
  v_reden: string | null;
  stop: string | null;
}

/**
 * Rechtmatigheid for the jaarrekening (sturing-en-schaal.md 1): every euro paid through a betaalbatch in the year,
 * traced to its toewijzing (as it stands now: the current version and accepted stop cover the period and the product),
 * its raamovereenkomst and the tariff valid on the day of care; a termijn to a contract in force over its period.
 * What does not trace is listed with the reasons; no client data is shown.
 */
@Injectable()
export class RechtmatigheidService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly contracttarieven: ContractTariefService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly declaraties: DeclaratieBetalingService,
    private readonly toewijzingen: ToewijzingStandService,
    private readonly budgetten: BudgetService,
  ) {}

  async toets(principal: Principal, inkoperId: string, jaar: number): Promise<RechtmatigheidDto> {
    const inScope = await this.scope.organisatiesInScope(principal);
    const [inkoper] = (await this.organisaties.organisatiesVan(this.dataSource.manager, [inkoperId])).filter(
      (o) => o.soort === 'gemeente' || o.soort === 'regio',
    );
    if (!inkoper || (inScope !== null && !inScope.includes(inkoper.id)))
      throw nietGevonden('inkopende organisatie', inkoperId);
    const van = `${jaar}-01-01`;
    const tot = `${jaar}-12-31`;
    const manager = this.dataSource.manager;
    // Sturing's own posts; the prestaties, organisaties, toewijzingen and termijnen behind them come from the published
    // queries of the contexts that own them (architecture.md 1), each once for all posts.
    const posten: { batch: string; declaratie_id: string; volgnummer: number; bedrag: string }[] =
      await this.dataSource.query(
        `SELECT b.nummer AS batch, x.declaratie_id, x.volgnummer, x.bedrag_centen AS bedrag
         FROM keten.betaalbatch b JOIN keten.betaalbatch_post x ON x.betaalbatch_id = b.id AND x.soort = 'prestatie'
        WHERE b.inkoper_id = $1 AND b.status = 'betaald' AND b.betaald_op BETWEEN $2 AND $3
        ORDER BY b.nummer`,
        [inkoperId, van, tot],
      );
    const post = new Map(posten.map((x) => [`${x.declaratie_id}|${x.volgnummer}`, x]));
    const batchRang = new Map([...new Set(posten.map((x) => x.batch))].map((b, i) => [b, i]));
    const gegevens = await this.declaraties.prestatiesVan(
      manager,
      posten.map((x) => ({ declaratieId: x.declaratie_id, volgnummer: x.volgnummer })),
    );
    const codes = await this.organisaties.codesVan(
      manager,
      gegevens.flatMap((p) => [p.aanbiederId, p.gemeenteId]),
    );
    const toewijzingIds = await this.toewijzingen.idsOpNummer(manager, gegevens);
    const stand = new Map(
      (await this.toewijzingen.stand(manager, [...new Set(toewijzingIds.values())])).map((t) => [t.toewijzingId, t]),
    );
    // In the order of batch, DeclaratieNummer and volgnummer (the declaraties query sorts on the latter two; sort is stable).
    const prestaties: BetaaldePrestatie[] = gegevens
      .map((p) => {
        const x = post.get(`${p.declaratieId}|${p.volgnummer}`)!;
        const toewijzingId = toewijzingIds.get(`${p.gemeenteId}|${p.domein}|${Number(p.toewijzingNummer)}`);
        const t = toewijzingId === undefined ? undefined : stand.get(toewijzingId);
        return {
          batch: x.batch,
          declaratie_nummer: p.declaratieNummer,
          referentie_nummer: p.referentieNummer,
          toewijzing_nummer: p.toewijzingNummer,
          productcategorie: p.productcategorie,
          productcode: p.productcode,
          begindatum: p.begindatum,
          einddatum: p.einddatum,
          eenheid: p.eenheid,
          product_tarief_centen: p.productTariefCenten,
          bedrag: x.bedrag,
          agb_code: codes.get(p.aanbiederId)?.agbCode ?? '',
          cbs_code: codes.get(p.gemeenteId)?.cbsCode ?? '',
          domein: p.domein,
          toewijzing_aanbieder: t?.aanbiederId ?? null,
          aanbieder_id: p.aanbiederId,
          toewijzing_client: t?.clientId ?? null,
          client_id: p.clientId,
          v_ingang: t?.ingangsdatum ?? null,
          v_eind: t?.einddatum ?? null,
          v_categorie: t?.productcategorie ?? null,
          v_code: t?.productcode ?? null,
          v_reden: t?.verwijderd ? '13' : null,
          stop: t?.stopdatum ?? null,
        };
      })
      .sort((a, b) => batchRang.get(a.batch)! - batchRang.get(b.batch)!);
    const termijnPosten: { batch: string; termijn_id: string; bedrag: string }[] = await this.dataSource.query(
      `SELECT b.nummer AS batch, x.termijn_id, x.bedrag_centen AS bedrag
         FROM keten.betaalbatch b JOIN keten.betaalbatch_post x ON x.betaalbatch_id = b.id AND x.soort = 'termijn'
        WHERE b.inkoper_id = $1 AND b.status = 'betaald' AND b.betaald_op BETWEEN $2 AND $3`,
      [inkoperId, van, tot],
    );
    const termijnInfo = new Map(
      (
        await this.budgetten.termijnenVan(
          manager,
          termijnPosten.map((x) => x.termijn_id),
        )
      ).map((t) => [t.termijnId, t]),
    );
    const termijnen = termijnPosten.map((x) => {
      const t = termijnInfo.get(x.termijn_id)!;
      return {
        batch: x.batch,
        bedrag: x.bedrag,
        begin: t.periodeBegindatum,
        eind: t.periodeEinddatum,
        r_ingang: t.contractIngangsdatum,
        r_eind: t.contractEinddatum,
      };
    });

    // The contracted tariffs, once per aanbieder, gemeente and domein (the published view the beoordeling uses).
    const tarieven = new Map<string, ContractTarief[]>();
    for (const p of prestaties) {
      const sleutel = `${p.agb_code}|${p.cbs_code}|${p.domein}`;
      if (!tarieven.has(sleutel))
        tarieven.set(
          sleutel,
          await this.contracttarieven.tarievenVoor({
            agbCode: p.agb_code,
            gemeenteCode: p.cbs_code,
            domein: p.domein as never,
            van: `${jaar - 5}-01-01`,
            tot,
          }),
        );
    }
    const uitzonderingen: RechtmatigheidUitzonderingDto[] = [];
    let betaald = 0;
    for (const p of prestaties) {
      const bedrag = Number(p.bedrag);
      betaald += bedrag;
      const redenen: string[] = [];
      if (p.v_ingang === null) redenen.push('er is geen toewijzing met dit ToewijzingNummer');
      else {
        if (p.toewijzing_aanbieder !== p.aanbieder_id || p.toewijzing_client !== p.client_id)
          redenen.push('de toewijzing hoort bij een andere aanbieder of cliënt');
        if (p.v_reden === '13') redenen.push('de toewijzing is verwijderd (RedenWijziging 13)');
        const eind = [p.v_eind, p.stop].filter((x): x is string => x !== null).sort()[0] ?? null;
        if (p.begindatum < p.v_ingang || (eind !== null && p.einddatum > eind))
          redenen.push(
            `de periode ${p.begindatum} t/m ${p.einddatum} valt buiten de toewijzing (${p.v_ingang} t/m ${eind ?? 'open'})`,
          );
        if (
          (p.v_categorie !== null && p.v_categorie !== p.productcategorie) ||
          (p.v_code !== null && p.v_code !== p.productcode)
        )
          redenen.push(`product ${p.productcode} is niet toegewezen`);
      }
      const eigen = (tarieven.get(`${p.agb_code}|${p.cbs_code}|${p.domein}`) ?? []).filter(
        (t) => t.productcode === p.productcode && t.ingangsdatum <= p.begindatum && t.einddatum >= p.begindatum,
      );
      if (eigen.length === 0) redenen.push(`geen raamovereenkomst met product ${p.productcode} op ${p.begindatum}`);
      else if (
        p.product_tarief_centen !== null &&
        !eigen.some((t) => t.eenheid === p.eenheid && t.bedragCenten === Number(p.product_tarief_centen))
      ) {
        redenen.push(`het tarief ${p.product_tarief_centen} is niet het contracttarief op ${p.begindatum}`);
      }
      if (redenen.length) {
        uitzonderingen.push({
          soort: 'prestatie',
          betaalbatch: p.batch,
          declaratieNummer: p.declaratie_nummer,
          referentieNummer: p.referentie_nummer,
          toewijzingNummer: p.toewijzing_nummer,
          productcode: p.productcode,
          periode: `${p.begindatum} t/m ${p.einddatum}`,
          bedragCenten: bedrag,
          redenen,
        });
      }
    }
    for (const t of termijnen) {
      betaald += Number(t.bedrag);
      if (t.begin < t.r_ingang || t.eind > t.r_eind) {
        uitzonderingen.push({
          soort: 'termijn',
          betaalbatch: t.batch,
          declaratieNummer: null,
          referentieNummer: null,
          toewijzingNummer: null,
          productcode: null,
          periode: `${t.begin} t/m ${t.eind}`,
          bedragCenten: Number(t.bedrag),
          redenen: [`de termijn valt buiten de looptijd van de raamovereenkomst (${t.r_ingang} t/m ${t.r_eind})`],
        });
      }
    }
    const uitzonderingenCenten = uitzonderingen.reduce((s, u) => s + u.bedragCenten, 0);
    return {
      inkoperId,
      jaar,
      betaaldCenten: betaald,
      aantalPrestaties: prestaties.length,
      aantalTermijnen: termijnen.length,
      rechtmatigCenten: betaald - uitzonderingenCenten,
      uitzonderingenCenten,
      uitzonderingen,
      toetsen: [
        'Prestatie: er is een toewijzing met dit nummer voor deze aanbieder en cliënt, niet verwijderd, waarvan de actuele versie (en een geaccepteerde stop) de periode en het product dekt.',
        'Prestatie: een raamovereenkomst van de aanbieder voor deze gemeente heeft het product op de begindatum, en het gedeclareerde tarief is het contracttarief.',
        'Termijn: de periode valt binnen de looptijd van de raamovereenkomst.',
      ],
    };
  }
}
