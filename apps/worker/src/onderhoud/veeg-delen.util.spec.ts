import { veegDelen } from './veeg-delen.util.js';

// The sweep's orchestration only (VeegOpProcessor runs its parts through this): each part's own behaviour is tested
// against PostgreSQL in its e2e spec.
describe('veegDelen', () => {
  const deel = (gelopen: string[], naam: string, uitkomst: number | Error) =>
    [
      naam,
      async () => {
        gelopen.push(naam);
        if (uitkomst instanceof Error) throw uitkomst;
        return uitkomst;
      },
    ] as const;

  it('should run every part of the sweep even when an earlier one fails, and say which one failed', async () => {
    const gelopen: string[] = [];
    const fouten: string[] = [];

    const uitkomst = await veegDelen(
      [deel(gelopen, 'outbox', new Error('Redis weg')), deel(gelopen, 'declaraties', 3), deel(gelopen, 'gunningen', 1)],
      (m) => void fouten.push(m),
    );

    expect(gelopen).toEqual(['outbox', 'declaraties', 'gunningen']);
    expect(uitkomst).toEqual([0, 3, 1]);
    expect(fouten).toEqual(['sweep of outbox failed: Redis weg']);
  });

  it('should run the parts one after another, never two at once', async () => {
    let bezig = 0;
    let hoogste = 0;
    const traag = (naam: string): readonly [string, () => Promise<number>] => [
      naam,
      async () => {
        hoogste = Math.max(hoogste, ++bezig);
        await new Promise((r) => setTimeout(r, 5));
        bezig--;
        return 1;
      },
    ];

    const uitkomst = await veegDelen([traag('a'), traag('b'), traag('c')], () => undefined);

    expect(uitkomst).toEqual([1, 1, 1]);
    expect(hoogste).toBe(1);
  });
});
