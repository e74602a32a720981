import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { plusMaanden, vandaag, type Domein, type Kalenderdatum } from '#keten/domain';
import type { Principal } from '#keten/platform';
import { RaamovereenkomstService } from '#keten/contracten';
import { OrganisatieCodesService } from '#keten/organisaties';
import { BegrotingService } from '../begroting/begroting.service.js';
import { SturingScopeService } from '../sturing-scope.service.js';
import { OpgeslagenAntwoordenService } from '../antwoorden/opgeslagen-antwoorden.service.js';
import type {
  Dimensie,
  DimensieRapportDto,
  OverzichtDto,
  OverzichtPostDto,
  PrognoseDto,
} from './sturing-rapport.dto.js';

/** Months of history a month of care is followed for in the declaration-lag distribution; older ones count as complete. */
export const VERTRAGING_MAANDEN = 6;
/** Below gemeente level, a group of fewer clients shows no amounts (sturing-en-schaal.md 2). */
export const MINIMUM_CLIENTEN = 5;
const GEEN_POST = '(geen budgetpost)';

interface DetailRij {
  domein: Domein;
  productcategorie: string;
  productcode: string;
  aanbieder_id: string;
  raamovereenkomst_id: string;
  maand: string;
  bedrag: string;
  /** Only with per=sociaalTeam: the version's team, '' for none, null for a termijn (no toewijzing). */
  sociaal_team?: string | null;
  /** Only with per=sociaalTeam or wijk: the wijk of the client's PC4 ('' unknown), null for a termijn. */
  wijk?: string | null;
}
export const ONBEKENDE_WIJK = '(wijk onbekend)';
export const GEEN_TEAM = '(geen sociaal team)';
export const TERMIJNEN = '(termijnen, zonder toewijzing)';
interface Post {
  id: string;
  code: string;
  naam: string;
  domein: Domein;
  algemeen: boolean;
  categorieen: string[];
}

const maandIndex = (maand: string) => Number(maand.slice(5, 7)) - 1;
const maandenTussen = (van: string, tot: string) =>
  (Number(tot.slice(0, 4)) - Number(van.slice(0, 4))) * 12 + Number(tot.slice(5, 7)) - Number(van.slice(5, 7));

/**
 * The controller's figures for one gemeente and year, read from sturing's own aggregates only (architecture.md 1):
 * begroting, realisatie by month of care, verplichtingen from the peildatum's month on, and the prognose with
 * every part and assumption (sturing-en-schaal.md 1).
 */
@Injectable()
export class SturingRapportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: SturingScopeService,
    private readonly begroting: BegrotingService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly contracten: RaamovereenkomstService,
    private readonly antwoorden: OpgeslagenAntwoordenService,
  ) {}

  async overzicht(
    principal: Principal,
    gemeenteId: string,
    jaar: number,
    peildatum: Kalenderdatum = vandaag(),
  ): Promise<OverzichtDto> {
    const gemeente = await this.scope.gemeente(principal, gemeenteId);
    const peilmaand = `${peildatum.slice(0, 7)}-01`;
    const jan = `${jaar}-01-01`;
    const dec = `${jaar}-12-01`;
    const historieVan = plusMaanden(peilmaand, -12);
    const posten: Post[] = (await this.begroting.posten(this.dataSource.manager, gemeenteId)).map((p) => ({
      id: p.id,
      code: p.code,
      naam: p.naam,
      domein: p.domein,
      algemeen: p.algemene_voorzieningen,
      categorieen: p.productcategorieen,
    }));
    const begroot = await this.begroting.actueleBedragen(gemeenteId, jaar);
    const postVan = postWijzer(posten);

    // Approved prestaties as known on the peildatum (beoordeeld in or before its month), by care and arrival month.
    const gerealiseerd: {
      domein: Domein;
      productcategorie: string;
      maand: string;
      ontvangen: string;
      bedrag: string;
    }[] = await this.dataSource.query(
      `SELECT domein, productcategorie, maand::text AS maand, ontvangen_maand::text AS ontvangen, sum(bedrag_centen)::text AS bedrag
         FROM keten.sturing_realisatie WHERE gemeente_id = $1 AND ontvangen_maand <= $2 GROUP BY 1, 2, 3, 4`,
      [gemeenteId, peilmaand],
    );
    const toegewezen: { domein: Domein; productcategorie: string; maand: string; bedrag: string }[] =
      await this.dataSource.query(
        `SELECT domein, productcategorie, maand::text AS maand, sum(bedrag_centen)::text AS bedrag
         FROM keten.sturing_toegewezen_totaal WHERE gemeente_id = $1 AND maand >= $2 AND maand <= $3 GROUP BY 1, 2, 3`,
        [gemeenteId, historieVan < jan ? historieVan : jan, dec],
      );
    const termijnen: { domein: Domein; productcategorie: string; maand: string; betaald: boolean; bedrag: string }[] =
      await this.dataSource.query(
        `SELECT domein, productcategorie, maand::text AS maand, betaald, sum(bedrag_centen)::text AS bedrag
         FROM keten.sturing_termijn WHERE gemeente_id = $1 AND maand >= $2 AND maand <= $3 GROUP BY 1, 2, 3, 4`,
        [gemeenteId, jan, dec],
      );

    const vertraging = vertragingsverdeling(gerealiseerd, peilmaand);
    const leeg = () => ({
      real: new Array<number>(12).fill(0),
      verpl: 0,
      termijnOpen: 0,
      histReal: 0,
      histToeg: 0,
      toegPerMaand: new Array<number>(12).fill(0),
      laat: 0,
    });
    const perPost = new Map<string, ReturnType<typeof leeg>>();
    const van = (sleutel: string) => perPost.get(sleutel) ?? (perPost.set(sleutel, leeg()), perPost.get(sleutel)!);

    const realPerPostMaand = new Map<string, number>();
    for (const r of gerealiseerd) {
      const p = van(postVan(r.domein, r.productcategorie));
      const bedrag = Number(r.bedrag);
      if (r.maand >= jan && r.maand <= dec) {
        p.real[maandIndex(r.maand)] += bedrag;
        const k = `${postVan(r.domein, r.productcategorie)}|${r.maand}`;
        realPerPostMaand.set(k, (realPerPostMaand.get(k) ?? 0) + bedrag);
      }
      if (r.maand >= historieVan && r.maand < peilmaand) p.histReal += bedrag;
    }
    for (const t of toegewezen) {
      const p = van(postVan(t.domein, t.productcategorie));
      const bedrag = Number(t.bedrag);
      if (t.maand >= peilmaand && t.maand >= jan) p.verpl += bedrag;
      if (t.maand >= historieVan && t.maand < peilmaand) p.histToeg += bedrag;
      if (t.maand >= jan) p.toegPerMaand[maandIndex(t.maand)] += bedrag;
    }
    for (const t of termijnen) {
      const p = van(postVan(t.domein, t.productcategorie));
      if (t.betaald) p.real[maandIndex(t.maand)] += Number(t.bedrag);
      else p.termijnOpen += Number(t.bedrag);
    }

    const regels: OverzichtPostDto[] = [];
    const sleutels = [...posten.map((p) => p.id), ...(perPost.has(GEEN_POST) ? [GEEN_POST] : [])];
    for (const sleutel of sleutels) {
      const p = van(sleutel);
      const post = posten.find((x) => x.id === sleutel) ?? null;
      // Late declarations per past month of care in the year: what the lag distribution says is still to come.
      let laat = 0;
      for (let m = jan; m < peilmaand && m <= dec; m = plusMaanden(m, 1)) {
        const leeftijd = maandenTussen(m, peilmaand);
        const binnen = realPerPostMaand.get(`${sleutel}|${m}`) ?? 0;
        const f = leeftijd < VERTRAGING_MAANDEN ? vertraging[leeftijd] : 1;
        if (f >= 0.05) laat += Math.round((binnen * (1 - f)) / f);
        else laat += Math.max(0, verwacht(p.toegPerMaand[maandIndex(m)], p.histReal, p.histToeg) - binnen);
      }
      const realisatie = p.real.reduce((s, x) => s + x, 0);
      const verwachtGebruik = verwacht(p.verpl, p.histReal, p.histToeg);
      const prognose: PrognoseDto = {
        realisatieCenten: realisatie,
        verplichtingenToewijzingenCenten: p.verpl,
        benutting: p.histToeg > 0 ? Math.round((p.histReal / p.histToeg) * 10_000) / 10_000 : 1,
        verwachtGebruikCenten: verwachtGebruik,
        openTermijnenCenten: p.termijnOpen,
        lateDeclaratiesCenten: laat,
        totaalCenten: realisatie + verwachtGebruik + p.termijnOpen + laat,
      };
      const begrotingCenten = post ? (begroot.get(post.id) ?? 0) : 0;
      regels.push({
        budgetpostId: post?.id ?? null,
        code: post?.code ?? null,
        naam: post?.naam ?? 'Niet begroot (productcategorie op geen budgetpost)',
        domein: post?.domein ?? null,
        begrotingCenten,
        realisatieCenten: realisatie,
        realisatiePerMaand: p.real,
        verplichtingenCenten: p.verpl + p.termijnOpen,
        prognose,
        saldoCenten: begrotingCenten - prognose.totaalCenten,
      });
    }
    const som = (f: (r: OverzichtPostDto) => number) => regels.reduce((s, r) => s + f(r), 0);
    const histReal = [...perPost.values()].reduce((s, p) => s + p.histReal, 0);
    const histToeg = [...perPost.values()].reduce((s, p) => s + p.histToeg, 0);
    const totaal: OverzichtPostDto = {
      budgetpostId: null,
      code: null,
      naam: 'Totaal',
      domein: null,
      begrotingCenten: som((r) => r.begrotingCenten),
      realisatieCenten: som((r) => r.realisatieCenten),
      realisatiePerMaand: Array.from({ length: 12 }, (_, i) => som((r) => r.realisatiePerMaand[i])),
      verplichtingenCenten: som((r) => r.verplichtingenCenten),
      prognose: {
        realisatieCenten: som((r) => r.prognose.realisatieCenten),
        verplichtingenToewijzingenCenten: som((r) => r.prognose.verplichtingenToewijzingenCenten),
        benutting: histToeg > 0 ? Math.round((histReal / histToeg) * 10_000) / 10_000 : 1,
        verwachtGebruikCenten: som((r) => r.prognose.verwachtGebruikCenten),
        openTermijnenCenten: som((r) => r.prognose.openTermijnenCenten),
        lateDeclaratiesCenten: som((r) => r.prognose.lateDeclaratiesCenten),
        totaalCenten: som((r) => r.prognose.totaalCenten),
      },
      saldoCenten: som((r) => r.saldoCenten),
    };
    return {
      gemeenteId,
      gemeenteNaam: gemeente.naam,
      jaar,
      peildatum,
      posten: regels,
      totaal,
      vertraging,
      aannames: [
        'Realisatie: goedgekeurde prestaties (debet − credit) naar de maand van zorg (begindatum ProductPeriode), beoordeeld tot en met de maand van de peildatum, plus betaalde termijnen.',
        'Verplichtingen: per actuele toewijzingversie het toegewezen volume per frequentie × het contracttarief dat op elke dag geldt, vanaf de maand van de peildatum tot de einddatum, een geaccepteerde stop (307) of, zonder einddatum, 31 december; plus de onbetaalde termijnen van het jaar.',
        'Benutting: gedeclareerd ÷ toegewezen over de 12 maanden vóór de maand van de peildatum, per budgetpost (1 zonder historie).',
        `Late declaraties: per verstreken maand van zorg wat volgens de vertragingsverdeling (aandeel binnen na 0 t/m ${VERTRAGING_MAANDEN - 1} maanden, geschat uit maanden van zorg die ten minste ${VERTRAGING_MAANDEN} maanden oud zijn) nog komt; is er na k maanden minder dan 5% binnen, dan toegewezen × benutting − binnen.`,
        'Termijnen van een regionale raamovereenkomst zijn in gelijke delen over de deelnemende gemeenten verdeeld, en over de maanden van hun periode naar dagen.',
      ],
    };
  }

  async realisatie(
    principal: Principal,
    gemeenteId: string,
    jaar: number,
    per: Dimensie,
    peildatum: Kalenderdatum = vandaag(),
  ): Promise<DimensieRapportDto> {
    await this.scope.gemeente(principal, gemeenteId);
    if (per === 'sociaalTeam' || per === 'wijk')
      // By the team (or the client's wijk) of each toewijzing's current version: approved amounts per toewijzing;
      // termijnen apart. It reads every toewijzing of the gemeente: computed once per versie of its figures.
      return this.antwoorden.onthouden(gemeenteId, `realisatie:1|${per}|${jaar}|${peildatum}`, async () => {
        const rijen: DetailRij[] = await this.dataSource.query(
          `SELECT r.domein, '' AS productcategorie, '' AS productcode, r.aanbieder_id, '' AS raamovereenkomst_id, r.maand::text AS maand, sum(r.bedrag_centen)::text AS bedrag,
                COALESCE(t.sociaal_team, '') AS sociaal_team, COALESCE(w.wijk, '') AS wijk
           FROM keten.goedgekeurd_per_toewijzing r
           LEFT JOIN (SELECT DISTINCT ON (domein, toewijzing_nummer) domein, toewijzing_nummer, sociaal_team, postcode4 FROM keten.sturing_toegewezen WHERE gemeente_id = $1
                       ORDER BY domein, toewijzing_nummer, maand DESC) t ON t.domein = r.domein AND t.toewijzing_nummer = r.toewijzing_nummer
           LEFT JOIN keten.sturing_wijk_postcode w ON w.gemeente_id = $1 AND w.postcode4 = t.postcode4
          WHERE r.gemeente_id = $1 AND r.maand BETWEEN $2 AND $3 GROUP BY 1, 2, 3, 4, 5, 6, 8, 9
         UNION ALL
         SELECT domein, '' , '', aanbieder_id, '', maand::text, sum(bedrag_centen)::text, NULL, NULL
           FROM keten.sturing_termijn WHERE gemeente_id = $1 AND betaald AND maand BETWEEN $2 AND $3 GROUP BY 1, 4, 6`,
          [gemeenteId, `${jaar}-01-01`, `${jaar}-12-01`],
        );
        return this.groepeer(gemeenteId, jaar, peildatum, per, rijen, [
          per === 'wijk'
            ? 'Goedgekeurde prestaties per wijk van de cliënt (viercijferige postcode van de actuele toewijzingversie, via de postcode-wijktabel van de gemeente), naar maand van zorg; betaalde termijnen apart.'
            : 'Goedgekeurde prestaties per sociaal team van de toewijzing (actuele versie; zonder team telt het standaardteam van de gemeente), naar maand van zorg; betaalde termijnen apart.',
        ]);
      });
    const rijen: DetailRij[] = await this.dataSource.query(
      `SELECT domein, productcategorie, productcode, aanbieder_id, raamovereenkomst_id, maand::text AS maand, sum(bedrag_centen)::text AS bedrag
         FROM keten.sturing_realisatie WHERE gemeente_id = $1 AND maand BETWEEN $2 AND $3 AND ontvangen_maand <= $4 GROUP BY 1, 2, 3, 4, 5, 6
       UNION ALL
       SELECT domein, productcategorie, productcode, aanbieder_id, raamovereenkomst_id, maand::text AS maand, sum(bedrag_centen)::text AS bedrag
         FROM keten.sturing_termijn WHERE gemeente_id = $1 AND betaald AND maand BETWEEN $2 AND $3 GROUP BY 1, 2, 3, 4, 5, 6`,
      [gemeenteId, `${jaar}-01-01`, `${jaar}-12-01`, `${peildatum.slice(0, 7)}-01`],
    );
    return this.groepeer(gemeenteId, jaar, peildatum, per, rijen, [
      'Goedgekeurde prestaties (debet − credit) naar de maand van zorg, beoordeeld tot en met de maand van de peildatum, plus betaalde termijnen.',
    ]);
  }

  async verplichtingen(
    principal: Principal,
    gemeenteId: string,
    jaar: number,
    per: Dimensie,
    peildatum: Kalenderdatum = vandaag(),
  ): Promise<DimensieRapportDto> {
    await this.scope.gemeente(principal, gemeenteId);
    // By wijk or sociaal team it reads every toewijzing of the gemeente: computed once per versie of its figures.
    if (per === 'wijk' || per === 'sociaalTeam')
      return this.antwoorden.onthouden(gemeenteId, `verplichtingen:1|${per}|${jaar}|${peildatum}`, () =>
        this.berekenVerplichtingen(gemeenteId, jaar, per, peildatum),
      );
    return this.berekenVerplichtingen(gemeenteId, jaar, per, peildatum);
  }

  private async berekenVerplichtingen(
    gemeenteId: string,
    jaar: number,
    per: Dimensie,
    peildatum: Kalenderdatum,
  ): Promise<DimensieRapportDto> {
    const peilmaand = `${peildatum.slice(0, 7)}-01`;
    // By wijk or sociaal team from the rows per toewijzing; every other dimension from their sums per product.
    const toegewezen =
      per === 'wijk' || per === 'sociaalTeam'
        ? `SELECT t.domein, t.productcategorie, t.productcode, t.aanbieder_id, t.raamovereenkomst_id, t.maand::text AS maand, sum(t.bedrag_centen)::text AS bedrag, t.sociaal_team,
                  COALESCE(w.wijk, '') AS wijk
             FROM keten.sturing_toegewezen t LEFT JOIN keten.sturing_wijk_postcode w ON w.gemeente_id = t.gemeente_id AND w.postcode4 = t.postcode4
            WHERE t.gemeente_id = $1 AND t.maand BETWEEN GREATEST($2::date, $4::date) AND $3 GROUP BY 1, 2, 3, 4, 5, 6, 8, 9`
        : `SELECT domein, productcategorie, productcode, aanbieder_id, raamovereenkomst_id, maand::text AS maand, sum(bedrag_centen)::text AS bedrag, NULL AS sociaal_team, NULL AS wijk
             FROM keten.sturing_toegewezen_totaal
            WHERE gemeente_id = $1 AND maand BETWEEN GREATEST($2::date, $4::date) AND $3 GROUP BY 1, 2, 3, 4, 5, 6`;
    const rijen: DetailRij[] = await this.dataSource.query(
      `${toegewezen}
       UNION ALL
       SELECT domein, productcategorie, productcode, aanbieder_id, raamovereenkomst_id, maand::text AS maand, sum(bedrag_centen)::text AS bedrag, NULL, NULL
         FROM keten.sturing_termijn WHERE gemeente_id = $1 AND NOT betaald AND maand BETWEEN $2 AND $3 GROUP BY 1, 2, 3, 4, 5, 6`,
      [gemeenteId, `${jaar}-01-01`, `${jaar}-12-01`, peilmaand],
    );
    return this.groepeer(gemeenteId, jaar, peildatum, per, rijen, [
      'Per actuele toewijzingversie: toegewezen volume per frequentie × het contracttarief op elke dag, vanaf de maand van de peildatum tot de einddatum, stop (307) of 31 december; plus onbetaalde termijnen van het jaar.',
    ]);
  }

  private async groepeer(
    gemeenteId: string,
    jaar: number,
    peildatum: string,
    per: Dimensie,
    rijen: DetailRij[],
    aannames: string[],
  ): Promise<DimensieRapportDto> {
    const posten: Post[] = (await this.begroting.posten(this.dataSource.manager, gemeenteId)).map((p) => ({
      id: p.id,
      code: p.code,
      naam: p.naam,
      domein: p.domein,
      algemeen: p.algemene_voorzieningen,
      categorieen: p.productcategorieen,
    }));
    const postVan = postWijzer(posten);
    const namen = await this.namen(per, rijen);
    if (per === 'sociaalTeam') {
      const [instelling]: { standaard_sociaal_team: string | null }[] = await this.dataSource.query(
        `SELECT standaard_sociaal_team FROM keten.sturing_gemeente_instelling WHERE gemeente_id = $1`,
        [gemeenteId],
      );
      namen.set('', instelling?.standaard_sociaal_team ?? GEEN_TEAM);
    }
    const groepen = new Map<string, { omschrijving: string; perMaand: number[] }>();
    for (const r of rijen) {
      const [sleutel, omschrijving] = sleutelVan(per, r, postVan, posten, namen);
      const g = groepen.get(sleutel) ?? { omschrijving, perMaand: new Array<number>(12).fill(0) };
      g.perMaand[maandIndex(r.maand)] += Number(r.bedrag);
      groepen.set(sleutel, g);
    }
    const totaalPerMaand = Array.from({ length: 12 }, (_, i) =>
      [...groepen.values()].reduce((s, g) => s + g.perMaand[i], 0),
    );
    // Privacy (sturing-en-schaal.md 2): a wijk or sociaal team with fewer than 5 clients shows no amounts.
    const clienten =
      per === 'wijk' || per === 'sociaalTeam'
        ? await this.clientenPerGroep(gemeenteId, per, namen.get('') ?? GEEN_TEAM)
        : null;
    const regels = [...groepen]
      .map(([sleutel, g]) => {
        const onderdrukt =
          clienten !== null && sleutel !== TERMIJNEN && (clienten.get(sleutel) ?? 0) < MINIMUM_CLIENTEN;
        return onderdrukt
          ? { sleutel, omschrijving: g.omschrijving, bedragCenten: null, perMaand: null, onderdrukt: true }
          : {
              sleutel,
              omschrijving: g.omschrijving,
              bedragCenten: g.perMaand.reduce((s, x) => s + x, 0),
              perMaand: g.perMaand,
              ...(clienten ? { onderdrukt: false } : {}),
            };
      })
      .sort((a, b) => a.sleutel.localeCompare(b.sleutel));
    if (clienten)
      aannames = [
        ...aannames,
        `Groepen met minder dan ${MINIMUM_CLIENTEN} cliënten tonen geen bedragen (privacy); het totaal telt ze wel mee.`,
      ];
    return {
      gemeenteId,
      jaar,
      peildatum,
      per,
      regels,
      totaalCenten: totaalPerMaand.reduce((s, x) => s + x, 0),
      totaalPerMaand,
      aannames,
    };
  }

  /** Distinct clients (by keten.client id) per wijk or sociaal team, over every toewijzing of the gemeente. */
  private async clientenPerGroep(
    gemeenteId: string,
    per: 'wijk' | 'sociaalTeam',
    standaardTeam: string,
  ): Promise<Map<string, number>> {
    const rijen: { groep: string; n: number }[] = await this.dataSource.query(
      per === 'wijk'
        ? `SELECT COALESCE(w.wijk, '') AS groep, count(DISTINCT t.client_id)::int AS n FROM keten.sturing_toegewezen t
             LEFT JOIN keten.sturing_wijk_postcode w ON w.gemeente_id = t.gemeente_id AND w.postcode4 = t.postcode4 WHERE t.gemeente_id = $1 GROUP BY 1`
        : `SELECT sociaal_team AS groep, count(DISTINCT client_id)::int AS n FROM keten.sturing_toegewezen WHERE gemeente_id = $1 GROUP BY 1`,
      [gemeenteId],
    );
    const uit = new Map<string, number>();
    for (const r of rijen) {
      const sleutel = per === 'wijk' ? r.groep || ONBEKENDE_WIJK : r.groep || standaardTeam;
      uit.set(sleutel, (uit.get(sleutel) ?? 0) + r.n);
    }
    return uit;
  }

  /** Names for aanbieders and contracts (organisaties and contracten are reference data, read once per report). */
  private async namen(per: Dimensie, rijen: DetailRij[]): Promise<Map<string, string>> {
    if (per === 'aanbieder') {
      const ids = [...new Set(rijen.map((r) => r.aanbieder_id))];
      const r = await this.organisaties.organisatiesVan(this.dataSource.manager, ids);
      return new Map(r.map((x) => [x.id, `${x.naam} (AGB ${x.agbCode})`]));
    }
    if (per === 'raamovereenkomst') {
      const ids = [...new Set(rijen.map((r) => r.raamovereenkomst_id))];
      const r = await this.contracten.namenVan(this.dataSource.manager, ids);
      return new Map(r.map((x) => [x.id, `${x.nummer} ${x.naam}`]));
    }
    return new Map();
  }
}

/** Which budgetpost a domein and productcategorie count on ('' = a subsidy: the algemene voorzieningen). */
function postWijzer(posten: Post[]): (domein: Domein, categorie: string) => string {
  const map = new Map<string, string>();
  for (const p of posten) {
    for (const c of p.categorieen) map.set(`${p.domein}|${c}`, p.id);
    if (p.algemeen && !map.has(`${p.domein}|`)) map.set(`${p.domein}|`, p.id);
  }
  return (domein, categorie) => map.get(`${domein}|${categorie.trim()}`) ?? GEEN_POST;
}

function verwacht(bedrag: number, histReal: number, histToeg: number): number {
  return histToeg > 0 ? Math.round((bedrag * histReal) / histToeg) : bedrag;
}

/**
 * F(k): the share of a month of care's final approved amount that was in within k months, from the months of care
 * at least VERTRAGING_MAANDEN old on the peildatum (chain ladder on sums). Without such history: all in at once.
 */
export function vertragingsverdeling(
  rijen: { maand: string; ontvangen: string; bedrag: string }[],
  peilmaand: string,
): number[] {
  const grens = plusMaanden(peilmaand, -VERTRAGING_MAANDEN);
  const binnen = new Array<number>(VERTRAGING_MAANDEN).fill(0);
  let totaal = 0;
  for (const r of rijen) {
    if (r.maand > grens) continue;
    const bedrag = Number(r.bedrag);
    totaal += bedrag;
    const k = Math.max(0, maandenTussen(r.maand, r.ontvangen));
    for (let i = k; i < VERTRAGING_MAANDEN; i++) binnen[i] += bedrag;
  }
  if (totaal <= 0) return new Array<number>(VERTRAGING_MAANDEN).fill(1);
  return binnen.map((b) => Math.round((b / totaal) * 10_000) / 10_000);
}

function sleutelVan(
  per: Dimensie,
  r: DetailRij,
  postVan: (d: Domein, c: string) => string,
  posten: Post[],
  namen: Map<string, string>,
): [string, string] {
  switch (per) {
    case 'budgetpost': {
      const id = postVan(r.domein, r.productcategorie);
      const p = posten.find((x) => x.id === id);
      return p ? [p.code, p.naam] : [GEEN_POST, 'Niet begroot'];
    }
    case 'domein':
      return [r.domein, r.domein === 'wmo' ? 'Wmo' : 'Jeugd'];
    case 'productcategorie':
      return [
        `${r.domein}|${r.productcategorie || '-'}`,
        r.productcategorie
          ? `${r.domein} productcategorie ${r.productcategorie}`
          : `${r.domein} algemene voorzieningen`,
      ];
    case 'product':
      return [
        `${r.domein}|${r.productcode || '-'}`,
        r.productcode ? `${r.domein} ${r.productcategorie}/${r.productcode}` : `${r.domein} subsidie`,
      ];
    case 'aanbieder':
      return [r.aanbieder_id, namen.get(r.aanbieder_id) ?? r.aanbieder_id];
    case 'raamovereenkomst':
      return [r.raamovereenkomst_id, namen.get(r.raamovereenkomst_id) ?? 'onbekende raamovereenkomst'];
    case 'sociaalTeam': {
      const team =
        r.sociaal_team === null || r.sociaal_team === undefined
          ? TERMIJNEN
          : r.sociaal_team || namen.get('') || GEEN_TEAM;
      return [team, team];
    }
    case 'wijk': {
      const wijk = r.wijk === null || r.wijk === undefined ? TERMIJNEN : r.wijk || ONBEKENDE_WIJK;
      return [wijk, wijk];
    }
    case 'maand':
      return [r.maand.slice(0, 7), r.maand.slice(0, 7)];
    case 'kwartaal': {
      const q = Math.floor(maandIndex(r.maand) / 3) + 1;
      return [`${r.maand.slice(0, 4)}-K${q}`, `${r.maand.slice(0, 4)} kwartaal ${q}`];
    }
    case 'jaar':
      return [r.maand.slice(0, 4), r.maand.slice(0, 4)];
  }
}
