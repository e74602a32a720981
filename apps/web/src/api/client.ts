// The one API client: openapi-fetch typed by schema.d.ts, which `npm run build` generates from the API's OpenAPI
// document (never hand-written DTOs). Authentication is added by the auth module's middleware.
import createClient, { type Middleware } from 'openapi-fetch';
import { authKoppen, bijNietGeauthenticeerd } from '../auth/auth';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Fout = Schemas['FoutAntwoordDto'];

const auth: Middleware = {
  onRequest({ request }) {
    for (const [naam, waarde] of Object.entries(authKoppen(request.method))) request.headers.set(naam, waarde);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) bijNietGeauthenticeerd();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** An API error with its `{ status, code, bericht, fouten }`, so a page can show each reason next to its field. */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly fout: Fout,
  ) {
    super(fout.bericht);
  }
  /** The reasons for one field (`veld` as the API names it, e.g. `declaratiePeriode` or `Declaraties!C4`). */
  voorVeld(veld: string): string[] {
    return (this.fout.fouten ?? [])
      .filter((f) => f.veld === veld || f.veld.startsWith(`${veld}.`) || f.veld.startsWith(`${veld}[`))
      .map((f) => f.reden);
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiFout with the API's own explanation. */
export async function verwacht<T>(resultaat: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await resultaat;
  if (error !== undefined || !response.ok) throw naarFout(response.status, error);
  return data as T;
}

export function naarFout(status: number, body: unknown): ApiFout {
  if (body && typeof body === 'object' && 'bericht' in body) return new ApiFout(status, body as Fout);
  return new ApiFout(status, {
    status,
    code: 'INTERN',
    bericht: status === 0 ? 'Keten is niet bereikbaar' : `onverwacht antwoord (${status})`,
  });
}

/**
 * Sends a file as raw bytes with upload progress (fetch has no upload progress; XMLHttpRequest does). Typed by the
 * path's response in the OpenAPI document. POST unless the endpoint replaces a whole document (PUT, the tariefblad).
 */
export function uploadBestand<T>(
  pad: string,
  bestand: File,
  contentType: string,
  voortgang: (fractie: number) => void,
  methode: 'POST' | 'PUT' = 'POST',
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(methode, pad);
    xhr.setRequestHeader('Content-Type', contentType);
    for (const [naam, waarde] of Object.entries(authKoppen(methode))) xhr.setRequestHeader(naam, waarde);
    xhr.upload.onprogress = (e) => e.lengthComputable && voortgang(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 401) bijNietGeauthenticeerd();
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(naarFout(xhr.status, body));
    };
    xhr.onerror = () => reject(naarFout(0, null));
    xhr.send(bestand);
  });
}

/** Downloads a file from the API (with the caller's credentials) and offers it to the browser. */
export async function download(pad: string, bestandsnaam: string): Promise<void> {
  const res = await fetch(pad, { headers: authKoppen('GET') });
  if (!res.ok) throw naarFout(res.status, await res.json().catch(() => null));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
