import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  beoordelingBlindVoor,
  bouwOcdsReleasePackage,
  bouwOpenbaarOcdsReleasePackage,
  type OcdsOpties,
  type OcdsReleasePackage,
} from '#keten/domain';
import { conflict, geenToegang, Rol, type Principal } from '#keten/platform';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { OpenbareOcdsService } from './openbare-ocds.service.js';

export { OCDS_LICENTIE, OCDS_OCID_PREFIX } from './ocds.constant.js';

export type OcdsWeergave = 'volledig' | 'openbaar';

/** OCDS 1.1.5 release package of an aanbesteding: full (for the inkoper) or the published view without personal data. */
@Injectable()
export class AanbestedingOcdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly openbaar: OpenbareOcdsService,
  ) {}

  async releasePackage(
    principal: Principal,
    id: string,
    weergave: OcdsWeergave,
    basisUrl: string,
  ): Promise<OcdsReleasePackage> {
    const rij = await this.toegang.laad(this.dataSource.manager, principal, id);
    // The full package names every tenderer: only for the inkoper's side.
    if (weergave === 'volledig' && principal.rol === Rol.Aanbieder)
      throw geenToegang('aanbieders zien de openbare OCDS-weergave (?weergave=openbaar)');
    // Blind scoring: the full view names the tenderers, so a beoordelaar sees it only once every score is in.
    if (weergave === 'volledig' && beoordelingBlindVoor(rij.toestand, principal.actor)) {
      throw geenToegang(
        'een beoordelaar ziet de inschrijvers pas als alle scores binnen zijn (?weergave=openbaar kan wel)',
      );
    }
    const opties: OcdsOpties = await this.openbaar.opties(
      rij,
      `${basisUrl}/api/v1/aanbestedingen/${id}/ocds${weergave === 'openbaar' ? '?weergave=openbaar' : ''}`,
    );
    if (weergave === 'volledig') return bouwOcdsReleasePackage(rij.toestand, opties);
    const r = bouwOpenbaarOcdsReleasePackage(rij.toestand, opties);
    if (!r.ok) throw conflict(r.reden);
    return r.releasePackage;
  }
}
