import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { plusMaanden, vandaag, type Kalenderdatum } from '#keten/domain';
import { Rol, type Principal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { SturingRapportService } from '../overzicht/sturing-rapport.service.js';
import { SturingScopeService } from '../sturing-scope.service.js';
import { OpgeslagenAntwoordenService } from '../antwoorden/opgeslagen-antwoorden.service.js';
import type { BacktestDto, BacktestPostDto, SignalenDto } from './signalen.dto.js';
import { beperkSignalen } from './signalen-beperken.util.js';

export const PLAFOND = 0.98;
export const PLAFOND_MAANDEN = 3;
export const PLAFOND_AANDEEL = 0.9;
export const AFWIJZING_DREMPEL = 0.1;
export const AFWIJZING_MINIMUM = 10;
/** The signals the dashboard asks for: as of today, no declaration 3 months after the start. */
const STANDAARD_MAANDEN = 3;
/** Who prepares the signals ahead of the first reader (sturing's own job, every gemeente). */
const VOORBEREIDER: Principal = {
  actor: 'sturing-voorbereiding',
  rol: Rol.Beheerder,
  organisatieId: null,
  agbCode: null,
};

/** The controller's signals (sturing-en-schaal.md 1), each with the numbers that raised it, from sturing's aggregates. */
@Injectable()
export class SignalenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: SturingScopeService,
    private readonly rapport: SturingRapportService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly antwoorden: OpgeslagenAntwoordenService,
  ) {}

  /** Aanbieders' names by id, in the order of naam then id (the organisaties context's published query). */
  private async namen(ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.organisaties.organisatiesVan(this.dataSource.manager, ids)).map((o) => [o.id, o.naam]));
  }

  async signalen(
    principal: Principal,
    gemeenteId: string,
    peildatum: Kalenderdatum = vandaag(),
    maanden = STANDAARD_MAANDEN,
    /** Every flagged toewijzing (the xlsx), computed now; else at most the worst 100 per signal, stored. */
    volledig = false,
  ): Promise<SignalenDto> {
    await this.scope.gemeente(principal, gemeenteId);
    if (volledig) return this.bereken(principal, gemeenteId, peildatum, maanden);
    // They read every toewijzing of the gemeente: computed once per versie of its figures.
    return this.antwoorden.onthouden(gemeenteId, this.sleutel(peildatum, maanden), () =>
      this.berekenBeperkt(principal, gemeenteId, peildatum, maanden),
    );
  }

  /**
   * Today's signals computed ahead for gemeenten whose figures have been quiet for `rustSeconden` (the
   * SignalenVoorbereidenJob), so the dashboard's first reader after a month's beoordeling gets them at once; a
   * gemeente whose figures keep changing is left to its readers meanwhile. Returns the gemeenten prepared.
   */
  async bereidVoor(rustSeconden = 120, max = 5): Promise<string[]> {
    const peildatum = vandaag();
    const sleutel = this.sleutel(peildatum, STANDAARD_MAANDEN);
    const gemeenten = await this.antwoorden.teVoorbereiden(sleutel, rustSeconden, max);
    for (const g of gemeenten)
      await this.antwoorden.onthouden(g, sleutel, () =>
        this.berekenBeperkt(VOORBEREIDER, g, peildatum, STANDAARD_MAANDEN),
      );
    return gemeenten;
  }

  /** Named with the answer's form: a stored answer of an earlier form is never served after an upgrade. */
  private sleutel(peildatum: Kalenderdatum, maanden: number): string {
    return `signalen:2|${peildatum}|${maanden}`;
  }

  /** The stored form: each toewijzing signal at most its worst 100, with counts (signalen-beperken.util.ts). */
  private async berekenBeperkt(
    principal: Principal,
    gemeenteId: string,
    peildatum: Kalenderdatum,
    maanden: number,
  ): Promise<SignalenDto> {
    return beperkSignalen(await this.bereken(principal, gemeenteId, peildatum, maanden));
  }

  private async bereken(
    principal: Principal,
    gemeenteId: string,
    peildatum: Kalenderdatum,
    maanden: number,
  ): Promise<SignalenDto> {
    const peilmaand = `${peildatum.slice(0, 7)}-01`;
    // Per toewijzing: allocated in total and before the peildatum's month, and approved so far.
    const toewijzingRijen: {
      toewijzing_nummer: number;
      domein: string;
      aanbieder_id: string;
      productcode: string;
      eerste: string;
      laatste: string;
      totaal: string;
      tot_nu: string;
      maanden: number;
      verstreken: number;
      gerealiseerd: string | null;
    }[] = await this.dataSource.query(
      `WITH t AS (
         SELECT toewijzing_nummer, domein, aanbieder_id, productcode, min(maand)::text AS eerste, max(maand)::text AS laatste, sum(bedrag_centen) AS totaal,
                COALESCE(sum(bedrag_centen) FILTER (WHERE maand < $2), 0) AS tot_nu, count(*)::int AS maanden, count(*) FILTER (WHERE maand < $2)::int AS verstreken
           FROM keten.sturing_toegewezen WHERE gemeente_id = $1 GROUP BY toewijzing_nummer, domein, aanbieder_id, productcode
         HAVING min(maand) < $2 AND max(maand) >= $2),
       r AS (SELECT domein, toewijzing_nummer, sum(bedrag_centen) AS gerealiseerd FROM keten.goedgekeurd_per_toewijzing WHERE gemeente_id = $1 GROUP BY 1, 2)
       SELECT t.toewijzing_nummer, t.domein::text, t.aanbieder_id, t.productcode, t.eerste, t.laatste, t.totaal::text, t.tot_nu::text, t.maanden, t.verstreken,
              r.gerealiseerd::text AS gerealiseerd
         FROM t LEFT JOIN r ON r.domein = t.domein AND r.toewijzing_nummer = t.toewijzing_nummer
        ORDER BY t.domein, t.toewijzing_nummer`,
      [gemeenteId, peilmaand],
    );
    // Aanbieders' names are the organisaties context's (its published query); the aanbieder always exists.
    const naamVan = await this.namen(toewijzingRijen.map((t) => t.aanbieder_id));
    const toewijzingen = toewijzingRijen.map((t) => ({ ...t, naam: naamVan.get(t.aanbieder_id)! }));
    const grens = plusMaanden(peilmaand, -maanden);
    const geenDeclaratie = toewijzingen
      .filter((t) => t.eerste <= grens && !(Number(t.gerealiseerd ?? 0) > 0))
      .map((t) => ({
        toewijzingNummer: t.toewijzing_nummer,
        domein: t.domein,
        aanbiederId: t.aanbieder_id,
        aanbiederNaam: t.naam,
        productcode: t.productcode,
        startmaand: t.eerste.slice(0, 7),
        maandenSindsStart: t.verstreken,
        toegewezenTotNuCenten: Number(t.tot_nu),
      }));
    const uitputting = toewijzingen.flatMap((t) => {
      const gerealiseerd = Number(t.gerealiseerd ?? 0);
      const totaal = Number(t.totaal);
      if (gerealiseerd <= 0 || t.verstreken === 0) return [];
      const verwacht = Math.round((gerealiseerd / t.verstreken) * t.maanden);
      if (verwacht <= totaal) return [];
      const maandenTotOp = Math.ceil(totaal / (gerealiseerd / t.verstreken));
      return [
        {
          toewijzingNummer: t.toewijzing_nummer,
          domein: t.domein,
          aanbiederId: t.aanbieder_id,
          aanbiederNaam: t.naam,
          productcode: t.productcode,
          toegewezenCenten: totaal,
          gerealiseerdCenten: gerealiseerd,
          maandenVerstreken: t.verstreken,
          maandenTotaal: t.maanden,
          verwachtTotaalCenten: verwacht,
          opInMaand: plusMaanden(t.eerste, maandenTotOp - 1).slice(0, 7),
        },
      ];
    });

    // At the cap: of the toewijzingen an aanbieder declared in a month, the share at ≥ 98% of that month's allocation.
    const plafondRijen: { aanbieder_id: string; maand: string; gedeclareerd: number; aan_plafond: number }[] =
      await this.dataSource.query(
        `SELECT r.aanbieder_id, r.maand::text AS maand, count(*)::int AS gedeclareerd,
              count(*) FILTER (WHERE r.bedrag_centen >= $4 * t.bedrag)::int AS aan_plafond
         FROM keten.goedgekeurd_per_toewijzing r
         JOIN (SELECT domein, toewijzing_nummer, maand, sum(bedrag_centen) AS bedrag FROM keten.sturing_toegewezen
                WHERE gemeente_id = $1 AND maand >= $2 AND maand < $3 GROUP BY 1, 2, 3) t
           ON t.domein = r.domein AND t.toewijzing_nummer = r.toewijzing_nummer AND t.maand = r.maand
        WHERE r.gemeente_id = $1 AND r.maand >= $2 AND r.maand < $3 AND t.bedrag > 0
        GROUP BY 1, 2 ORDER BY 1, 2`,
        [gemeenteId, plusMaanden(peilmaand, -PLAFOND_MAANDEN), peilmaand, PLAFOND],
      );
    // By aanbieder's naam (then id, then maand): the names come in that order, and the sort is stable.
    const plafondNamen = await this.namen(plafondRijen.map((p) => p.aanbieder_id));
    const rang = new Map([...plafondNamen.keys()].map((id, i) => [id, i]));
    const plafond = plafondRijen
      .map((p) => ({ ...p, naam: plafondNamen.get(p.aanbieder_id)! }))
      .sort((a, b) => rang.get(a.aanbieder_id)! - rang.get(b.aanbieder_id)!);
    const perAanbieder = new Map<
      string,
      { naam: string; maanden: { maand: string; gedeclareerd: number; aanPlafond: number }[] }
    >();
    for (const p of plafond) {
      const a = perAanbieder.get(p.aanbieder_id) ?? { naam: p.naam, maanden: [] };
      a.maanden.push({ maand: p.maand.slice(0, 7), gedeclareerd: p.gedeclareerd, aanPlafond: p.aan_plafond });
      perAanbieder.set(p.aanbieder_id, a);
    }
    const aanPlafond = [...perAanbieder]
      .filter(
        ([, a]) =>
          a.maanden.length === PLAFOND_MAANDEN &&
          a.maanden.every((m) => m.aanPlafond >= PLAFOND_AANDEEL * m.gedeclareerd),
      )
      .map(([aanbiederId, a]) => ({ aanbiederId, aanbiederNaam: a.naam, maanden: a.maanden }));

    const tellingRijen: { aanbieder_id: string; retourcode: string; aantal: number; afgekeurd: number }[] =
      await this.dataSource.query(
        `SELECT b.aanbieder_id, b.retourcode, sum(b.aantal)::int AS aantal, sum(b.afgekeurd)::int AS afgekeurd
         FROM keten.sturing_beoordeling_telling b
        WHERE b.gemeente_id = $1 AND b.ontvangen_maand > $2 AND b.ontvangen_maand <= $3 GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
        [gemeenteId, plusMaanden(peilmaand, -12), peilmaand],
      );
    const tellingNamen = await this.namen(tellingRijen.map((x) => x.aanbieder_id));
    const tellingen = tellingRijen.map((x) => ({ ...x, naam: tellingNamen.get(x.aanbieder_id)! }));
    const afwijzingen = [...new Set(tellingen.map((x) => x.aanbieder_id))].flatMap((id) => {
      const eigen = tellingen.filter((x) => x.aanbieder_id === id);
      const totaal = eigen.find((x) => x.retourcode === '');
      if (!totaal || totaal.aantal < AFWIJZING_MINIMUM || totaal.afgekeurd / totaal.aantal <= AFWIJZING_DREMPEL)
        return [];
      return [
        {
          aanbiederId: id,
          aanbiederNaam: totaal.naam,
          beoordeeld: totaal.aantal,
          afgekeurd: totaal.afgekeurd,
          aandeel: Math.round((totaal.afgekeurd / totaal.aantal) * 10_000) / 10_000,
          topRetourcodes: eigen
            .filter((x) => x.retourcode !== '')
            .slice(0, 3)
            .map((x) => ({ retourcode: x.retourcode, aantal: x.aantal })),
        },
      ];
    });

    const overzicht = await this.rapport.overzicht(principal, gemeenteId, Number(peildatum.slice(0, 4)), peildatum);
    const begrotingsoverschrijding = overzicht.posten
      .filter((p) => p.budgetpostId !== null && p.prognose.totaalCenten > p.begrotingCenten)
      .map((p) => ({
        budgetpostId: p.budgetpostId!,
        code: p.code!,
        naam: p.naam,
        begrotingCenten: p.begrotingCenten,
        prognoseCenten: p.prognose.totaalCenten,
        overschrijdingCenten: p.prognose.totaalCenten - p.begrotingCenten,
      }));

    return {
      gemeenteId,
      peildatum,
      geenDeclaratie,
      uitputting,
      aantallen: { geenDeclaratie: geenDeclaratie.length, uitputting: uitputting.length },
      aanPlafond,
      afwijzingen,
      begrotingsoverschrijding,
      drempels: [
        `Geen declaratie: gestart in of vóór ${grens.slice(0, 7)} (${maanden} maanden vóór de maand van de peildatum), nog lopend, zonder goedgekeurde prestatie.`,
        'Uitputting: gerealiseerd ÷ verstreken maanden × alle maanden van de toewijzing is meer dan toegewezen.',
        `Aan het plafond: in elk van de ${PLAFOND_MAANDEN} maanden vóór de peildatum declareerde de aanbieder op ten minste ${PLAFOND_AANDEEL * 100}% van zijn gedeclareerde toewijzingen ${PLAFOND * 100}% of meer van het toegewezen bedrag.`,
        `Afwijzingen: meer dan ${AFWIJZING_DREMPEL * 100}% van ten minste ${AFWIJZING_MINIMUM} prestaties afgekeurd in de 12 maanden tot en met de peildatum.`,
        'Begroting: de prognose van het jaar van de peildatum is hoger dan de begroting van de budgetpost.',
      ],
    };
  }

  /** The prognose as it would have been made on an earlier day, against the year's realisatie as known today. */
  async backtest(
    principal: Principal,
    gemeenteId: string,
    jaar: number,
    peildatum: Kalenderdatum,
  ): Promise<BacktestDto> {
    const toen = await this.rapport.overzicht(principal, gemeenteId, jaar, peildatum);
    const nu = await this.rapport.overzicht(principal, gemeenteId, jaar, vandaag());
    const regel = (code: string | null, naam: string, prognose: number, werkelijk: number): BacktestPostDto => ({
      code,
      naam,
      prognoseCenten: prognose,
      werkelijkCenten: werkelijk,
      foutCenten: prognose - werkelijk,
      foutAandeel: werkelijk === 0 ? null : Math.round(((prognose - werkelijk) / werkelijk) * 10_000) / 10_000,
    });
    const posten = toen.posten.map((p) =>
      regel(
        p.code,
        p.naam,
        p.prognose.totaalCenten,
        nu.posten.find((x) => x.budgetpostId === p.budgetpostId)?.realisatieCenten ?? 0,
      ),
    );
    return {
      gemeenteId,
      jaar,
      peildatum,
      vandaag: vandaag(),
      posten,
      totaal: regel(null, 'Totaal', toen.totaal.prognose.totaalCenten, nu.totaal.realisatieCenten),
      aannames: [
        'Prognose toen: realisatie zoals beoordeeld tot en met de maand van de peildatum, verplichtingen vanaf die maand, benutting en vertraging uit de gegevens tot dan.',
        'Verplichtingen rekenen met de huidige toewijzingversies en tarieven (versies hebben geen geldigheid in de tijd van de sturing-aggregaten).',
        'Werkelijk: de realisatie van het jaar zoals die vandaag bekend is; zolang het jaar loopt of declaraties nog binnenkomen is de fout voorlopig.',
      ],
    };
  }
}
