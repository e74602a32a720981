// The gemeente and year every sturing view is about, kept in the address (?gemeente=…&jaar=…) so that a view can be
// bookmarked and shared. A gemeente's own staff see their gemeente; a regio's staff choose one of the regio's.
import { useSearchParams } from 'react-router';
import { FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react/dist/css-module';
import { useIk } from '../auth/ik';
import { useInkopersInScope } from './scope';

export interface SturingKeuze {
  gemeente: string | null;
  jaar: number;
  peildatum: string;
  gemeenten: { id: string; naam: string }[];
  laden: boolean;
  fout: unknown;
  zet: (wijziging: { gemeente?: string; jaar?: number; peildatum?: string }) => void;
}

export function useSturingKeuze(): SturingKeuze {
  const [params, setParams] = useSearchParams();
  const ik = useIk();
  const scope = useInkopersInScope();
  const eigen = ik.data?.organisatie?.soort === 'gemeente' ? ik.data.organisatie.id : null;
  const lijst = scope.inkopers.filter((o) => o.soort === 'gemeente');
  const gekozen = params.get('gemeente');
  const gemeente = gekozen && lijst.some((g) => g.id === gekozen) ? gekozen : (eigen ?? lijst[0]?.id ?? null);
  const jaarParam = Number(params.get('jaar'));
  const jaar =
    Number.isInteger(jaarParam) && jaarParam >= 2000 && jaarParam <= 2100 ? jaarParam : new Date().getFullYear();
  const peildatum = /^\d{4}-\d{2}-\d{2}$/.test(params.get('peildatum') ?? '') ? params.get('peildatum')! : '';
  return {
    gemeente,
    jaar,
    peildatum,
    gemeenten: lijst,
    laden: scope.laden,
    fout: scope.fout,
    zet: (w) => {
      const nieuw = new URLSearchParams(params);
      if (w.gemeente !== undefined) nieuw.set('gemeente', w.gemeente);
      if (w.jaar !== undefined) nieuw.set('jaar', String(w.jaar));
      if (w.peildatum !== undefined) {
        if (w.peildatum) nieuw.set('peildatum', w.peildatum);
        else nieuw.delete('peildatum');
      }
      setParams(nieuw, { replace: true });
    },
  };
}

/** The query parameters of a sturing request for this choice. */
export function sturingQuery(k: SturingKeuze) {
  return { gemeente: k.gemeente!, jaar: k.jaar, ...(k.peildatum ? { peildatum: k.peildatum } : {}) };
}

export function SturingKiezer({ keuze, metJaar = true }: { keuze: SturingKeuze; metJaar?: boolean }) {
  const ditJaar = new Date().getFullYear();
  const jaren = [ditJaar - 2, ditJaar - 1, ditJaar, ditJaar + 1];
  if (!jaren.includes(keuze.jaar)) jaren.push(keuze.jaar);
  return (
    <div className="keten-filters" role="group" aria-label="Gemeente en jaar">
      <FormField>
        <FormLabel htmlFor="keuze-gemeente">Gemeente</FormLabel>
        <Select
          id="keuze-gemeente"
          value={keuze.gemeente ?? ''}
          onChange={(e) => keuze.zet({ gemeente: e.target.value })}
          disabled={keuze.gemeenten.length < 2}
        >
          {keuze.gemeenten.map((g) => (
            <SelectOption key={g.id} value={g.id}>
              {g.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {metJaar ? (
        <FormField>
          <FormLabel htmlFor="keuze-jaar">Jaar</FormLabel>
          <Select
            id="keuze-jaar"
            value={String(keuze.jaar)}
            onChange={(e) => keuze.zet({ jaar: Number(e.target.value) })}
          >
            {jaren.sort().map((j) => (
              <SelectOption key={j} value={String(j)}>
                {j}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      ) : null}
      <FormField>
        <FormLabel htmlFor="keuze-peildatum">Peildatum (leeg: vandaag)</FormLabel>
        <Textbox
          id="keuze-peildatum"
          type="date"
          value={keuze.peildatum}
          onChange={(e) => keuze.zet({ peildatum: e.target.value })}
        />
      </FormField>
    </div>
  );
}
