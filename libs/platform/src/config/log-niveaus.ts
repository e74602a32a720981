import type { LogLevel } from '@nestjs/common';
import type { KetenConfig } from './keten-config.js';

export const LOG_NIVEAUS: Record<KetenConfig['KETEN_LOG_LEVEL'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};
