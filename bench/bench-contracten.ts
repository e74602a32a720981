// The benchmarks' contracts: the regio's gemeenten as deelnemers, and one Wmo raamovereenkomst per aanbieder with
// the products of beoordeling-data.ts at their 2026 tariffs, registered through Keten's own use case.
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Domein } from '#keten/domain';
import { Rol, type Principal } from '#keten/platform';
import { RaamovereenkomstService, type RegistreerRaamovereenkomstDto } from '#keten/contracten';
import { PRODUCTEN } from './beoordeling-data.js';

export async function registreerBenchContracten(
  app: INestApplication,
  ds: DataSource,
  partijen: { regioId: string; gemeenteIds: string[]; aanbiederIds: string[]; nummerPrefix: string; naam: string },
): Promise<void> {
  const { regioId, gemeenteIds, aanbiederIds } = partijen;
  await ds.query(
    `INSERT INTO keten.regio_deelname (regio_id, gemeente_id, domein, ingangsdatum) SELECT $1, g, 'wmo', '2025-01-01' FROM unnest($2::uuid[]) AS g`,
    [regioId, gemeenteIds],
  );
  const contracten = app.get(RaamovereenkomstService);
  const beheerder: Principal = { actor: 'bench', rol: Rol.Beheerder, organisatieId: null, agbCode: null };
  for (const [a, aanbiederId] of aanbiederIds.entries()) {
    await contracten.registreer(beheerder, {
      nummer: `${partijen.nummerPrefix}-${a}`,
      naam: partijen.naam,
      inkoperId: regioId,
      aanbiederId,
      gemeenteIds,
      domein: Domein.Wmo,
      ingangsdatum: '2025-01-01',
      einddatum: '2027-12-31',
      maximaleWaardeCenten: 10_000_000_000,
      producten: PRODUCTEN.map((p) => ({
        productcategorie: p.productcategorie,
        productcode: p.productcode,
        uitvoeringsvariant: p.uitvoeringsvariant,
        omschrijving: p.omschrijving,
        tarieven: [{ eenheid: p.eenheid, bedragCenten: p.tarief, ingangsdatum: '2026-01-01' }],
      })),
    } as unknown as RegistreerRaamovereenkomstDto);
  }
}
