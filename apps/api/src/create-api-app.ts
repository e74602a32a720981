import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Logger, Module, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { DataSourceOptions } from 'typeorm';
import { KetenConfig, LOG_NIVEAUS, PlatformModule } from '#keten/platform';
import { ApiModule } from './api.module.js';
import { serveerWebApp } from './web-app.js';


/** XML messages (iWmo/iJw), zips of them and Excel uploads arrive as raw bytes, bounded by KETEN_UPLOAD_LIMIT_BYTES. */
export const UPLOAD_TYPES = ['application/xml', 'text/xml', 'application/zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The built web app (apps/web, `vite build`): dist/web beside dist/apps. */
export const WEB_DIR = fileURLToPath(new URL('../../../web', import.meta.url));

/** The OpenAPI document of the API; the web app's client types are generated from it (apps/web/src/api). */
export function apiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Keten API')
      .setDescription('Inkoop en bekostiging in het sociaal domein (Wmo 2015, Jeugdwet): aanbestedingen, raamovereenkomsten, tarieven, toewijzingen, declaraties.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

/** The API, optionally with the worker's processors in the same process (`npm start`). */
export async function createApiApp(config: KetenConfig, database: DataSourceOptions, extra: (Type | DynamicModule)[] = [], opties: { preview?: boolean } = {}): Promise<NestExpressApplication> {
  @Module({ imports: [PlatformModule.forRoot(config, database), ApiModule, ...extra] })
  class KetenApi {}
  const app = await NestFactory.create<NestExpressApplication>(KetenApi, {
    bodyParser: false,
    logger: LOG_NIVEAUS[config.KETEN_LOG_LEVEL],
    preview: opties.preview,
  });
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.useBodyParser('json', { limit: config.KETEN_BODY_LIMIT_BYTES });
  app.useBodyParser('raw', { type: UPLOAD_TYPES, limit: config.KETEN_UPLOAD_LIMIT_BYTES });

  SwaggerModule.setup('api/docs', app, apiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  // The web app at / (static files, and index.html for its routes); /api/*, /health and /api/docs stay the API's.
  if (existsSync(`${WEB_DIR}/index.html`)) serveerWebApp(app, WEB_DIR);
  app.enableShutdownHooks();
  Logger.log(`API ready (queue backend: ${config.REDIS_URL ? 'redis' : 'postgres'})`, 'Keten');
  return app;
}
