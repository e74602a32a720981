import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bouwOcdsReleasePackage, bouwOpenbaarOcdsReleasePackage, type OcdsOpties, type OcdsReleasePackage } from '#keten/domain';
import { conflict, geenToegang, Rol, type Principal } from '#keten/platform';
import { OrganisatieEntity } from '#keten/organisaties';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';

/**
 * Keten's OCDS prefix. A placeholder until Keten registers its own with the Open Contracting Partnership
 * (https://standard.open-contracting.org/latest/en/schema/identifiers/#contracting-process-identifier-ocid).
 */
export const OCDS_OCID_PREFIX = 'ocds-kt0001';
export const OCDS_LICENTIE = 'https://creativecommons.org/publicdomain/zero/1.0/';

export type OcdsWeergave = 'volledig' | 'openbaar';

/** OCDS 1.1.5 release package of an aanbesteding: full (for the inkoper) or the published view without personal data. */
@Injectable()
export class AanbestedingOcdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
  ) {}

  async releasePackage(principal: Principal, id: string, weergave: OcdsWeergave, basisUrl: string): Promise<OcdsReleasePackage> {
    const rij = await this.toegang.laad(this.dataSource.manager, principal, id);
    // The full package names every tenderer: only for the inkoper's side.
    if (weergave === 'volledig' && principal.rol === Rol.Aanbieder) throw geenToegang('aanbieders zien de openbare OCDS-weergave (?weergave=openbaar)');
    const inkoper = await this.dataSource.getRepository(OrganisatieEntity).findOneByOrFail({ id: rij.inkoperId });
    const opties: OcdsOpties = {
      ocidPrefix: OCDS_OCID_PREFIX,
      publicatiemoment: new Date().toISOString(),
      packageUri: `${basisUrl}/api/v1/aanbestedingen/${id}/ocds${weergave === 'openbaar' ? '?weergave=openbaar' : ''}`,
      publisher: { name: inkoper.naam, ...(inkoper.kvkNummer ? { scheme: 'NL-KVK', uid: inkoper.kvkNummer } : {}) },
      license: OCDS_LICENTIE,
    };
    if (weergave === 'volledig') return bouwOcdsReleasePackage(rij.toestand, opties);
    const r = bouwOpenbaarOcdsReleasePackage(rij.toestand, opties);
    if (!r.ok) throw conflict(r.reden);
    return r.releasePackage;
  }
}
