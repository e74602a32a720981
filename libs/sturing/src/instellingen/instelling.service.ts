import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, type Principal } from '#keten/platform';
import { SturingScopeService } from '../sturing-scope.service.js';
import type { InstellingDto } from './instelling.dto.js';
import { OpgeslagenAntwoordenService } from '../antwoorden/opgeslagen-antwoorden.service.js';

/** A gemeente's sturing settings (the default sociaal team). */
@Injectable()
export class InstellingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: SturingScopeService,
    private readonly audit: AuditService,
    private readonly antwoorden: OpgeslagenAntwoordenService,
  ) {}

  async haal(principal: Principal, gemeenteId: string): Promise<InstellingDto> {
    await this.scope.gemeente(principal, gemeenteId);
    const [r]: { standaard_sociaal_team: string | null }[] = await this.dataSource.query(
      `SELECT standaard_sociaal_team FROM keten.sturing_gemeente_instelling WHERE gemeente_id = $1`,
      [gemeenteId],
    );
    return { gemeenteId, standaardSociaalTeam: r?.standaard_sociaal_team ?? null };
  }

  async zet(principal: Principal, dto: InstellingDto): Promise<InstellingDto> {
    await this.scope.gemeente(principal, dto.gemeenteId);
    await this.dataSource.transaction(async (manager) => {
      await this.antwoorden.verhoog(manager, [dto.gemeenteId]);
      await manager.query(
        `INSERT INTO keten.sturing_gemeente_instelling (gemeente_id, standaard_sociaal_team) VALUES ($1, $2)
         ON CONFLICT (gemeente_id) DO UPDATE SET standaard_sociaal_team = EXCLUDED.standaard_sociaal_team, updated_at = now()`,
        [dto.gemeenteId, dto.standaardSociaalTeam ?? null],
      );
      await this.audit.log(manager, principal, {
        actie: 'sturing.instelling',
        entiteit: 'gemeente',
        entiteitId: dto.gemeenteId,
        details: { standaardSociaalTeam: dto.standaardSociaalTeam ?? null },
      });
    });
    return this.haal(principal, dto.gemeenteId);
  }
}
