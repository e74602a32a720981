import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AanbestedingStatus, nieuweAanbesteding, Uitvoeringsvariant, type AanbestedingInvoer } from '#keten/domain';
import { AuditService, geenToegang, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { OrganisatieCodesService, OrganisatieSoort, type OrganisatieKern } from '#keten/organisaties';
import { controleerInhoud, type RegistreerRaamovereenkomstDto } from '#keten/contracten';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { AanbestedingEntity } from '../database/aanbesteding.entity.js';
import { AanbestedingGebeurtenisEntity } from '../database/aanbesteding-gebeurtenis.entity.js';
import { InkoopKlok } from '../inkoop-klok.service.js';
import { RaadpleegAanbestedingService } from '../raadpleeg-aanbesteding/raadpleeg-aanbesteding.service.js';
import type { AanbestedingDto } from '../raadpleeg-aanbesteding/aanbesteding.dto.js';
import { naarAanbestedingInvoer } from './naar-domein.util.js';
import type { RegistreerAanbestedingDto } from './registreer-aanbesteding.dto.js';

/**
 * Registers an aanbesteding in concept. Whether it may be published (thresholds, weights, required fields per type)
 * is the domain's toetsConfiguratie at publication; here only what the database and contracten will need later.
 */
@Injectable()
export class RegistreerAanbestedingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly audit: AuditService,
    private readonly klok: InkoopKlok,
    private readonly raadpleeg: RaadpleegAanbestedingService,
    private readonly organisatieQueries: OrganisatieCodesService,
  ) {}

  /** The gemeenten that ever took part in this regio (in any domein): those it may buy for. */
  private async regioDeelnemers(regioId: string): Promise<Set<string>> {
    return new Set(await this.organisatieQueries.deelnemersVan(this.dataSource.manager, regioId));
  }

  async registreer(principal: Principal, dto: RegistreerAanbestedingDto): Promise<AanbestedingDto> {
    if (!(await this.toegang.inScope(principal, dto.inkoperId)))
      throw geenToegang('u koopt niet in voor deze organisatie');
    const organisaties = await this.organisaties([
      dto.inkoperId,
      ...dto.deelnemendeGemeenten,
      ...(dto.uitgenodigden ?? []),
    ]);
    const fouten: VeldFout[] = [];
    const inkoper = organisaties.get(dto.inkoperId);
    if (!inkoper || inkoper.soort === OrganisatieSoort.Aanbieder)
      fouten.push({ veld: 'inkoperId', reden: 'de inkoper moet een bekende gemeente of regio zijn' });
    dto.deelnemendeGemeenten.forEach((g, i) => {
      if (organisaties.get(g)?.soort !== OrganisatieSoort.Gemeente)
        fouten.push({ veld: `deelnemendeGemeenten[${i}]`, reden: 'dit is geen bekende gemeente' });
    });
    // A regio buys for its deelnemers only. A gemeente may buy together with others (a centrumgemeente by mandate).
    if (inkoper?.soort === OrganisatieSoort.Regio) {
      const mogelijk = await this.regioDeelnemers(inkoper.id);
      dto.deelnemendeGemeenten.forEach((g, i) => {
        if (organisaties.get(g)?.soort === OrganisatieSoort.Gemeente && !mogelijk.has(g)) {
          fouten.push({
            veld: `deelnemendeGemeenten[${i}]`,
            reden: 'deze gemeente neemt niet deel aan de regio van de inkoper',
          });
        }
      });
    }
    (dto.uitgenodigden ?? []).forEach((a, i) => {
      if (organisaties.get(a)?.soort !== OrganisatieSoort.Aanbieder)
        fouten.push({ veld: `uitgenodigden[${i}]`, reden: 'dit is geen bekende aanbieder' });
    });
    fouten.push(...(await this.controleerBeoordelaars(dto.beoordelaars)));
    if (dto.voorzitter)
      fouten.push(...(await this.controleerBeoordelaars([dto.voorzitter])).map((f) => ({ ...f, veld: 'voorzitter' })));
    const id = randomUUID();
    const { invoer, fouten: vormfouten } = naarAanbestedingInvoer(id, dto, {
      id: dto.inkoperId,
      naam: inkoper?.naam ?? '',
      ...(inkoper?.kvkNummer ? { kvkNummer: inkoper.kvkNummer } : {}),
      ...(dto.contactpersoon ? { contactpersoon: dto.contactpersoon } : {}),
    });
    fouten.push(...vormfouten, ...contractInhoud(invoer));
    if (fouten.length) throw validatieFout('de aanbesteding klopt niet', fouten);

    await this.dataSource.transaction(async (manager) => {
      const rij = manager.create(AanbestedingEntity, {
        id,
        inkoperId: dto.inkoperId,
        kenmerk: dto.kenmerk,
        naam: dto.naam,
        procedureType: dto.procedureType,
        domein: dto.domein,
        status: AanbestedingStatus.Concept,
        publicatiedatum: null,
        uitgenodigden: invoer.uitgenodigden?.length ? invoer.uitgenodigden : null,
        deelnemendeGemeenten: invoer.deelnemendeGemeenten,
        versie: 1,
        toestand: nieuweAanbesteding(invoer),
      });
      await manager.insert(AanbestedingEntity, rij);
      await manager.insert(AanbestedingGebeurtenisEntity, {
        aanbestedingId: id,
        volgnummer: 1,
        actie: null,
        datum: this.klok.vandaag(),
        actor: principal.actor,
        rol: principal.rol,
        statusVoor: null,
        statusNa: AanbestedingStatus.Concept,
        details: { kenmerk: dto.kenmerk, procedureType: dto.procedureType },
        toestandNa: rij.toestand,
      });
      await this.audit.log(manager, principal, {
        actie: 'aanbesteding.geregistreerd',
        entiteit: 'aanbesteding',
        entiteitId: id,
        details: { kenmerk: dto.kenmerk, procedureType: dto.procedureType, percelen: dto.percelen.length },
      });
    });
    return this.raadpleeg.haal(principal, id);
  }

  /** The organisaties context's published query (architecture.md 1). */
  private async organisaties(ids: string[]): Promise<Map<string, OrganisatieKern>> {
    const rijen = await this.organisatieQueries.organisatiesVan(this.dataSource.manager, ids);
    return new Map(rijen.map((o) => [o.id, o]));
  }

  private async controleerBeoordelaars(ids: string[]): Promise<VeldFout[]> {
    if (ids.length === 0) return [];
    const rijen: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM keten.gebruiker WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const bekend = new Set(rijen.map((r) => r.id));
    return ids.flatMap((b, i) =>
      bekend.has(b) ? [] : [{ veld: `beoordelaars[${i}]`, reden: 'dit is geen bekende gebruiker' }],
    );
  }
}

/**
 * What contracten will refuse later (eenheid per uitvoeringsvariant, one productcode per contract) is refused now,
 * so a gunning cannot end in a raamovereenkomst that cannot be registered.
 */
function contractInhoud(invoer: AanbestedingInvoer): VeldFout[] {
  return invoer.percelen.flatMap((perceel, i) =>
    controleerInhoud({
      domein: invoer.domein,
      ingangsdatum: invoer.looptijd.begindatum,
      einddatum: invoer.looptijd.einddatum,
      producten: perceel.producten.map((p) => ({
        productcategorie: p.categorie,
        productcode: p.code,
        uitvoeringsvariant: p.uitvoeringsvariant,
        omschrijving: p.omschrijving,
        tarieven:
          p.uitvoeringsvariant === Uitvoeringsvariant.Taakgericht
            ? []
            : [
                {
                  eenheid: p.eenheid,
                  bedragCenten: 1,
                  ingangsdatum: invoer.looptijd.begindatum,
                  einddatum: invoer.looptijd.einddatum,
                },
              ],
      })),
    } as RegistreerRaamovereenkomstDto)
      .filter((f) => f.veld.startsWith('producten'))
      .map((f) => ({
        veld: `percelen[${i}].${f.veld.replace(/\.tarieven\[0\](\.eenheid)?/, '.eenheid')}`,
        reden: f.reden,
      })),
  );
}
