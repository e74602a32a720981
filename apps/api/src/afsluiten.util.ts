import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { KetenConfig } from '#keten/platform';
import { Gereedheid } from './gereedheid.service.js';

/**
 * Graceful stop of the API (issue 18), in this order: unready (/health/ready answers 503), stop accepting, close idle
 * keep-alive connections and answer new requests on busy ones with `Connection: close` (see createApiApp), let
 * in-flight requests finish within KETEN_SHUTDOWN_TIMEOUT_MS and cut off what is left; only then close the queues
 * (workers finish or release their jobs) and the database. Nest's own close would do the HTTP part last.
 */
export async function sluitApiAf(
  app: NestExpressApplication,
  config: KetenConfig,
  logger = new Logger('Keten'),
): Promise<void> {
  app.get(Gereedheid).stop();
  const server = app.getHttpServer() as Server;
  const dicht = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
  // A connection whose request was in flight at the signal turns idle later: close those as they come.
  const opruimer = setInterval(() => server.closeIdleConnections(), 50);
  let deadline: NodeJS.Timeout | undefined;
  const opTijd = await Promise.race([
    dicht,
    new Promise<boolean>((resolve) => (deadline = setTimeout(() => resolve(false), config.KETEN_SHUTDOWN_TIMEOUT_MS))),
  ]);
  clearInterval(opruimer);
  clearTimeout(deadline);
  if (!opTijd) {
    logger.warn(
      `requests still running after ${config.KETEN_SHUTDOWN_TIMEOUT_MS} ms (KETEN_SHUTDOWN_TIMEOUT_MS): their connections are closed`,
    );
    server.closeAllConnections();
  }
  await app.close();
}
