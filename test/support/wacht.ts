/** Polls until `probeer` gives a value (the worker is asynchronous); generous, because CI machines can be busy. */
export function wachtOp<T>(probeer: () => T | undefined | Promise<T | undefined>, ms = 90_000): Promise<T> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tik = async () => {
      const waarde = await Promise.resolve().then(probeer).catch(() => undefined);
      if (waarde !== undefined) return resolve(waarde);
      if (Date.now() - start > ms) return reject(new Error(`nothing after ${ms} ms of waiting`));
      setTimeout(() => void tik(), 100);
    };
    void tik();
  });
}
