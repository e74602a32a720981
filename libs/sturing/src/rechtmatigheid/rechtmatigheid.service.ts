import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContractTariefService, type ContractTarief } from '#keten/contracten';
import { ScopeService } from '#keten/organisaties';
import { nietGevonden, type Principal } from '#keten/platform';
import type { RechtmatigheidDto, RechtmatigheidUitzonderingDto } from './rechtmatigheid.dto.js';

interface BetaaldePrestatie {
  batch: string; declaratie_nummer: string; referentie_nummer: string; toewijzing_nummer: number; productcategorie: string; productcode: string; begindatum: string;
  einddatum: string; eenheid: string; product_tarief_centen: string | null; bedrag: string; agb_code: string; cbs_code: string; domein: string; toewijzing_aanbieder: string | null;
  aanbieder_id: string; toewijzing_client: string | null; client_id: string; v_ingang: string | null; v_eind: string | null; v_categorie: string | null; v_code: string | null;
  v_reden: string | null; stop: string | null;
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
  ) {}

  async toets(principal: Principal, inkoperId: string, jaar: number): Promise<RechtmatigheidDto> {
    const inScope = await this.scope.organisatiesInScope(principal);
    const [inkoper]: { id: string }[] = await this.dataSource.query(`SELECT id FROM keten.organisatie WHERE id = $1 AND soort IN ('gemeente', 'regio')`, [inkoperId]);
    if (!inkoper || (inScope !== null && !inScope.includes(inkoper.id))) throw nietGevonden('inkopende organisatie', inkoperId);
    const van = `${jaar}-01-01`;
    const tot = `${jaar}-12-31`;
    const prestaties: BetaaldePrestatie[] = await this.dataSource.query(
      `SELECT b.nummer AS batch, d.declaratie_nummer, p.referentie_nummer, p.toewijzing_nummer, p.productcategorie, p.productcode, p.begindatum::text, p.einddatum::text,
              p.eenheid::text, p.product_tarief_centen, x.bedrag_centen AS bedrag, a.agb_code, g.cbs_code, p.domein::text, t.aanbieder_id AS toewijzing_aanbieder,
              p.aanbieder_id, t.client_id AS toewijzing_client, p.client_id, v.ingangsdatum::text AS v_ingang, v.einddatum::text AS v_eind, v.productcategorie AS v_categorie,
              v.productcode AS v_code, v.reden_wijziging AS v_reden,
              (SELECT min(r.einddatum)::text FROM keten.regiebericht r WHERE r.toewijzing_id = t.id AND r.soort = 'stop' AND r.status_aanlevering = '1'
                 AND r.status = 'geaccepteerd' AND r.verwijderd_door_id IS NULL) AS stop
         FROM keten.betaalbatch b
         JOIN keten.betaalbatch_post x ON x.betaalbatch_id = b.id AND x.soort = 'prestatie'
         JOIN keten.prestatie p ON p.declaratie_id = x.declaratie_id AND p.volgnummer = x.volgnummer
         JOIN keten.declaratie d ON d.id = p.declaratie_id
         JOIN keten.organisatie a ON a.id = p.aanbieder_id
         JOIN keten.organisatie g ON g.id = p.gemeente_id
         LEFT JOIN keten.toewijzing t ON t.gemeente_id = p.gemeente_id AND t.domein = p.domein AND t.toewijzing_nummer = p.toewijzing_nummer
         LEFT JOIN LATERAL (SELECT * FROM keten.toewijzing_versie y WHERE y.toewijzing_id = t.id ORDER BY y.toewijzingsdatum DESC, y.toewijzingstijd DESC LIMIT 1) v ON true
        WHERE b.inkoper_id = $1 AND b.status = 'betaald' AND b.betaald_op BETWEEN $2 AND $3
        ORDER BY b.nummer, d.declaratie_nummer, p.volgnummer`,
      [inkoperId, van, tot],
    );
    const termijnen: { batch: string; bedrag: string; begin: string; eind: string; r_ingang: string; r_eind: string }[] = await this.dataSource.query(
      `SELECT b.nummer AS batch, x.bedrag_centen AS bedrag, t.periode_begindatum::text AS begin, t.periode_einddatum::text AS eind, r.ingangsdatum::text AS r_ingang, r.einddatum::text AS r_eind
         FROM keten.betaalbatch b JOIN keten.betaalbatch_post x ON x.betaalbatch_id = b.id AND x.soort = 'termijn'
         JOIN keten.termijn t ON t.id = x.termijn_id JOIN keten.raamovereenkomst r ON r.id = t.raamovereenkomst_id
        WHERE b.inkoper_id = $1 AND b.status = 'betaald' AND b.betaald_op BETWEEN $2 AND $3`,
      [inkoperId, van, tot],
    );

    // The contracted tariffs, once per aanbieder, gemeente and domein (the published view the beoordeling uses).
    const tarieven = new Map<string, ContractTarief[]>();
    for (const p of prestaties) {
      const sleutel = `${p.agb_code}|${p.cbs_code}|${p.domein}`;
      if (!tarieven.has(sleutel)) tarieven.set(sleutel, await this.contracttarieven.tarievenVoor({ agbCode: p.agb_code, gemeenteCode: p.cbs_code, domein: p.domein as never, van: `${jaar - 5}-01-01`, tot }));
    }
    const uitzonderingen: RechtmatigheidUitzonderingDto[] = [];
    let betaald = 0;
    for (const p of prestaties) {
      const bedrag = Number(p.bedrag);
      betaald += bedrag;
      const redenen: string[] = [];
      if (p.v_ingang === null) redenen.push('er is geen toewijzing met dit ToewijzingNummer');
      else {
        if (p.toewijzing_aanbieder !== p.aanbieder_id || p.toewijzing_client !== p.client_id) redenen.push('de toewijzing hoort bij een andere aanbieder of cliënt');
        if (p.v_reden === '13') redenen.push('de toewijzing is verwijderd (RedenWijziging 13)');
        const eind = [p.v_eind, p.stop].filter((x): x is string => x !== null).sort()[0] ?? null;
        if (p.begindatum < p.v_ingang || (eind !== null && p.einddatum > eind)) redenen.push(`de periode ${p.begindatum} t/m ${p.einddatum} valt buiten de toewijzing (${p.v_ingang} t/m ${eind ?? 'open'})`);
        if ((p.v_categorie !== null && p.v_categorie !== p.productcategorie) || (p.v_code !== null && p.v_code !== p.productcode)) redenen.push(`product ${p.productcode} is niet toegewezen`);
      }
      const eigen = (tarieven.get(`${p.agb_code}|${p.cbs_code}|${p.domein}`) ?? []).filter((t) => t.productcode === p.productcode && t.ingangsdatum <= p.begindatum && t.einddatum >= p.begindatum);
      if (eigen.length === 0) redenen.push(`geen raamovereenkomst met product ${p.productcode} op ${p.begindatum}`);
      else if (p.product_tarief_centen !== null && !eigen.some((t) => t.eenheid === p.eenheid && t.bedragCenten === Number(p.product_tarief_centen))) {
        redenen.push(`het tarief ${p.product_tarief_centen} is niet het contracttarief op ${p.begindatum}`);
      }
      if (redenen.length) {
        uitzonderingen.push({ soort: 'prestatie', betaalbatch: p.batch, declaratieNummer: p.declaratie_nummer, referentieNummer: p.referentie_nummer, toewijzingNummer: p.toewijzing_nummer,
          productcode: p.productcode, periode: `${p.begindatum} t/m ${p.einddatum}`, bedragCenten: bedrag, redenen });
      }
    }
    for (const t of termijnen) {
      betaald += Number(t.bedrag);
      if (t.begin < t.r_ingang || t.eind > t.r_eind) {
        uitzonderingen.push({ soort: 'termijn', betaalbatch: t.batch, declaratieNummer: null, referentieNummer: null, toewijzingNummer: null, productcode: null,
          periode: `${t.begin} t/m ${t.eind}`, bedragCenten: Number(t.bedrag), redenen: [`de termijn valt buiten de looptijd van de raamovereenkomst (${t.r_ingang} t/m ${t.r_eind})`] });
      }
    }
    const uitzonderingenCenten = uitzonderingen.reduce((s, u) => s + u.bedragCenten, 0);
    return {
      inkoperId, jaar, betaaldCenten: betaald, aantalPrestaties: prestaties.length, aantalTermijnen: termijnen.length, rechtmatigCenten: betaald - uitzonderingenCenten,
      uitzonderingenCenten, uitzonderingen,
      toetsen: [
        'Prestatie: er is een toewijzing met dit nummer voor deze aanbieder en cliënt, niet verwijderd, waarvan de actuele versie (en een geaccepteerde stop) de periode en het product dekt.',
        'Prestatie: een raamovereenkomst van de aanbieder voor deze gemeente heeft het product op de begindatum, en het gedeclareerde tarief is het contracttarief.',
        'Termijn: de periode valt binnen de looptijd van de raamovereenkomst.',
      ],
    };
  }
}
