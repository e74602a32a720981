import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSourceOptions } from 'typeorm';
import { KetenConfig, ketenLogger, PlatformModule } from '#keten/platform';
import { WorkerModule } from './worker.module.js';

/** The worker on its own (a separate deployable): platform plus processors, no HTTP. */
export async function createWorker(config: KetenConfig, database: DataSourceOptions): Promise<INestApplicationContext> {
  @Module({ imports: [PlatformModule.forRoot(config, database), WorkerModule] })
  class KetenWorker {}
  const worker = await NestFactory.createApplicationContext(KetenWorker, { logger: ketenLogger(config) });
  await worker.init();
  return worker;
}
