import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditService,
  celCode,
  KetenConfig,
  leesCel,
  openWerkmap,
  validatieFout,
  BESTAND,
  type Principal,
  type Werkmapfout,
} from '#keten/platform';
import { SturingScopeService } from '../sturing-scope.service.js';
import { OpgeslagenAntwoordenService } from '../antwoorden/opgeslagen-antwoorden.service.js';

export const WIJKEN_BLAD = 'Wijken';
const MAX_RIJEN = 20_000;

export interface WijkenDto {
  gemeenteId: string;
  aantalPostcodes: number;
  wijken: { wijk: string; postcodes: string[] }[];
}

/**
 * The gemeente's postcode-to-wijk table (sturing-en-schaal.md 1: "op buurtniveau"): an Excel sheet "Wijken" with
 * Postcode (1234 or 1234 AB; its four digits count) and Wijk; it replaces the table as a whole, or nothing, every
 * error by cell.
 */
@Injectable()
export class WijkenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: SturingScopeService,
    private readonly audit: AuditService,
    private readonly config: KetenConfig,
    private readonly antwoorden: OpgeslagenAntwoordenService,
  ) {}

  async laadOp(principal: Principal, gemeenteId: string, data: Uint8Array): Promise<WijkenDto> {
    await this.scope.gemeente(principal, gemeenteId);
    const geopend = await openWerkmap(data, {
      maxBytes: this.config.KETEN_UPLOAD_LIMIT_BYTES,
      maxUitgepakteBytes: 4 * this.config.KETEN_UPLOAD_LIMIT_BYTES,
    });
    const fouten: Werkmapfout[] = geopend.ok ? [] : geopend.fouten;
    const rijen = new Map<string, { wijk: string; rij: number }>();
    const blad = geopend.ok ? geopend.werkmap.getWorksheet(WIJKEN_BLAD) : undefined;
    if (geopend.ok && !blad)
      fouten.push({ blad: BESTAND, rij: 0, kolom: '', reden: `Het blad "${WIJKEN_BLAD}" ontbreekt.` });
    if (blad) {
      if (blad.rowCount > MAX_RIJEN + 1)
        fouten.push({ blad: WIJKEN_BLAD, rij: MAX_RIJEN + 2, kolom: 'A', reden: `Hoogstens ${MAX_RIJEN} postcodes.` });
      for (let n = 2; n <= Math.min(blad.rowCount, MAX_RIJEN + 1); n++) {
        const [pc, wk] = [leesCel(blad.getRow(n).getCell(1)), leesCel(blad.getRow(n).getCell(2))];
        if (pc.soort === 'leeg' && wk.soort === 'leeg') continue;
        const postcode = celCode(pc, 'Postcode', /^[1-9][0-9]{3}( ?[A-Za-z]{2})?$/, 'een postcode (1234 of 1234 AB)');
        const wijk = wk.soort === 'tekst' && wk.tekst.length <= 80 ? wk.tekst : null;
        if (!postcode.ok) fouten.push({ blad: WIJKEN_BLAD, rij: n, kolom: 'A', reden: postcode.reden });
        if (wijk === null)
          fouten.push({ blad: WIJKEN_BLAD, rij: n, kolom: 'B', reden: 'Wijk moet tekst van 1 tot 80 tekens zijn.' });
        if (!postcode.ok || wijk === null) continue;
        const pc4 = postcode.waarde!.slice(0, 4);
        const eerder = rijen.get(pc4);
        if (eerder && eerder.wijk !== wijk)
          fouten.push({
            blad: WIJKEN_BLAD,
            rij: n,
            kolom: 'B',
            reden: `postcode ${pc4} staat in rij ${eerder.rij} al bij wijk ${eerder.wijk}`,
          });
        else rijen.set(pc4, { wijk, rij: n });
      }
    }
    if (fouten.length)
      throw validatieFout(
        'de wijkentabel bevat fouten; er is niets opgeslagen',
        fouten.map((f) => ({ veld: f.kolom ? `${f.blad}!${f.kolom}${f.rij}` : f.blad, reden: f.reden })),
      );
    await this.dataSource.transaction(async (manager) => {
      await this.antwoorden.verhoog(manager, [gemeenteId]);
      await manager.query(`DELETE FROM keten.sturing_wijk_postcode WHERE gemeente_id = $1`, [gemeenteId]);
      const lijst = [...rijen];
      if (lijst.length) {
        await manager.query(
          `INSERT INTO keten.sturing_wijk_postcode (gemeente_id, postcode4, wijk) SELECT $1, p, w FROM unnest($2::text[], $3::text[]) AS u(p, w)`,
          [gemeenteId, lijst.map(([p]) => p), lijst.map(([, r]) => r.wijk)],
        );
      }
      await this.audit.log(manager, principal, {
        actie: 'sturing.wijken',
        entiteit: 'gemeente',
        entiteitId: gemeenteId,
        details: { postcodes: lijst.length },
      });
    });
    return this.haal(principal, gemeenteId);
  }

  async haal(principal: Principal, gemeenteId: string): Promise<WijkenDto> {
    await this.scope.gemeente(principal, gemeenteId);
    const rijen: { wijk: string; postcodes: string[] }[] = await this.dataSource.query(
      `SELECT wijk, array_agg(postcode4::text ORDER BY postcode4) AS postcodes FROM keten.sturing_wijk_postcode WHERE gemeente_id = $1 GROUP BY wijk ORDER BY wijk`,
      [gemeenteId],
    );
    return { gemeenteId, aantalPostcodes: rijen.reduce((s, r) => s + r.postcodes.length, 0), wijken: rijen };
  }
}
