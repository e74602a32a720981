import { Rol } from '#keten/platform';
import { maakOrganisatie, raamovereenkomstDocument, type Org } from './support/factories.js';
import { http } from './support/http.js';
import type { TestApp } from './support/test-app.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Partijen {
  gemeente: Org;
  aanbieder: Org;
  inkoop: string;
}

/** A gemeente, an aanbieder and an inkoopadviseur token of that gemeente. */
export async function maakPartijen(t: TestApp): Promise<Partijen> {
  const gemeente = await maakOrganisatie(t.url, 'gemeente');
  const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
  return { gemeente, aanbieder, inkoop: await t.token(Rol.Inkoopadviseur, gemeente.id) };
}

/** Registers a raamovereenkomst through the API; `extra` overrides fields of the factory document. */
export async function maakContract(
  t: TestApp,
  p: Partijen,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; nummer: string }> {
  const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
    token: p.inkoop,
    json: raamovereenkomstDocument(p.gemeente.id, p.aanbieder.id, [p.gemeente.id], extra),
  });
  if (res.status !== 201) throw new Error(`contract not registered: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Polls a status resource until its status is one of `doel` (queued work done by the worker). */
export async function wachtOpStatus<T extends { status: string }>(
  t: TestApp,
  token: string,
  pad: string,
  doel: string[],
  ms = 60_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const res = await http<T>(t.url, 'GET', pad, { token });
    if (res.status !== 200) throw new Error(`GET ${pad}: ${res.status} ${JSON.stringify(res.body)}`);
    if (doel.includes(res.body.status)) return res.body;
    if (Date.now() - start > ms)
      throw new Error(
        `timed out waiting for ${doel.join('/')} on ${pad}; last ${JSON.stringify(res.body).slice(0, 300)}`,
      );
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A deterministic pseudo-random generator (mulberry32), so a realistic set is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
