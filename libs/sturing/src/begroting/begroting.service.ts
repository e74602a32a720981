import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Domein } from '#keten/domain';
import { AuditService, conflict, KetenConfig, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { BegrotingBron } from '../database/begroting-versie.entity.js';
import { SturingScopeService } from '../sturing-scope.service.js';
import type { BegrotingDto, BudgetpostDto, RegistreerBudgetpostDto, StelBegrotingVastDto } from './begroting.dto.js';
import { leesBegrotingWerkmap, type BegrotingRij } from './begroting-excel.util.js';
import { OpgeslagenAntwoordenService } from '../antwoorden/opgeslagen-antwoorden.service.js';

interface PostRij {
  id: string;
  gemeente_id: string;
  domein: Domein;
  code: string;
  naam: string;
  algemene_voorzieningen: boolean;
  productcategorieen: string[];
}

/**
 * The begroting (sturing-en-schaal.md 1): budgetposten per gemeente and domein, and their amount per year as
 * versions (primitieve begroting, then each begrotingswijziging), entered through the API or as an Excel upload.
 */
@Injectable()
export class BegrotingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: SturingScopeService,
    private readonly audit: AuditService,
    private readonly config: KetenConfig,
    private readonly antwoorden: OpgeslagenAntwoordenService,
  ) {}

  async registreerBudgetpost(principal: Principal, dto: RegistreerBudgetpostDto): Promise<BudgetpostDto> {
    await this.scope.gemeente(principal, dto.gemeenteId);
    const categorieen = [...new Set(dto.productcategorieen ?? [])].sort();
    const fouten = postFouten(dto.algemeneVoorzieningen === true, categorieen, 'productcategorieen');
    if (fouten.length) throw validatieFout('de budgetpost klopt niet', fouten);
    const id = await this.dataSource.transaction(async (manager) => {
      const postId = await this.maakPost(
        manager,
        dto.gemeenteId,
        dto.domein,
        dto.code,
        dto.naam,
        dto.algemeneVoorzieningen === true,
        categorieen,
        {
          code: 'code',
          categorieen: 'productcategorieen',
        },
      );
      await this.audit.log(manager, principal, {
        actie: 'budgetpost.geregistreerd',
        entiteit: 'gemeente',
        entiteitId: dto.gemeenteId,
        details: { postId, code: dto.code, categorieen },
      });
      return postId;
    });
    return (await this.budgetposten(principal, dto.gemeenteId)).find((p) => p.id === id)!;
  }

  async budgetposten(principal: Principal, gemeenteId: string): Promise<BudgetpostDto[]> {
    await this.scope.gemeente(principal, gemeenteId);
    return (await this.posten(this.dataSource.manager, gemeenteId)).map(naarPostDto);
  }

  async stelVast(principal: Principal, dto: StelBegrotingVastDto): Promise<BegrotingDto> {
    await this.scope.gemeente(principal, dto.gemeenteId);
    const posten = new Map((await this.posten(this.dataSource.manager, dto.gemeenteId)).map((p) => [p.id, p]));
    const fouten: VeldFout[] = [];
    const gezien = new Set<string>();
    dto.regels.forEach((r, i) => {
      if (!posten.has(r.budgetpostId))
        fouten.push({ veld: `regels[${i}].budgetpostId`, reden: 'geen budgetpost van deze gemeente' });
      if (gezien.has(r.budgetpostId))
        fouten.push({ veld: `regels[${i}].budgetpostId`, reden: 'deze budgetpost staat al eerder in de regels' });
      gezien.add(r.budgetpostId);
    });
    if (fouten.length) throw validatieFout('de begroting klopt niet', fouten);
    await this.dataSource.transaction((manager) =>
      this.schrijfVersies(
        manager,
        principal,
        dto.gemeenteId,
        dto.jaar,
        dto.toelichting ?? null,
        BegrotingBron.Api,
        dto.regels,
      ),
    );
    return this.begroting(principal, dto.gemeenteId, dto.jaar);
  }

  /** An Excel begroting: every row checked first (every error by cell), then all of it stored, or nothing. */
  async importeer(principal: Principal, gemeenteId: string, jaar: number, data: Uint8Array): Promise<BegrotingDto> {
    await this.scope.gemeente(principal, gemeenteId);
    const gelezen = await leesBegrotingWerkmap(data, {
      maxBytes: this.config.KETEN_UPLOAD_LIMIT_BYTES,
      maxUitgepakteBytes: 4 * this.config.KETEN_UPLOAD_LIMIT_BYTES,
    });
    const celfout = (f: { blad: string; rij: number; kolom: string; reden: string }) => ({
      veld: f.kolom ? `${f.blad}!${f.kolom}${f.rij}` : f.blad,
      reden: f.reden,
    });
    if (!gelezen.ok)
      throw validatieFout('de begroting bevat fouten; er is niets opgeslagen', gelezen.fouten.map(celfout));

    await this.dataSource.transaction(async (manager) => {
      // One import per gemeente at a time: the checks below hold until the commit.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('begroting|' || $1::text, 0))`, [gemeenteId]);
      const bestaand = await this.posten(manager, gemeenteId);
      const fouten = this.controleerRijen(gelezen.rijen, bestaand);
      if (fouten.length) throw validatieFout('de begroting bevat fouten; er is niets opgeslagen', fouten.map(celfout));
      const regels: { budgetpostId: string; bedragCenten: number }[] = [];
      for (const r of gelezen.rijen) {
        let post = bestaand.find((p) => p.domein === r.domein && p.code === r.code);
        if (!post) {
          const id = await this.maakPost(
            manager,
            gemeenteId,
            r.domein,
            r.code,
            r.naam!,
            r.algemeneVoorzieningen,
            r.productcategorieen ?? [],
            {
              code: `Begroting!B${r.rij}`,
              categorieen: `Begroting!D${r.rij}`,
            },
          );
          post = {
            id,
            gemeente_id: gemeenteId,
            domein: r.domein,
            code: r.code,
            naam: r.naam!,
            algemene_voorzieningen: r.algemeneVoorzieningen,
            productcategorieen: r.productcategorieen ?? [],
          };
        }
        regels.push({ budgetpostId: post.id, bedragCenten: r.bedragCenten });
      }
      await this.schrijfVersies(
        manager,
        principal,
        gemeenteId,
        jaar,
        gelezen.rijen.find((r) => r.toelichting)?.toelichting ?? 'Excel-upload',
        BegrotingBron.Excel,
        regels,
      );
    });
    return this.begroting(principal, gemeenteId, jaar);
  }

  async begroting(principal: Principal, gemeenteId: string, jaar: number): Promise<BegrotingDto> {
    await this.scope.gemeente(principal, gemeenteId);
    const posten = await this.posten(this.dataSource.manager, gemeenteId);
    const versies: {
      budgetpost_id: string;
      versie: number;
      bedrag_centen: string;
      toelichting: string | null;
      bron: BegrotingBron;
      ingevoerd_op: string;
    }[] = await this.dataSource.query(
      `SELECT v.budgetpost_id, v.versie, v.bedrag_centen, v.toelichting, v.bron, to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ingevoerd_op
           FROM keten.sturing_begroting_versie v JOIN keten.sturing_budgetpost p ON p.id = v.budgetpost_id
          WHERE p.gemeente_id = $1 AND v.jaar = $2 ORDER BY v.budgetpost_id, v.versie`,
      [gemeenteId, jaar],
    );
    const uit = posten.map((p) => {
      const wijzigingen = versies
        .filter((v) => v.budgetpost_id === p.id)
        .map((v) => ({
          versie: v.versie,
          bedragCenten: Number(v.bedrag_centen),
          toelichting: v.toelichting,
          bron: v.bron,
          ingevoerdOp: v.ingevoerd_op,
        }));
      return {
        budgetpostId: p.id,
        domein: p.domein,
        code: p.code,
        naam: p.naam,
        productcategorieen: p.productcategorieen,
        algemeneVoorzieningen: p.algemene_voorzieningen,
        bedragCenten: wijzigingen.at(-1)?.bedragCenten ?? 0,
        wijzigingen,
      };
    });
    return { gemeenteId, jaar, posten: uit, totaalCenten: uit.reduce((s, p) => s + p.bedragCenten, 0) };
  }

  /** The current amounts per budgetpost for a year (for the overzicht). */
  async actueleBedragen(gemeenteId: string, jaar: number): Promise<Map<string, number>> {
    const rijen: { budgetpost_id: string; bedrag_centen: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (v.budgetpost_id) v.budgetpost_id, v.bedrag_centen
         FROM keten.sturing_begroting_versie v JOIN keten.sturing_budgetpost p ON p.id = v.budgetpost_id
        WHERE p.gemeente_id = $1 AND v.jaar = $2 ORDER BY v.budgetpost_id, v.versie DESC`,
      [gemeenteId, jaar],
    );
    return new Map(rijen.map((r) => [r.budgetpost_id, Number(r.bedrag_centen)]));
  }

  async posten(manager: EntityManager, gemeenteId: string): Promise<PostRij[]> {
    return manager.query(
      `SELECT p.id, p.gemeente_id, p.domein, p.code, p.naam, p.algemene_voorzieningen,
              COALESCE(array_agg(c.productcategorie::text ORDER BY c.productcategorie) FILTER (WHERE c.productcategorie IS NOT NULL), '{}') AS productcategorieen
         FROM keten.sturing_budgetpost p LEFT JOIN keten.sturing_budgetpost_categorie c ON c.budgetpost_id = p.id
        WHERE p.gemeente_id = $1 GROUP BY p.id ORDER BY p.domein, p.code`,
      [gemeenteId],
    );
  }

  private controleerRijen(
    rijen: BegrotingRij[],
    bestaand: PostRij[],
  ): { blad: string; rij: number; kolom: string; reden: string }[] {
    const fouten: { blad: string; rij: number; kolom: string; reden: string }[] = [];
    const fout = (rij: number, kolom: string, reden: string) => fouten.push({ blad: 'Begroting', rij, kolom, reden });
    const categorieVan = new Map<string, string>();
    for (const p of bestaand) for (const c of p.productcategorieen) categorieVan.set(`${p.domein}|${c}`, p.code);
    const gezien = new Map<string, number>();
    for (const r of rijen) {
      const sleutel = `${r.domein}|${r.code}`;
      if (gezien.has(sleutel)) fout(r.rij, 'B', `budgetpost ${r.code} staat al in rij ${gezien.get(sleutel)}`);
      gezien.set(sleutel, r.rij);
      const post = bestaand.find((p) => p.domein === r.domein && p.code === r.code);
      if (post) {
        const zelfde =
          r.productcategorieen === null ||
          (r.productcategorieen.join(',') === post.productcategorieen.join(',') &&
            r.algemeneVoorzieningen === post.algemene_voorzieningen);
        if (!zelfde)
          fout(
            r.rij,
            'D',
            `budgetpost ${r.code} bestaat al met ${post.algemene_voorzieningen ? 'de algemene voorzieningen' : `productcategorieën ${post.productcategorieen.join(', ')}`}; laat de cel leeg of neem die over`,
          );
        continue;
      }
      if (!r.naam) fout(r.rij, 'C', `de naam is verplicht voor een nieuwe budgetpost ${r.code}`);
      if (r.productcategorieen === null && !r.algemeneVoorzieningen)
        fout(
          r.rij,
          'D',
          `noem de productcategorieën (bijv. 02, 04) of "algemene voorzieningen" voor de nieuwe budgetpost ${r.code}`,
        );
      for (const c of r.productcategorieen ?? []) {
        const andere = categorieVan.get(`${r.domein}|${c}`);
        if (andere && andere !== r.code) fout(r.rij, 'D', `productcategorie ${c} hoort al bij budgetpost ${andere}`);
        else categorieVan.set(`${r.domein}|${c}`, r.code);
      }
    }
    return fouten;
  }

  private async maakPost(
    manager: EntityManager,
    gemeenteId: string,
    domein: Domein,
    code: string,
    naam: string,
    algemeen: boolean,
    categorieen: string[],
    velden: { code: string; categorieen: string },
  ): Promise<string> {
    await this.antwoorden.verhoog(manager, [gemeenteId]);
    const [bezet]: { productcategorie: string; code: string }[] = categorieen.length
      ? await manager.query(
          `SELECT c.productcategorie, p.code FROM keten.sturing_budgetpost_categorie c JOIN keten.sturing_budgetpost p ON p.id = c.budgetpost_id
            WHERE c.gemeente_id = $1 AND c.domein = $2 AND c.productcategorie = ANY($3::text[]) ORDER BY 1 LIMIT 1`,
          [gemeenteId, domein, categorieen],
        )
      : [];
    if (bezet)
      throw conflict('productcategorie al in een andere budgetpost', [
        {
          veld: velden.categorieen,
          reden: `productcategorie ${bezet.productcategorie} hoort al bij budgetpost ${bezet.code}`,
        },
      ]);
    // A race on the code or a categorie ends at the unique keys (mapped to 409 by the filter: database-fout.util.ts).
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO keten.sturing_budgetpost (gemeente_id, domein, code, naam, algemene_voorzieningen) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [gemeenteId, domein, code, naam, algemeen],
    );
    if (categorieen.length) {
      await manager.query(
        `INSERT INTO keten.sturing_budgetpost_categorie (gemeente_id, domein, productcategorie, budgetpost_id) SELECT $1, $2, c, $3 FROM unnest($4::text[]) AS c`,
        [gemeenteId, domein, id, categorieen],
      );
    }
    return id;
  }

  /** A new version for every post whose amount differs from its current one (a repeat adds nothing). */
  private async schrijfVersies(
    manager: EntityManager,
    principal: Principal,
    gemeenteId: string,
    jaar: number,
    toelichting: string | null,
    bron: BegrotingBron,
    regels: { budgetpostId: string; bedragCenten: number }[],
  ): Promise<void> {
    await this.antwoorden.verhoog(manager, [gemeenteId]);
    const ids = regels.map((r) => r.budgetpostId);
    await manager.query(`SELECT id FROM keten.sturing_budgetpost WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      ids,
    ]);
    const huidig: { budgetpost_id: string; versie: number; bedrag_centen: string }[] = await manager.query(
      `SELECT DISTINCT ON (budgetpost_id) budgetpost_id, versie, bedrag_centen FROM keten.sturing_begroting_versie
        WHERE budgetpost_id = ANY($1::uuid[]) AND jaar = $2 ORDER BY budgetpost_id, versie DESC`,
      [ids, jaar],
    );
    const nu = new Map(huidig.map((h) => [h.budgetpost_id, h]));
    const gewijzigd = regels.filter((r) => Number(nu.get(r.budgetpostId)?.bedrag_centen ?? -1) !== r.bedragCenten);
    for (const r of gewijzigd) {
      await manager.query(
        `INSERT INTO keten.sturing_begroting_versie (budgetpost_id, jaar, versie, bedrag_centen, toelichting, bron, ingevoerd_door) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          r.budgetpostId,
          jaar,
          (nu.get(r.budgetpostId)?.versie ?? 0) + 1,
          r.bedragCenten,
          toelichting,
          bron,
          principal.actor,
        ],
      );
    }
    await this.audit.log(manager, principal, {
      actie: 'begroting.vastgesteld',
      entiteit: 'gemeente',
      entiteitId: gemeenteId,
      details: {
        jaar,
        bron,
        toelichting,
        gewijzigd: gewijzigd.map((r) => ({ budgetpostId: r.budgetpostId, bedragCenten: r.bedragCenten })),
      },
    });
  }
}

function postFouten(algemeen: boolean, categorieen: string[], veld: string): VeldFout[] {
  if (algemeen && categorieen.length)
    return [{ veld, reden: 'een budgetpost voor algemene voorzieningen heeft geen productcategorieën' }];
  if (!algemeen && !categorieen.length)
    return [{ veld, reden: 'noem de productcategorieën van deze budgetpost, of zet algemeneVoorzieningen' }];
  return [];
}

function naarPostDto(p: PostRij): BudgetpostDto {
  return {
    id: p.id,
    gemeenteId: p.gemeente_id,
    domein: p.domein,
    code: p.code,
    naam: p.naam,
    productcategorieen: p.productcategorieen,
    algemeneVoorzieningen: p.algemene_voorzieningen,
  };
}
