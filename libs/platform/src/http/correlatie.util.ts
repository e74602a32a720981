import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Response header naming the request's correlation id: the same id is in every log line and in a 500's body. */
export const CORRELATIE_HEADER = 'X-Correlatie-Id';

const opslag = new AsyncLocalStorage<string>();

/** The correlation id of the request being handled, if any. */
export function huidigeCorrelatieId(): string | undefined {
  return opslag.getStore();
}

/**
 * Express middleware: every request gets its own id, chosen here (never taken from the client, whose value would
 * end up in the logs unchecked), kept for its whole async chain.
 */
export function correlatieMiddleware(
  _req: unknown,
  res: { setHeader(k: string, v: string): void },
  next: () => void,
): void {
  const id = randomUUID();
  res.setHeader(CORRELATIE_HEADER, id);
  opslag.run(id, next);
}
