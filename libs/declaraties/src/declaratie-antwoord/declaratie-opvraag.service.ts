import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DebetCredit, Domein, Eenheid, vandaag, type Retourcode } from '#keten/domain';
import { bouw325, XSD_VERSIE, type AfgewezenPrestatieInvoer } from '#keten/istandaarden';
import { conflict, nietGevonden, Rol, type Principal } from '#keten/platform';
import { OrganisatieCodesService, ScopeService } from '#keten/organisaties';
import { ClientService } from '#keten/toewijzingen';
import { DeclaratieStatus } from '../database/declaratie.entity.js';
import { PrestatieStatus } from '../database/prestatie.entity.js';
import { pakIngediendUit } from '../database/ingediende-prestaties.util.js';
import type {
  BevindingDto,
  DeclaratieLijstQueryDto,
  DeclaratieResultaatDto,
  PrestatieResultaatDto,
} from '../ontvang-declaratie/declaratie.dto.js';

interface DeclaratieRij {
  id: string;
  declaratie_nummer: string;
  status: DeclaratieStatus;
  agb_code: string;
  cbs_code: string;
  domein: Domein;
  periode_begin: string;
  periode_eind: string;
  dagtekening: string;
  totaal_ingediend_centen: string;
  totaal_toegekend_centen: string | null;
  retourcodes: string[] | null;
  bevindingen: BevindingDto[] | null;
  aantal: number;
  betaald_op: string | null;
  bericht_id: string | null;
  beoordeeld_op: Date | null;
  aanbieder_id: string;
  gemeente_id: string;
  b_identificatie: string | null;
  b_dagtekening: string | null;
}

interface PrestatieRij {
  volgnummer: number;
  client_id: string;
  referentie_nummer: string;
  vorig_referentie_nummer: string | null;
  toewijzing_nummer: number;
  productcategorie: string;
  productcode: string;
  begindatum: string;
  einddatum: string;
  geleverd_volume: number;
  eenheid: Eenheid;
  product_tarief_centen: string | null;
  ingediend_bedrag_centen: string;
  debet_credit: 'D' | 'C';
  status: string;
  retourcodes: string[] | null;
  bevindingen: BevindingDto[] | null;
}

@Injectable()
export class DeclaratieOpvraagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  private async zoek(
    principal: Principal,
    filter: Partial<DeclaratieLijstQueryDto> & { id?: string },
    limiet: number,
    offset: number,
  ): Promise<DeclaratieRij[]> {
    const voorwaarden: string[] = [];
    const params: unknown[] = [];
    const p = (w: unknown) => `$${params.push(w)}`;
    const scope = await this.scope.organisatiesInScope(principal);
    if (scope !== null)
      voorwaarden.push(
        principal.rol === Rol.Aanbieder
          ? `d.aanbieder_id = ANY(${p(scope)}::uuid[])`
          : `d.gemeente_id = ANY(${p(scope)}::uuid[])`,
      );
    if (filter.id) voorwaarden.push(`d.id = ${p(filter.id)}`);
    // Codes to ids through the organisaties context's published query.
    if (filter.agbCode)
      voorwaarden.push(
        `d.aanbieder_id = ANY(${p(await this.organisaties.idsVan(this.dataSource.manager, { agbCode: filter.agbCode }))}::uuid[])`,
      );
    if (filter.gemeenteCode)
      voorwaarden.push(
        `d.gemeente_id = ANY(${p(await this.organisaties.idsVan(this.dataSource.manager, { cbsCode: filter.gemeenteCode }))}::uuid[])`,
      );
    if (filter.periode) voorwaarden.push(`d.periode_begin = ${p(`${filter.periode}-01`)}::date`);
    if (filter.status) voorwaarden.push(`d.status = ${p(filter.status)}`);
    const rijen = (await this.dataSource.query(
      `SELECT d.id, d.declaratie_nummer, d.status, d.domein, d.periode_begin::text, d.periode_eind::text, d.dagtekening::text,
              d.totaal_ingediend_centen, d.totaal_toegekend_centen, d.retourcodes, d.bevindingen, d.bericht_id, d.beoordeeld_op, d.aanbieder_id, d.gemeente_id,
              d.aantal_prestaties AS aantal, d.betaald_op::text AS betaald_op,
              d.bericht_identificatie AS b_identificatie, d.bericht_dagtekening::text AS b_dagtekening
         FROM keten.declaratie d
        ${voorwaarden.length ? `WHERE ${voorwaarden.join(' AND ')}` : ''}
        ORDER BY d.created_at DESC, d.id LIMIT ${p(limiet)} OFFSET ${p(offset)}`,
      params,
    )) as Omit<DeclaratieRij, 'agb_code' | 'cbs_code'>[];
    const codes = await this.organisaties.codesVan(
      this.dataSource.manager,
      rijen.flatMap((d) => [d.aanbieder_id, d.gemeente_id]),
    );
    return rijen.map((d) => ({
      ...d,
      agb_code: codes.get(d.aanbieder_id)!.agbCode!,
      cbs_code: codes.get(d.gemeente_id)!.cbsCode!,
    }));
  }

  async lijst(principal: Principal, query: DeclaratieLijstQueryDto): Promise<DeclaratieResultaatDto[]> {
    return (await this.zoek(principal, query, query.limiet, query.offset)).map((d) => naarDto(d));
  }

  async haal(principal: Principal, id: string): Promise<DeclaratieResultaatDto> {
    const [d] = await this.zoek(principal, { id }, 1, 0);
    if (!d) throw nietGevonden('declaratie', id);
    // Not yet judged: the prestaties as submitted, status ontvangen (null when the beoordeling finished meanwhile).
    const wachtend = d.status === DeclaratieStatus.Ontvangen ? await this.ingediend(id) : null;
    return naarDto(d, wachtend ?? (await this.prestaties(id)).map(naarPrestatieDto));
  }

  private async ingediend(id: string): Promise<PrestatieResultaatDto[] | null> {
    const [rij] = (await this.dataSource.query(`SELECT ingediende_prestaties FROM keten.declaratie WHERE id = $1`, [
      id,
    ])) as { ingediende_prestaties: Buffer | null }[];
    if (!rij?.ingediende_prestaties) return null;
    return pakIngediendUit(rij.ingediende_prestaties).referentie_nummer.map((referentieNummer) => ({
      referentieNummer,
      status: PrestatieStatus.Ontvangen,
      retourcodes: [],
      toelichting: null,
      bevindingen: [],
    }));
  }

  private prestaties(id: string): Promise<PrestatieRij[]> {
    return this.dataSource.query(
      `SELECT volgnummer, client_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, productcategorie, productcode, begindatum::text, einddatum::text,
              geleverd_volume, eenheid, product_tarief_centen, ingediend_bedrag_centen, debet_credit, status, retourcodes, bevindingen
         FROM keten.prestatie WHERE declaratie_id = $1 ORDER BY volgnummer`,
      [id],
    );
  }

  /** The 325 (istandaarden.md 3.4 F): only the rejected prestaties, copied unchanged (TR367), totals adding up (TR342). */
  async antwoord(principal: Principal, id: string): Promise<string> {
    const [d] = await this.zoek(principal, { id }, 1, 0);
    if (!d) throw nietGevonden('declaratie', id);
    if (d.status !== DeclaratieStatus.Beoordeeld)
      throw conflict('de declaratie is nog niet beoordeeld; het antwoord (325) volgt zodra de beoordeling klaar is');
    const afgekeurd = (await this.prestaties(id)).filter((p) => p.status === 'afgekeurd');
    const bsns = await this.dataSource.transaction((m) =>
      this.clienten.bsnVan(m, [...new Set(afgekeurd.map((p) => p.client_id))]),
    );
    const totaal = Number(d.totaal_ingediend_centen);
    // A 323's afzender and ontvanger are the aanbieder's AGB and the gemeente's CBS code (the intake found them by those).
    const heen = {
      afzender: d.agb_code,
      ontvanger: d.cbs_code,
      berichtIdentificatie: {
        identificatie: d.b_identificatie ?? d.declaratie_nummer,
        dagtekening: d.b_dagtekening ?? d.dagtekening,
      },
      xsdVersie: { ...XSD_VERSIE },
    };
    const afgewezen: AfgewezenPrestatieInvoer[] = afgekeurd.map((p) => ({
      bsn: bsns.get(p.client_id)!,
      retourCodes: (p.retourcodes ?? []) as Retourcode[],
      prestatie: {
        productReferentie: {
          referentieNummer: p.referentie_nummer,
          ...(p.vorig_referentie_nummer ? { vorigReferentieNummer: p.vorig_referentie_nummer } : {}),
        },
        toewijzingNummer: p.toewijzing_nummer,
        productCategorie: p.productcategorie.trim(),
        productCode: p.productcode,
        productPeriode: { begindatum: p.begindatum, einddatum: p.einddatum },
        geleverdVolume: p.geleverd_volume,
        eenheid: p.eenheid,
        ...(p.product_tarief_centen !== null ? { productTarief: Number(p.product_tarief_centen) } : {}),
        ingediendBedrag: {
          bedrag: Number(p.ingediend_bedrag_centen),
          debetCredit: p.debet_credit === 'C' ? DebetCredit.Credit : DebetCredit.Debet,
        },
      },
    }));
    const klasseCodes = (d.retourcodes ?? []).filter((c) => c !== '8001' && c !== '0200') as Retourcode[];
    return bouw325({
      declaratie: {
        domein: d.domein,
        header: heen,
        declaratie: {
          declaratieNummer: d.declaratie_nummer,
          declaratiePeriode: { begindatum: d.periode_begin, einddatum: d.periode_eind },
          declaratieDagtekening: d.dagtekening,
          totaalIngediendBedrag: {
            totaalBedrag: Math.abs(totaal),
            debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet,
          },
        },
      },
      // A 325's own identificatie: derived from the declaratie, so fetching it twice gives the same message.
      berichtIdentificatie: {
        identificatie: createHash('sha256').update(d.id).digest('hex').slice(0, 12),
        dagtekening: vandaag(d.beoordeeld_op ?? new Date()),
      },
      afgewezen,
      ...(klasseCodes.length ? { declaratieRetourCodes: klasseCodes } : {}),
    });
  }
}

export function naarPrestatieDto(p: {
  referentie_nummer: string;
  status: string;
  retourcodes: string[] | null;
  bevindingen: BevindingDto[] | null;
}): PrestatieResultaatDto {
  const bevindingen = p.bevindingen ?? [];
  return {
    referentieNummer: p.referentie_nummer,
    status: p.status,
    retourcodes: p.retourcodes ?? [],
    toelichting: bevindingen.length ? bevindingen.map((b) => b.toelichting).join(' ') : null,
    bevindingen,
  };
}

function naarDto(d: DeclaratieRij, prestaties?: PrestatieResultaatDto[]): DeclaratieResultaatDto {
  return {
    id: d.id,
    declaratieNummer: d.declaratie_nummer,
    status: d.status,
    aanbiederAgb: d.agb_code,
    gemeenteCode: d.cbs_code,
    domein: d.domein,
    declaratiePeriode: { begindatum: d.periode_begin, einddatum: d.periode_eind },
    totaalIngediend: Number(d.totaal_ingediend_centen),
    totaalToegekend: d.totaal_toegekend_centen === null ? null : Number(d.totaal_toegekend_centen),
    retourcodes: d.retourcodes ?? [],
    bevindingen: d.bevindingen ?? [],
    aantalPrestaties: d.aantal,
    ...(d.betaald_op ? { betaaldOp: d.betaald_op } : {}),
    ...(prestaties ? { prestaties } : {}),
  };
}
