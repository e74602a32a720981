import { useQuery } from '@tanstack/react-query';
import { api, verwacht, type Schemas } from '../api/client';
import { huidigToken } from './auth';

export type Ik = Schemas['WebIkDto'];
export type Rol = Ik['rol'];

/** Who is signed in (GET /api/v1/ik): role and organisation decide the menu. */
export function useIk() {
  return useQuery({
    queryKey: ['ik', huidigToken()],
    queryFn: () => verwacht(api.GET('/api/v1/ik')),
    enabled: huidigToken() !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
