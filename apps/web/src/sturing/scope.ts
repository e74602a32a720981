// The gemeenten and regio's the signed-in user may see figures of, as the API scopes them (ScopeService): a gemeente's
// staff their gemeente and the regio's it takes part in; a regio's staff the regio and its gemeenten; a beheerder all.
// GET /api/v1/organisaties lists every gemeente and regio, so the scope is narrowed here to avoid offering a 404.
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, verwacht } from '../api/client';
import { useIk } from '../auth/ik';

export interface Inkoper {
  id: string;
  naam: string;
  soort: 'gemeente' | 'regio';
}

export function useInkopersInScope(): { inkopers: Inkoper[]; laden: boolean; fout: unknown } {
  const ik = useIk();
  const lijst = useQuery({
    queryKey: ['organisaties', 'inkopers'],
    queryFn: () => verwacht(api.GET('/api/v1/organisaties', { params: { query: { limiet: 100, offset: 0 } } })),
    staleTime: 10 * 60_000,
  });
  const regios = (lijst.data ?? []).filter((o) => o.soort === 'regio');
  const details = useQueries({
    queries: regios.map((r) => ({
      queryKey: ['organisaties', r.id],
      queryFn: () => verwacht(api.GET('/api/v1/organisaties/{id}', { params: { path: { id: r.id } } })),
      staleTime: 10 * 60_000,
    })),
  });
  const eigen = ik.data?.organisatie;
  const deelnemers = new Map(
    regios.map((r, i) => [r.id, new Set((details[i]?.data?.deelnemers ?? []).map((d) => d.gemeenteId))]),
  );
  const inScope = (o: { id: string; soort: string }): boolean => {
    if (!eigen) return ik.data?.rol === 'beheerder';
    if (o.id === eigen.id) return true;
    if (eigen.soort === 'gemeente') return o.soort === 'regio' && !!deelnemers.get(o.id)?.has(eigen.id);
    if (eigen.soort === 'regio') return o.soort === 'gemeente' && !!deelnemers.get(eigen.id)?.has(o.id);
    return false;
  };
  const inkopers = (lijst.data ?? [])
    .filter(
      (o): o is typeof o & { soort: 'gemeente' | 'regio' } =>
        (o.soort === 'gemeente' || o.soort === 'regio') && inScope(o),
    )
    .map((o) => ({ id: o.id, naam: o.naam, soort: o.soort }))
    .sort((a, b) => (a.soort === b.soort ? a.naam.localeCompare(b.naam, 'nl') : a.soort === 'gemeente' ? -1 : 1));
  return {
    inkopers,
    laden: lijst.isPending || details.some((d) => d.isPending),
    fout: lijst.error ?? details.find((d) => d.error)?.error,
  };
}
