import type { LoggerService, LogLevel } from '@nestjs/common';
import { huidigeCorrelatieId } from '../http/correlatie.util.js';

/**
 * NODE_ENV=production: one JSON object per line and event, with the request's correlation id when there is one
 * (the id a 500 answer carries), for a log shipper to index. No request bodies or parameters are logged (BSN).
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly niveaus: LogLevel[]) {}

  log(bericht: unknown, ...rest: unknown[]): void {
    this.schrijf('log', bericht, rest);
  }
  error(bericht: unknown, ...rest: unknown[]): void {
    this.schrijf('error', bericht, rest);
  }
  warn(bericht: unknown, ...rest: unknown[]): void {
    this.schrijf('warn', bericht, rest);
  }
  debug(bericht: unknown, ...rest: unknown[]): void {
    this.schrijf('debug', bericht, rest);
  }
  verbose(bericht: unknown, ...rest: unknown[]): void {
    this.schrijf('verbose', bericht, rest);
  }
  fatal(bericht: unknown, ...rest: unknown[]): void {
    this.schrijf('fatal', bericht, rest);
  }
  setLogLevels(niveaus: LogLevel[]): void {
    this.niveaus.splice(0, this.niveaus.length, ...niveaus);
  }

  private schrijf(niveau: LogLevel, bericht: unknown, rest: unknown[]): void {
    if (!this.niveaus.includes(niveau)) return;
    // Nest passes the context last; error() may pass a stack before it.
    const context = rest.length && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = niveau === 'error' && typeof rest[0] === 'string' ? rest[0] : undefined;
    const regel = {
      tijd: new Date().toISOString(),
      niveau,
      context,
      bericht: bericht instanceof Error ? bericht.message : bericht,
      ...(stack ? { stack } : bericht instanceof Error && bericht.stack ? { stack: bericht.stack } : {}),
      correlatieId: huidigeCorrelatieId(),
      pid: process.pid,
    };
    (niveau === 'error' || niveau === 'fatal' ? process.stderr : process.stdout).write(`${JSON.stringify(regel)}\n`);
  }
}
