import { http } from './http.js';

/**
 * Polls until `probeer` gives a value (the worker is asynchronous); generous, because CI machines can be busy.
 * A probe may throw to say why it has no value yet: the timeout then names `wat` and the last reason.
 */
export function wachtOp<T>(
  probeer: () => T | undefined | Promise<T | undefined>,
  wat = 'a value',
  ms = 90_000,
): Promise<T> {
  const start = Date.now();
  let laatste = '';
  return new Promise((resolve, reject) => {
    const tik = async () => {
      const waarde = await Promise.resolve()
        .then(probeer)
        .catch((e: unknown) => {
          laatste = e instanceof Error ? e.message : String(e);
          return undefined;
        });
      if (waarde !== undefined) return resolve(waarde);
      if (Date.now() - start > ms)
        return reject(new Error(`waited ${ms} ms for ${wat}${laatste ? ` (last: ${laatste})` : ''}`));
      setTimeout(() => void tik(), 100);
    };
    void tik();
  });
}

/** The declaratie as GET /api/v1/declaraties/{id} gives it, once the worker has judged it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function beoordeeldeDeclaratie(basis: string, id: string, token: string): Promise<any> {
  return wachtOp(async () => {
    const res = await http(basis, 'GET', `/api/v1/declaraties/${id}`, { token });
    if (res.body?.status !== 'beoordeeld') throw new Error(`HTTP ${res.status}, status ${res.body?.status}`);
    return res.body;
  }, `declaratie ${id} to be beoordeeld`);
}
