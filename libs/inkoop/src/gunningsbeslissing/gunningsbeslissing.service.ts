import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { gunningsbrief, type Gunningsbrief } from '#keten/domain';
import { nietGevonden, Rol, type Principal } from '#keten/platform';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { AanbestedingWeigering } from '../aanbesteding-weigering.exception.js';
import { gunningsbriefPdf } from './gunningsbrief-pdf.util.js';

/** The gunningsbeslissing letter per inschrijver: the inkoper's side sees every one, an aanbieder only its own. */
@Injectable()
export class GunningsbeslissingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
  ) {}

  async brief(principal: Principal, id: string, inschrijvingId: string): Promise<Gunningsbrief> {
    const { toestand: a } = await this.toegang.laad(this.dataSource.manager, principal, id);
    const inschrijving = a.inschrijvingen.find((i) => i.id === inschrijvingId);
    // Another inschrijver's letter does not exist for an aanbieder (404, never 403: no hint that it exists).
    if (!inschrijving || (principal.rol === Rol.Aanbieder && inschrijving.aanbieder.id !== principal.organisatieId)) {
      throw nietGevonden('inschrijving', inschrijvingId);
    }
    const r = gunningsbrief(a, inschrijvingId);
    if (!r.ok) throw new AanbestedingWeigering(r.code, r.reden);
    return r.brief;
  }

  async pdf(principal: Principal, id: string, inschrijvingId: string): Promise<Buffer> {
    return gunningsbriefPdf(await this.brief(principal, id, inschrijvingId));
  }
}
