/** A small fetch wrapper for e2e tests: JSON in, status + parsed body out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Antwoord<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function http<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
  basis: string,
  methode: string,
  pad: string,
  opties: {
    token?: string;
    json?: unknown;
    body?: string | Buffer;
    contentType?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Antwoord<T>> {
  const headers: Record<string, string> = { ...opties.headers };
  if (opties.token) headers.authorization = `Bearer ${opties.token}`;
  let body: string | Buffer | undefined = opties.body;
  if (opties.json !== undefined) {
    body = JSON.stringify(opties.json);
    headers['content-type'] = 'application/json';
  }
  if (opties.contentType) headers['content-type'] = opties.contentType;
  const res = await fetch(`${basis}${pad}`, { method: methode, headers, body });
  const tekst = await res.text();
  let parsed: unknown = tekst;
  if ((res.headers.get('content-type') ?? '').includes('json') && tekst) parsed = JSON.parse(tekst);
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Random digits for natural keys (CBS, AGB); factories retry on the rare collision. */
export function cijfers(lengte: number): string {
  let uit = '';
  for (let i = 0; i < lengte; i++) uit += Math.floor(Math.random() * 10);
  return uit;
}
