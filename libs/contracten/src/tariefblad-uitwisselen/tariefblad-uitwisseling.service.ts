import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditService,
  FoutCode,
  KetenConfig,
  KetenFout,
  validatieFout,
  type Principal,
  type VeldFout,
} from '#keten/platform';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { DeelovereenkomstEntity } from '../database/deelovereenkomst.entity.js';
import type { RaamovereenkomstEntity } from '../database/raamovereenkomst.entity.js';
import { TariefBron, TariefEntity } from '../database/tarief.entity.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import { BLAD_CONTRACT, BLAD_TARIEVEN, kolomLetter, TARIEF_KOLOMMEN } from '../tariefblad/tariefblad.constant.js';
import { bouwTariefblad } from '../tariefblad/bouw-tariefblad.util.js';
import { leesTariefblad } from '../tariefblad/lees-tariefblad.util.js';
import { tariefregelSleutel, verschillen } from '../tariefblad/verschillen.util.js';
import type { Tariefblad, TariefbladRegel } from '../tariefblad/tariefblad.types.js';
import { TarievenService } from '../tarieven/tarieven.service.js';
import { TariefversieService, type NieuweTariefversie } from '../tarieven/tariefversie.service.js';

export interface TariefbladUploadResultaat {
  gewijzigd: number;
  toegevoegd: number;
  ongewijzigd: number;
  /** The ids of the new tariff versions. */
  nieuweTariefIds: string[];
}

const KOLOM = Object.fromEntries(TARIEF_KOLOMMEN.map((k, i) => [k.veld, kolomLetter(i)])) as Record<
  (typeof TARIEF_KOLOMMEN)[number]['veld'],
  string
>;

/** "Tarieven!G5": sheet, column and row of an error, as a spreadsheet user reads it. */
export const cel = (blad: string, kolom: string, rij: number): string => (rij > 0 ? `${blad}!${kolom}${rij}` : blad);

/**
 * Download and upload of a contract's tariff sheet (Excel). An upload is checked as a whole, every error listed by
 * sheet, row and column, and applied in one transaction or not at all: an edited row supersedes its version
 * (correction, old kept), a new row is a new version; removing a row is refused (end a version with an einddatum).
 */
@Injectable()
export class TariefbladUitwisselingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly tarieven: TarievenService,
    private readonly versies: TariefversieService,
    private readonly audit: AuditService,
    private readonly config: KetenConfig,
  ) {}

  async download(
    principal: Principal,
    contractId: string,
    deelovereenkomstId?: string,
  ): Promise<{ bestandsnaam: string; inhoud: Buffer }> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const blad = await this.huidigBlad(contract, deelovereenkomstId ?? null);
    const deel = deelovereenkomstId ? '-deel' : '';
    return {
      bestandsnaam: `tarieven-${contract.nummer.replace(/[^A-Za-z0-9._-]/g, '_')}${deel}.xlsx`,
      inhoud: await bouwTariefblad(blad),
    };
  }

  private async huidigBlad(
    contract: RaamovereenkomstEntity,
    deelovereenkomstId: string | null,
  ): Promise<Tariefblad & { ids: string[] }> {
    const rijen = await this.dataSource
      .getRepository(TariefEntity)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.product', ContractProductEntity, 'p', 'p.id = t.contract_product_id')
      .where('p.raamovereenkomst_id = :id AND t.vervangen_op IS NULL', { id: contract.id })
      .andWhere(deelovereenkomstId ? 't.deelovereenkomst_id = :deel' : 't.deelovereenkomst_id IS NULL', {
        deel: deelovereenkomstId,
      })
      .orderBy('p.productcode')
      .addOrderBy('t.eenheid')
      .addOrderBy('t.ingangsdatum')
      .getMany();
    const regels: TariefbladRegel[] = rijen.map((t) => {
      const p = (t as TariefEntity & { product: ContractProductEntity }).product;
      return {
        productCategorie: p.productcategorie,
        productCode: p.productcode,
        omschrijving: p.omschrijving,
        uitvoeringsvariant: p.uitvoeringsvariant,
        eenheid: t.eenheid,
        bedrag: t.bedragCenten,
        ingangsdatum: t.ingangsdatum,
        einddatum: t.einddatum,
        ...(t.kostenopbouw ? { kostenopbouw: t.kostenopbouw } : {}),
      };
    });
    return {
      contractnummer: contract.nummer,
      contractnaam: contract.naam,
      domein: contract.domein,
      regels,
      ids: rijen.map((t) => t.id),
    };
  }

  async upload(
    principal: Principal,
    contractId: string,
    data: Buffer,
    opties: { deelovereenkomstId?: string; bevestigWezenlijkeWijziging?: boolean },
  ): Promise<TariefbladUploadResultaat> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    if (!Buffer.isBuffer(data) || data.length === 0)
      throw new KetenFout(
        FoutCode.NietOndersteund,
        'stuur het tariefblad als xlsx (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
      );
    const gelezen = await leesTariefblad(data, { maxBytes: this.config.KETEN_UPLOAD_LIMIT_BYTES });
    if (!gelezen.ok) {
      throw validatieFout(
        'het tariefblad bevat fouten; niets is opgeslagen',
        gelezen.fouten.map((f) => ({ veld: cel(f.blad, f.kolom, f.rij), reden: f.reden })),
      );
    }
    const deelId = opties.deelovereenkomstId ?? null;
    return this.dataSource.transaction(async (manager) => {
      if (
        deelId &&
        !(await manager.existsBy(DeelovereenkomstEntity, { id: deelId, raamovereenkomstId: contract.id }))
      ) {
        throw validatieFout('deze deelovereenkomst hoort niet bij deze raamovereenkomst', [
          { veld: 'deelovereenkomstId', reden: 'onbekend bij deze raamovereenkomst' },
        ]);
      }
      // Locks the contract's tariffs against a concurrent upload or indexation: the diff must hold until commit.
      await manager.query(`SELECT id FROM keten.raamovereenkomst WHERE id = $1 FOR UPDATE`, [contract.id]);
      const huidig = await this.huidigBlad(contract, deelId);
      const idPerSleutel = new Map(huidig.regels.map((r, i) => [tariefregelSleutel(r), huidig.ids[i]]));
      const { tariefblad, rijnummers } = gelezen;
      const rijVan = new Map(tariefblad.regels.map((r, i) => [r, rijnummers[i]]));
      const fouten: VeldFout[] = [];
      if (tariefblad.contractnummer !== contract.nummer)
        fouten.push({
          veld: cel(BLAD_CONTRACT, 'B', 1),
          reden: `dit tariefblad hoort bij contract ${tariefblad.contractnummer}, niet bij ${contract.nummer}`,
        });
      if (tariefblad.domein !== contract.domein)
        fouten.push({
          veld: cel(BLAD_CONTRACT, 'B', 3),
          reden: `het domein van het blad (${tariefblad.domein}) is niet dat van de raamovereenkomst (${contract.domein})`,
        });

      const producten = new Map(
        (await manager.findBy(ContractProductEntity, { raamovereenkomstId: contract.id })).map((p) => [
          p.productcode,
          p,
        ]),
      );
      const diff = verschillen(huidig.regels, tariefblad.regels);
      for (const r of diff.verwijderd) {
        fouten.push({
          veld: cel(BLAD_TARIEVEN, '', 0),
          reden: `de regel voor ${r.productCategorie}/${r.productCode} eenheid ${r.eenheid} vanaf ${r.ingangsdatum} ontbreekt; een tariefversie wordt niet verwijderd maar beëindigd met een einddatum`,
        });
      }
      const versies: NieuweTariefversie[] = [];
      const omschrijvingen = new Map<string, string>();
      const nieuw = [
        ...diff.gewijzigd.map((g) => ({
          regel: g.nieuw,
          velden: g.velden as string[],
          vervangt: idPerSleutel.get(g.sleutel),
        })),
        ...diff.toegevoegd.map((regel) => ({ regel, velden: ['bedrag'], vervangt: undefined })),
      ];
      for (const { regel, velden, vervangt } of nieuw) {
        const rij = rijVan.get(regel) ?? 0;
        const p = producten.get(regel.productCode);
        if (regel.eenheid === null) {
          fouten.push({
            veld: cel(BLAD_TARIEVEN, KOLOM.eenheid, rij),
            reden: 'een taakgericht budget wordt via /budgetten vastgelegd, niet op het tariefblad',
          });
          continue;
        }
        if (!p) {
          fouten.push({
            veld: cel(BLAD_TARIEVEN, KOLOM.productCode, rij),
            reden: `productcode ${regel.productCode} staat niet in de productcodelijst van deze raamovereenkomst`,
          });
          continue;
        }
        if (p.productcategorie !== regel.productCategorie) {
          fouten.push({
            veld: cel(BLAD_TARIEVEN, KOLOM.productCategorie, rij),
            reden: `productcode ${p.productcode} hoort bij categorie ${p.productcategorie}; een code hoort bij één categorie (TR381)`,
          });
          continue;
        }
        if (p.uitvoeringsvariant !== regel.uitvoeringsvariant) {
          fouten.push({
            veld: cel(BLAD_TARIEVEN, KOLOM.uitvoeringsvariant, rij),
            reden: `de uitvoeringsvariant van ${p.productcode} is ${p.uitvoeringsvariant}; die wordt per product vastgelegd (OP261), niet op het tariefblad`,
          });
          continue;
        }
        if (regel.omschrijving !== p.omschrijving) omschrijvingen.set(p.id, regel.omschrijving);
        if (velden.every((v) => v === 'omschrijving')) continue;
        versies.push({
          contractProductId: p.id,
          deelovereenkomstId: deelId,
          eenheid: regel.eenheid,
          bedragCenten: regel.bedrag,
          ingangsdatum: regel.ingangsdatum,
          einddatum: regel.einddatum,
          kostenopbouw: regel.kostenopbouw ?? null,
          ...(vervangt ? { vervangt } : {}),
          veld: cel(BLAD_TARIEVEN, KOLOM.bedrag, rij),
        });
      }
      const controle = await this.versies.controleer(manager, contract, versies);
      fouten.push(...controle.fouten);
      if (fouten.length) throw validatieFout('het tariefblad bevat fouten; niets is opgeslagen', fouten);
      await this.tarieven.bewaakTarieven(
        manager,
        principal,
        contract,
        versies,
        opties.bevestigWezenlijkeWijziging,
        'tariefblad',
      );
      // Corrections first (they free their period), then new versions.
      const volgorde = [...versies.filter((v) => v.vervangt), ...versies.filter((v) => !v.vervangt)];
      const geschreven = await this.versies.schrijf(manager, volgorde, controle.reelePrijs, TariefBron.Tariefblad);
      for (const [id, omschrijving] of omschrijvingen)
        await manager.update(ContractProductEntity, { id }, { omschrijving });
      const resultaat = {
        gewijzigd: diff.gewijzigd.length,
        toegevoegd: diff.toegevoegd.length,
        ongewijzigd: tariefblad.regels.length - diff.gewijzigd.length - diff.toegevoegd.length,
        nieuweTariefIds: geschreven.map((t) => t.id),
      };
      await this.audit.log(manager, principal, {
        actie: 'tariefblad.geupload',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: {
          deelovereenkomstId: deelId,
          ...resultaat,
          vervangen: versies.filter((v) => v.vervangt).map((v) => v.vervangt),
          omschrijvingen: omschrijvingen.size,
        },
      });
      return resultaat;
    });
  }
}
