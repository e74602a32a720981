import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  alsReleasePackage,
  AanbestedingStatus,
  bouwOpenbaarOcdsRecordPackage,
  bouwOpenbareAfroepReleases,
  bouwOpenbareReleaseHistorie,
  formatEuro,
  type Aanbesteding,
  type AanbestedingVersie,
  type Contractwijziging,
  type OcdsOpties,
  type OcdsRecordPackage,
  type OcdsReleasePackage,
} from '#keten/domain';
import { nietGevonden } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { AanbestedingEntity } from '../database/aanbesteding.entity.js';
import { AanbestedingDocumentEntity } from '../database/aanbesteding-document.entity.js';
import { AanbestedingGebeurtenisEntity } from '../database/aanbesteding-gebeurtenis.entity.js';
import { OCDS_LICENTIE, OCDS_OCID_PREFIX } from './ocds.constant.js';

/** The stable public address of an aanbesteding's OCDS (no token needed). */
export const OPENBAAR_OCDS_PAD = '/api/v1/openbaar/aanbestedingen';

interface AuditRij {
  voorstel_id: string;
  id: string;
  datum: string;
  actie: string;
  details: {
    na?: { maximaleWaardeCenten?: number; einddatum?: string };
    voor?: { maximaleWaardeCenten?: number; einddatum?: string };
    tot?: string;
    volgnummer?: number;
    bevindingen?: string[];
  };
}

/**
 * What the law makes public about a procedure, for anyone: the `openbaar` OCDS view as a release history (one
 * release per change, from the stored state after each action and the contract changes) and a compiled record.
 * A procedure in concept does not exist publicly (404).
 */
@Injectable()
export class OpenbareOcdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisatieQueries: OrganisatieCodesService,
  ) {}

  async releases(id: string, basisUrl: string): Promise<OcdsReleasePackage> {
    const { releases, opties } = await this.historie(id, `${basisUrl}${OPENBAAR_OCDS_PAD}/${id}/ocds`);
    return alsReleasePackage(releases, opties);
  }

  async record(id: string, basisUrl: string): Promise<OcdsRecordPackage> {
    const { releases, opties } = await this.historie(id, `${basisUrl}${OPENBAAR_OCDS_PAD}/${id}/ocds/record`);
    return bouwOpenbaarOcdsRecordPackage(releases, opties);
  }

  private async historie(id: string, packageUri: string) {
    const rij = await this.dataSource.getRepository(AanbestedingEntity).findOneBy({ id });
    if (!rij || rij.status === AanbestedingStatus.Concept || rij.publicatiedatum === null)
      throw nietGevonden('aanbesteding', id);
    const gebeurtenissen = await this.dataSource
      .getRepository(AanbestedingGebeurtenisEntity)
      .find({ where: { aanbestedingId: id }, order: { volgnummer: 'ASC' } });
    const versies: AanbestedingVersie[] = gebeurtenissen
      .filter((g) => g.toestandNa !== null)
      .map((g) => ({ volgnummer: g.volgnummer, datum: g.datum, toestand: g.toestandNa! }));
    // Events from before versions were kept: the current state is the one version known.
    if (versies.at(-1)?.volgnummer !== rij.versie)
      versies.push({
        volgnummer: rij.versie,
        datum: gebeurtenissen.at(-1)?.datum ?? rij.publicatiedatum,
        toestand: rij.toestand,
      });
    const opties = await this.opties(rij, packageUri);
    // The framework's history, then each call-off under it as a process of its own (relatedProcesses 'framework').
    return {
      releases: [...bouwOpenbareReleaseHistorie(versies, opties), ...bouwOpenbareAfroepReleases(rij.toestand, opties)],
      opties,
    };
  }

  /** Publisher, buyers by name and CBS code, and the contract changes: the same for every view of one procedure. */
  async opties(rij: AanbestedingEntity, packageUri: string): Promise<OcdsOpties> {
    const a = rij.toestand;
    const ids = [rij.inkoperId, ...a.deelnemendeGemeenten];
    const organisaties = await this.organisatieQueries.organisatiesVan(this.dataSource.manager, ids);
    const inkoper = organisaties.find((o) => o.id === rij.inkoperId)!;
    return {
      ocidPrefix: OCDS_OCID_PREFIX,
      publicatiemoment: new Date().toISOString(),
      packageUri,
      publisher: { name: inkoper.naam, ...(inkoper.kvkNummer ? { scheme: 'NL-KVK', uid: inkoper.kvkNummer } : {}) },
      license: OCDS_LICENTIE,
      organisaties: Object.fromEntries(organisaties.map((o) => [o.id, { naam: o.naam, cbsCode: o.cbsCode }])),
      contractwijzigingen: await this.contractwijzigingen(rij.id, a),
      // Only what the inkoper marked openbaar (a nota van inlichtingen, the leidraad); content needs a token.
      documenten: (
        await this.dataSource
          .getRepository(AanbestedingDocumentEntity)
          .find({ where: { aanbestedingId: rij.id, openbaar: true }, order: { datum: 'ASC', createdAt: 'ASC' } })
      ).map((d) => ({
        id: d.id,
        soort: d.soort,
        titel: d.titel,
        datum: d.datum,
        mediaType: d.mediaType,
      })),
    };
  }

  /** Value and term changes of the registered raamovereenkomsten, from contracten's audit log, in order. */
  private async contractwijzigingen(id: string, a: Aanbesteding): Promise<Contractwijziging[]> {
    const rijen: AuditRij[] = await this.dataSource.query(
      `SELECT k.voorstel_id, l.id::text AS id, (l.moment AT TIME ZONE 'Europe/Amsterdam')::date::text AS datum, l.actie, l.details
         FROM keten.gegunde_raamovereenkomst k
         JOIN keten.audit_log l ON l.entiteit = 'raamovereenkomst' AND l.entiteit_id = k.raamovereenkomst_id::text
                               AND l.actie IN ('raamovereenkomst.gewijzigd', 'raamovereenkomst.verlengd')
        WHERE k.aanbesteding_id = $1
        ORDER BY l.id`,
      [id],
    );
    const stand = new Map(
      a.raamovereenkomsten.map((r) => [
        r.id,
        { waardeCenten: r.maximumwaardeCenten as number, einddatum: r.einddatum },
      ]),
    );
    const uit: Contractwijziging[] = [];
    for (const r of rijen) {
      const voor = stand.get(r.voorstel_id);
      if (!voor) continue;
      const na =
        r.actie === 'raamovereenkomst.verlengd'
          ? { waardeCenten: voor.waardeCenten, einddatum: r.details.tot ?? voor.einddatum }
          : {
              waardeCenten: r.details.na?.maximaleWaardeCenten ?? voor.waardeCenten,
              einddatum: r.details.na?.einddatum ?? voor.einddatum,
            };
      // A rename changes neither value nor term: not an amendment of what was awarded.
      if (na.waardeCenten === voor.waardeCenten && na.einddatum === voor.einddatum) continue;
      const delen = [
        ...(na.waardeCenten !== voor.waardeCenten
          ? [`maximale waarde ${formatEuro(voor.waardeCenten)} → ${formatEuro(na.waardeCenten)}`]
          : []),
        ...(na.einddatum !== voor.einddatum ? [`einddatum ${voor.einddatum} → ${na.einddatum}`] : []),
      ];
      uit.push({
        voorstelId: r.voorstel_id,
        id: r.id,
        datum: r.datum,
        omschrijving: delen.join('; '),
        reden:
          r.actie === 'raamovereenkomst.verlengd'
            ? `verlengingsoptie ${r.details.volgnummer ?? ''} gelicht, zoals bij de gunning afgesproken`.replace(
                '  ',
                ' ',
              )
            : r.details.bevindingen?.length
              ? `bevestigde wijziging na toets op wezenlijkheid (${r.details.bevindingen.join(', ')}; art. 2.163b–2.163f Aw)`
              : 'wijziging binnen de grenzen van art. 2.163b–2.163f Aw',
        ...na,
      });
      stand.set(r.voorstel_id, na);
    }
    return uit;
  }
}
