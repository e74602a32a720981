import { useQuery } from '@tanstack/react-query';
import { api, naarFout, type Schemas } from '../api/client';
import { authKoppen, bewaarCsrf, sessieBeeindigd } from './auth';

export type Ik = Schemas['IkDto'];
export type Rol = Ik['rol'];

export const IK_SLEUTEL = ['ik'] as const;

/**
 * Who is signed in (GET /api/v1/toegang/ik): role and organisation decide the menu. `null` when there is no session
 * (401): the layout then sends the browser to the sign-in page.
 */
export function useIk() {
  return useQuery({
    queryKey: IK_SLEUTEL,
    queryFn: async (): Promise<Ik | null> => {
      const { data, error, response } = await api.GET('/api/v1/toegang/ik');
      if (response.status === 401) return null;
      if (!data) throw naarFout(response.status, error);
      bewaarCsrf(data.csrfToken);
      return data;
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Sign-in with e-mail and password (and the authenticator code, if the account has one); the API sets the cookie. */
export async function inloggen(email: string, wachtwoord: string, code?: string) {
  const { data, error, response } = await api.POST('/api/v1/toegang/inloggen', {
    body: { email, wachtwoord, ...(code ? { code } : {}) },
  });
  if (!data) throw naarFout(response.status, error);
  bewaarCsrf(data.csrfToken);
  return data;
}

/** Ends the session at the API (its cookie is cleared) and forgets it here, also when the API cannot be reached. */
export async function uitloggen(): Promise<void> {
  try {
    // The OpenAPI document names the header; the middleware sets it too.
    await api.POST('/api/v1/toegang/uitloggen', {
      params: { header: { 'X-CSRF-Token': authKoppen('POST')['X-CSRF-Token'] ?? '' } },
    });
  } finally {
    sessieBeeindigd();
  }
}
