import type { LoggerService, LogLevel } from '@nestjs/common';
import type { KetenConfig } from './keten-config.js';
import { JsonLogger } from './json-logger.service.js';

export const LOG_NIVEAUS: Record<KetenConfig['KETEN_LOG_LEVEL'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** Nest's logger option: structured JSON lines in production, Nest's readable lines otherwise. */
export function ketenLogger(config: KetenConfig): LogLevel[] | LoggerService {
  const niveaus = LOG_NIVEAUS[config.KETEN_LOG_LEVEL];
  return config.NODE_ENV === 'production' ? new JsonLogger([...niveaus]) : niveaus;
}
