import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { plusMaanden } from '#keten/domain';
import { validatieFout, type Principal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { SturingScopeService } from '../sturing-scope.service.js';
import type { SimulatieAanbiederDto, SimulatieDto, SimulatieQueryDto } from './bekostiging-simulatie.dto.js';

/**
 * Funding-model simulation (sturing-en-schaal.md 4): for a past period and a set of contracts, what the care cost
 * under its actual funding, under an output tariff per client per month, and under a lumpsum (the same months a year
 * earlier, indexed), per aanbieder, from sturing's aggregates.
 */
/** Counts under this are suppressed below gemeente level (sturing-en-schaal.md 2). */
export const MINIMUM_AANTAL = 5;

@Injectable()
export class BekostigingSimulatieService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: SturingScopeService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async simuleer(principal: Principal, q: SimulatieQueryDto): Promise<SimulatieDto> {
    await this.scope.gemeente(principal, q.gemeente);
    if (q.tot < q.van) throw validatieFout('de periode klopt niet', [{ veld: 'tot', reden: 'tot ligt vóór van' }]);
    const van = `${q.van}-01`;
    const tot = `${q.tot}-01`;
    const contracten = q.raamovereenkomsten?.length ? q.raamovereenkomsten : null;
    const bedragen = async (a: string, b: string) =>
      (await this.dataSource.query(
        `SELECT aanbieder_id, sum(bedrag)::text AS bedrag FROM (
           SELECT aanbieder_id, bedrag_centen AS bedrag FROM keten.sturing_realisatie
            WHERE gemeente_id = $1 AND maand BETWEEN $2 AND $3 AND ($4::uuid[] IS NULL OR raamovereenkomst_id = ANY($4::uuid[]))
           UNION ALL
           SELECT aanbieder_id, bedrag_centen FROM keten.sturing_termijn
            WHERE gemeente_id = $1 AND betaald AND maand BETWEEN $2 AND $3 AND ($4::uuid[] IS NULL OR raamovereenkomst_id = ANY($4::uuid[]))) x
         GROUP BY 1`,
        [q.gemeente, a, b, contracten],
      )) as { aanbieder_id: string; bedrag: string }[];
    const actueel = await bedragen(van, tot);
    const vorig = await bedragen(plusMaanden(van, -12), plusMaanden(tot, -12));
    const aanbiederIds = [...new Set([...actueel, ...vorig].map((r) => r.aanbieder_id))];
    const maanden: { aanbieder_id: string; n: number }[] = await this.dataSource.query(
      `SELECT aanbieder_id, count(*)::int AS n FROM keten.goedgekeurd_per_toewijzing
        WHERE gemeente_id = $1 AND maand BETWEEN $2 AND $3 AND bedrag_centen > 0 AND aanbieder_id = ANY($4::uuid[]) GROUP BY 1`,
      [q.gemeente, van, tot, aanbiederIds],
    );
    const namen = await this.organisaties.organisatiesVan(this.dataSource.manager, aanbiederIds);
    const uit = (rijen: { aanbieder_id: string; bedrag: string }[], id: string) =>
      Number(rijen.find((r) => r.aanbieder_id === id)?.bedrag ?? 0);
    const clientmaanden = (id: string) => maanden.find((m) => m.aanbieder_id === id)?.n ?? 0;
    const totaalActueel = aanbiederIds.reduce((s, id) => s + uit(actueel, id), 0);
    const totaalMaanden = aanbiederIds.reduce((s, id) => s + clientmaanden(id), 0);
    const tarief = q.outputTariefCenten ?? (totaalMaanden > 0 ? Math.round(totaalActueel / totaalMaanden) : 0);
    const basispunten = q.indexatieBasispunten ?? 0;
    const rijen: SimulatieAanbiederDto[] = aanbiederIds
      .map((id) => {
        const vorigJaar = uit(vorig, id);
        // Privacy (sturing-en-schaal.md 2): below gemeente level a count under 5 is not shown, nor what reveals it.
        const klein = clientmaanden(id) < MINIMUM_AANTAL;
        return {
          aanbiederId: id,
          naam: namen.find((n) => n.id === id)?.naam ?? id,
          actueelCenten: uit(actueel, id),
          clientmaanden: klein ? null : clientmaanden(id),
          outputgerichtCenten: klein ? null : clientmaanden(id) * tarief,
          vorigJaarCenten: vorigJaar,
          lumpsumCenten: Math.round((vorigJaar * (10_000 + basispunten)) / 10_000),
        };
      })
      .sort((a, b) => a.naam.localeCompare(b.naam));
    const som = (f: (r: SimulatieAanbiederDto) => number | null) => rijen.reduce((s, r) => s + (f(r) ?? 0), 0);
    return {
      gemeenteId: q.gemeente,
      van: q.van,
      tot: q.tot,
      outputTariefCenten: tarief,
      indexatieBasispunten: basispunten,
      aanbieders: rijen,
      totaal: {
        aanbiederId: '',
        naam: 'Totaal',
        actueelCenten: som((r) => r.actueelCenten),
        clientmaanden: totaalMaanden,
        outputgerichtCenten: totaalMaanden * tarief,
        vorigJaarCenten: som((r) => r.vorigJaarCenten),
        lumpsumCenten: som((r) => r.lumpsumCenten),
      },
      aannames: [
        'Actueel: goedgekeurde prestaties (debet − credit) naar maand van zorg en betaalde termijnen in de periode, voor de gekozen raamovereenkomsten.',
        'Clientmaanden: toewijzing-maanden met een goedgekeurde declaratie (een cliënt met twee toewijzingen bij één aanbieder telt twee keer).',
        q.outputTariefCenten === undefined
          ? `Outputtarief: het gemiddelde actuele bedrag per clientmaand over alle aanbieders (${tarief} cent).`
          : `Outputtarief: ${tarief} cent per cliënt per maand (opgegeven).`,
        `Privacy: per aanbieder worden minder dan ${MINIMUM_AANTAL} clientmaanden (en het outputbedrag dat ze verraadt) niet getoond; het totaal van de gemeente wel.`,
        `Lumpsum: de realisatie van dezelfde maanden een jaar eerder, geïndexeerd met ${basispunten / 100}%; zonder historie 0.`,
      ],
    };
  }
}
