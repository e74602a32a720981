import 'reflect-metadata';
import { Logger, Module, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DataSourceOptions } from 'typeorm';
import { correlatieMiddleware, KetenConfig, ketenLogger, PlatformModule } from '#keten/platform';
import { ApiModule } from './api.module.js';
import { Gereedheid } from './gereedheid.service.js';
import { MetricsService } from './metrics/metrics.service.js';

/** XML messages (iWmo/iJw), zips of them and Excel uploads arrive as raw bytes, bounded by KETEN_UPLOAD_LIMIT_BYTES. */
export const UPLOAD_TYPES = ['application/xml', 'text/xml', 'application/zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The API, optionally with the worker's processors in the same process (`npm start`). */
export async function createApiApp(config: KetenConfig, database: DataSourceOptions, extra: (Type | DynamicModule)[] = []): Promise<NestExpressApplication> {
  @Module({ imports: [PlatformModule.forRoot(config, database), ApiModule, ...extra] })
  class KetenApi {}
  const app = await NestFactory.create<NestExpressApplication>(KetenApi, {
    bodyParser: false,
    logger: ketenLogger(config),
  });
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.useBodyParser('json', { limit: config.KETEN_BODY_LIMIT_BYTES });
  app.useBodyParser('raw', { type: UPLOAD_TYPES, limit: config.KETEN_UPLOAD_LIMIT_BYTES });
  app.use(correlatieMiddleware);
  app.use(app.get(MetricsService).middleware());
  // Stopping (sluitApiAf): a request on a kept-alive connection is still answered, and its connection then closed.
  const gereedheid = app.get(Gereedheid);
  app.use((_req: unknown, res: Parameters<Gereedheid['volg']>[0], next: () => void) => {
    gereedheid.volg(res);
    next();
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Keten API')
      .setDescription('Inkoop en bekostiging in het sociaal domein (Wmo 2015, Jeugdwet): aanbestedingen, raamovereenkomsten, tarieven, toewijzingen, declaraties.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  // No enableShutdownHooks: Nest would close the queues before the HTTP drain. The mains call sluitApiAf on SIGTERM.
  Logger.log(`API ready (queue backend: ${config.REDIS_URL ? 'redis' : 'postgres'})`, 'Keten');
  return app;
}
