/** One part of the periodic sweep: a name for the log and the work, which says how many items it handled. */
export type VeegDeel = readonly [naam: string, werk: () => Promise<number>];

/**
 * Runs the parts one after another, each on its own: one failing (Redis gone, a database error) must not keep the
 * others from running this round. A failed part counts 0 and is reported by name.
 */
export async function veegDelen(delen: readonly VeegDeel[], meldFout: (bericht: string) => void): Promise<number[]> {
  const uitkomsten: number[] = [];
  for (const [naam, werk] of delen) {
    try {
      uitkomsten.push(await werk());
    } catch (e) {
      meldFout(`sweep of ${naam} failed: ${e instanceof Error ? e.message : String(e)}`);
      uitkomsten.push(0);
    }
  }
  return uitkomsten;
}
