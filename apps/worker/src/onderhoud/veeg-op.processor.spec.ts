import type { Logger } from '@nestjs/common';
import type { JobOutboxService } from '#keten/platform';
import type { OnafgerondeDeclaratiesService } from '#keten/declaraties';
import type { GunningRaamovereenkomstService } from '#keten/inkoop';
import { VeegOpProcessor } from './veeg-op.processor.js';

// The orchestration only: each part's own behaviour is tested against PostgreSQL in its e2e spec.
describe('VeegOpProcessor', () => {
  it('should run every part of the sweep even when an earlier one fails, and say which one failed', async () => {
    const gelopen: string[] = [];
    const deel = (naam: string, uitkomst: number | Error) => async () => {
      gelopen.push(naam);
      if (uitkomst instanceof Error) throw uitkomst;
      return uitkomst;
    };
    const fouten: string[] = [];
    const processor = new VeegOpProcessor(
      { publiceer: deel('outbox', new Error('Redis weg')) } as unknown as JobOutboxService,
      { veeg: deel('declaraties', 3) } as unknown as OnafgerondeDeclaratiesService,
      { veeg: deel('gunningen', 1) } as unknown as GunningRaamovereenkomstService,
    );
    (processor as unknown as { logger: Pick<Logger, 'error' | 'log'> }).logger = { error: (m: string) => void fouten.push(m), log: () => undefined };

    const uitkomst = await processor.verwerk();

    expect(gelopen).toEqual(['outbox', 'declaraties', 'gunningen']);
    expect(uitkomst).toEqual({ gepubliceerd: 0, declaratiesOpnieuw: 3, aanbestedingenOpnieuw: 1 });
    expect(fouten).toEqual(['sweep of outbox failed: Redis weg']);
  });
});
