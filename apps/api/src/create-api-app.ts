import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Logger, Module, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import type { DataSourceOptions } from 'typeorm';
import {
  AuthGuard,
  FoutCode,
  KetenConfig,
  KetenExceptionFilter,
  KetenFout,
  correlatieMiddleware,
  ketenLogger,
  onveiligeInvoer,
  PlatformModule,
  Rol,
  ROLLEN,
  TokenService,
} from '#keten/platform';
import { ApiModule } from './api.module.js';
import { serveerWebApp } from './web-app.js';
import { Gereedheid } from './gereedheid.service.js';
import { MetricsService } from './metrics/metrics.service.js';

/** XML messages (iWmo/iJw), zips of them and Excel uploads arrive as raw bytes, bounded by KETEN_UPLOAD_LIMIT_BYTES. */
export const UPLOAD_TYPES = [
  'application/xml',
  'text/xml',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** The built web app (apps/web, `vite build`): dist/web beside dist/apps. */
export const WEB_DIR = fileURLToPath(new URL('../../../web', import.meta.url));

/** The OpenAPI document of the API; the web app's client types are generated from it (apps/web/src/api). */
export function apiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Keten API')
      .setDescription(
        'Inkoop en bekostiging in het sociaal domein (Wmo 2015, Jeugdwet): aanbestedingen, raamovereenkomsten, tarieven, toewijzingen, declaraties.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

/** The API, optionally with the worker's processors in the same process (`npm start`). */
export async function createApiApp(
  config: KetenConfig,
  database: DataSourceOptions,
  extra: (Type | DynamicModule)[] = [],
  opties: { preview?: boolean } = {},
): Promise<NestExpressApplication> {
  @Module({ imports: [PlatformModule.forRoot(config, database), ApiModule, ...extra] })
  class KetenApi {}
  const app = await NestFactory.create<NestExpressApplication>(KetenApi, {
    bodyParser: false,
    logger: ketenLogger(config),
    preview: opties.preview,
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
  beveilig(app, config);

  SwaggerModule.setup('api/docs', app, apiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  // The web app at / (static files, and index.html for its routes); /api/*, /health and /api/docs stay the API's.
  if (existsSync(`${WEB_DIR}/index.html`)) serveerWebApp(app, WEB_DIR);
  // No enableShutdownHooks: Nest would close the queues before the HTTP drain. The mains call sluitApiAf on SIGTERM.
  Logger.log(`API ready (queue backend: ${config.REDIS_URL ? 'redis' : 'postgres'})`, 'Keten');
  return app;
}

type Verzoek = {
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  query?: unknown;
  principal?: unknown;
};
type Antwoord = { setHeader(k: string, v: string): void; status(n: number): { json(b: unknown): void } };
type Volgende = (fout?: unknown) => void;

/**
 * Headers and input checks for every request, before any handler runs: helmet's security headers; no caching of
 * API answers (they may hold personal data); CORS only for configured origins; the OpenAPI document behind sign-in
 * unless KETEN_OPENAPI_OPENBAAR; a NUL character or JSON nested deeper than any DTO refused with 400, never a 500.
 */
function beveilig(app: NestExpressApplication, config: KetenConfig): void {
  const filter = new KetenExceptionFilter();
  const weiger = (res: Antwoord, fout: KetenFout) => {
    const antwoord = filter.naarAntwoord(fout);
    if (antwoord.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(antwoord.status).json(antwoord);
  };
  app.use(helmet());
  if (config.KETEN_CORS_ORIGINS) {
    app.enableCors({
      origin: config.KETEN_CORS_ORIGINS.split(','),
      credentials: true,
      allowedHeaders: ['Authorization', 'Content-Type', 'X-CSRF-Token'],
    });
  }
  app.use((req: Verzoek, res: Antwoord, next: Volgende) => {
    if (req.originalUrl.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    if (/%00/.test(req.originalUrl))
      return weiger(res, new KetenFout(FoutCode.Validatie, 'het adres bevat het NUL-teken (%00)'));
    const reden =
      onveiligeInvoer(req.query) ??
      (req.body !== null && typeof req.body === 'object' && !Buffer.isBuffer(req.body)
        ? onveiligeInvoer(req.body)
        : null);
    if (reden) return weiger(res, new KetenFout(FoutCode.Validatie, reden));
    next();
  });
  if (!config.KETEN_OPENAPI_OPENBAAR) {
    const guard = new AuthGuard(app.get(Reflector), app.get(TokenService));
    Reflect.defineMetadata(ROLLEN, Object.values(Rol), bewaakteDocs);
    app.use('/api/docs', (req: Verzoek, res: Antwoord, next: Volgende) => {
      // The same check as every endpoint: a bearer token or a session (no role needed to read the document).
      const context = {
        getHandler: () => bewaakteDocs,
        getClass: () => bewaakteDocs,
        switchToHttp: () => ({ getRequest: () => req }),
      };
      guard.canActivate(context as never).then(
        () => next(),
        (fout: unknown) => (fout instanceof KetenFout ? weiger(res, fout) : next(fout)),
      );
    });
  }
}

function bewaakteDocs(): void {}
