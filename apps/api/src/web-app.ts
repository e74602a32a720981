import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Paths that belong to the API, never to the web app's fallback. */
const API_PAD = /^\/(api(\/|$)|health(\/|$))/;

/**
 * Serves the built web app (apps/web) from the API process: its hashed assets with a long cache, and index.html for
 * every other GET that asks for HTML (the app's own routes, e.g. /aanbieder/declaraties), so that a reload or a shared
 * link works. Unknown /api/* paths keep answering the API's JSON 404.
 */
export function serveerWebApp(app: NestExpressApplication, map: string): void {
  app.useStaticAssets(join(map, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', fallthrough: false });
  app.useStaticAssets(map, { index: false, maxAge: '1h' });
  app.use(
    (
      req: { method: string; path: string; headers: Record<string, string | undefined> },
      res: { setHeader(n: string, v: string): void; sendFile(p: string): void },
      next: () => void,
    ) => {
      if (
        (req.method !== 'GET' && req.method !== 'HEAD') ||
        API_PAD.test(req.path) ||
        !(req.headers.accept ?? '').includes('text/html')
      )
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(map, 'index.html'));
    },
  );
}
