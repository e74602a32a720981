import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react/dist/css-module';
import { api, ApiFout, verwacht, type Schemas } from '../../api/client';
import { useIk } from '../../auth/ik';
import { datum, korteDatum } from '../../gedeeld/formaat';
import { FoutMelding, Laden, PaginaTitel } from '../../gedeeld/ui';
import { ACTIE, ACTIE_VELDEN, PROCEDURE, STATUS, T, VELD } from './teksten';
import { Beoordeling } from './beoordeling';
import { Gunning, Rangschikking } from './gunning';
import { leesbaar, procedureVan } from './procedure';

type Aanbesteding = Schemas['AanbestedingDto'];
type ActieType = Schemas['ActieDto']['type'];
const EIGEN_SCHERM: ActieType[] = ['dien_in', 'registreer_score', 'registreer_consensus'];
interface Inschrijving {
  id: string;
  perceelId?: string;
  aanbieder?: { naam?: string; id?: string };
  status?: string;
}
interface Perceel {
  id: string;
  naam?: string;
  eisen?: { id: string; omschrijving?: string }[];
}

export function AanbestedingPage() {
  const { id = '' } = useParams();
  const ik = useIk();
  const magHandelen = ik.data?.rol === 'inkoopadviseur' || ik.data?.rol === 'beheerder';
  const aanbesteding = useQuery({
    queryKey: ['aanbesteding', id],
    queryFn: () => verwacht(api.GET('/api/v1/aanbestedingen/{id}', { params: { path: { id } } })),
  });
  const gebeurtenissen = useQuery({
    queryKey: ['aanbesteding', id, 'gebeurtenissen'],
    queryFn: () => verwacht(api.GET('/api/v1/aanbestedingen/{id}/gebeurtenissen', { params: { path: { id } } })),
  });

  if (aanbesteding.isPending) return <Laden wat="De aanbesteding" />;
  if (aanbesteding.isError) return <FoutMelding fout={aanbesteding.error} />;
  const a = aanbesteding.data;
  // The procedure's own fields (percelen, inschrijvingen, ...) come untyped ([veld: string]: unknown) from the API.
  const extra = a as Record<string, unknown>;
  const inschrijvingen = (Array.isArray(extra.inschrijvingen) ? extra.inschrijvingen : []) as Inschrijving[];
  const percelen = (Array.isArray(extra.percelen) ? extra.percelen : []) as Perceel[];
  const procedure = procedureVan(a);
  return (
    <>
      <PaginaTitel>{a.naam}</PaginaTitel>
      <DataList className="keten-gegevens">
        <DataListItem>
          <DataListKey>{T.kenmerk}</DataListKey>
          <DataListValue>{a.kenmerk}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.procedure}</DataListKey>
          <DataListValue>{PROCEDURE[a.procedureType] ?? a.procedureType}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.status}</DataListKey>
          <DataListValue>
            <span data-testid="fase">{STATUS[a.status] ?? a.status}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.publicatie}</DataListKey>
          <DataListValue>{datum(a.publicatiedatum)}</DataListValue>
        </DataListItem>
      </DataList>

      {a.configuratieToets !== undefined && a.status === 'concept' ? (
        <section aria-labelledby="toets">
          <Heading2 id="toets">{T.wetToets}</Heading2>
          {a.configuratieToets ? (
            <Alert type="warning">
              <Paragraph>
                {T.wetToetsNiet} {a.configuratieToets.reden} ({a.configuratieToets.code})
              </Paragraph>
            </Alert>
          ) : (
            <Paragraph>{T.wetToetsOk}</Paragraph>
          )}
        </section>
      ) : null}

      {/* What the steps act on first: the scores, the ranking and the gunning; then the step to take next. */}
      <Beoordeling aanbesteding={a} procedure={procedure} />
      <Rangschikking aanbesteding={a} procedure={procedure} />
      <Gunning aanbesteding={a} procedure={procedure} />

      <section aria-labelledby="stappen">
        <Heading2 id="stappen">{T.volgendeStappen}</Heading2>
        {!magHandelen || a.toegestaneActies.length === 0 ? (
          <Paragraph>{T.geenStappen}</Paragraph>
        ) : (
          <div className="keten-acties">
            {/* dien_in is the aanbieder's own step (POST …/percelen/{perceel}/inschrijvingen), not the inkoper's; scores
                and consensus are recorded in the Kwaliteitsbeoordeling below, per inschrijving and criterium. */}
            {a.toegestaneActies
              .filter((actie) => !EIGEN_SCHERM.includes(actie))
              .map((actie) => (
                <ActieFormulier
                  key={`${actie}-${a.versie}`}
                  aanbesteding={a}
                  actie={actie}
                  inschrijvingen={inschrijvingen}
                  percelen={percelen}
                />
              ))}
          </div>
        )}
      </section>

      {inschrijvingen.length ? (
        <section aria-labelledby="inschrijvingen">
          <Heading2 id="inschrijvingen">{T.inschrijvingen}</Heading2>
          <ul>
            {inschrijvingen.map((i) => (
              <li key={i.id}>
                {i.aanbieder?.naam ?? i.id} {i.perceelId ? `(perceel ${i.perceelId})` : ''}{' '}
                {i.status ? `— ${i.status}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {a.gegundeRaamovereenkomsten.length ? (
        <section aria-labelledby="ro">
          <Heading2 id="ro">{T.raamovereenkomsten}</Heading2>
          <ul>
            {a.gegundeRaamovereenkomsten.map((r) => {
              const aanbieder = inschrijvingen.find((i) => i.aanbieder?.id === r.aanbiederId)?.aanbieder?.naam;
              return (
                <li key={r.nummer}>
                  {r.raamovereenkomstId ? (
                    <RouterLink to={`/inkoop/raamovereenkomsten/${r.raamovereenkomstId}`}>{r.nummer}</RouterLink>
                  ) : (
                    <>
                      {r.nummer}: {T.nietGeregistreerd} {r.fout ?? ''}
                    </>
                  )}
                  {aanbieder ? ` (${aanbieder})` : ''}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="verloop">
        <Heading2 id="verloop">{T.geschiedenis}</Heading2>
        {gebeurtenissen.isPending ? (
          <Laden wat={T.geschiedenis} />
        ) : gebeurtenissen.isError ? (
          <FoutMelding fout={gebeurtenissen.error} />
        ) : gebeurtenissen.data.length === 0 ? (
          <Paragraph>{T.geenGeschiedenis}</Paragraph>
        ) : (
          <OrderedList>
            {gebeurtenissen.data.map((g) => (
              <OrderedListItem key={g.volgnummer}>
                {korteDatum(g.datum)}: {g.actie ? (ACTIE[g.actie] ?? g.actie) : T.vastgelegd} (
                {g.statusVoor ? STATUS[g.statusVoor] : '—'} → {g.statusNa ? STATUS[g.statusNa] : '—'})
              </OrderedListItem>
            ))}
          </OrderedList>
        )}
      </section>
    </>
  );
}

/** One allowed step with its fields; a refusal by the procedure rules appears right here, next to what caused it. */
function ActieFormulier({
  aanbesteding,
  actie,
  inschrijvingen,
  percelen,
}: {
  aanbesteding: Aanbesteding;
  actie: ActieType;
  inschrijvingen: Inschrijving[];
  percelen: Perceel[];
}) {
  const queryClient = useQueryClient();
  const velden = ACTIE_VELDEN[actie] ?? [];
  const [waarden, setWaarden] = useState<Record<string, string>>({});
  // A toetsing records, per eis of the chosen inschrijving's perceel, whether the aanbieder meets it (unticked: not).
  const [voldaan, setVoldaan] = useState<Record<string, boolean>>({});
  const gekozen = inschrijvingen.find((i) => i.id === waarden.inschrijvingId);
  const eisen =
    actie === 'registreer_toetsing' && gekozen ? (percelen.find((p) => p.id === gekozen.perceelId)?.eisen ?? []) : [];
  const uitvoeren = useMutation({
    mutationFn: () => {
      const body: Schemas['ActieDto'] = { type: actie };
      for (const v of velden) if (waarden[v]) Object.assign(body, { [v]: waarden[v] });
      if (actie === 'registreer_toetsing' && gekozen)
        body.resultaten = eisen.map((e) => ({ eisId: e.id, voldaan: voldaan[e.id] ?? false }));
      return verwacht(
        api.POST('/api/v1/aanbestedingen/{id}/acties', { params: { path: { id: aanbesteding.id } }, body }),
      );
    },
    onSuccess: async (antwoord) => {
      queryClient.setQueryData(['aanbesteding', aanbesteding.id], antwoord.aanbesteding);
      // The history, the scores and the ranking of this aanbesteding (all under its key) follow the new state.
      await queryClient.invalidateQueries({
        queryKey: ['aanbesteding', aanbesteding.id],
        predicate: (q) => q.queryKey.length > 2,
      });
      await queryClient.invalidateQueries({ queryKey: ['aanbestedingen'] });
    },
  });
  const fout = uitvoeren.error instanceof ApiFout ? uitvoeren.error : null;
  const weigering = (fout?.fout as { weigering?: { code: string; reden: string } } | undefined)?.weigering;
  const prefix = `actie-${actie}`;
  const resultatenFouten = fout?.voorVeld('resultaten') ?? [];

  function verstuur(e: FormEvent) {
    e.preventDefault();
    uitvoeren.mutate();
  }

  return (
    <form onSubmit={verstuur} className="keten-actie" aria-labelledby={`${prefix}-titel`}>
      <Fieldset>
        <FieldsetLegend id={`${prefix}-titel`}>{ACTIE[actie] ?? actie}</FieldsetLegend>
        {velden.map((v) => {
          const redenen = fout?.voorVeld(v) ?? [];
          const veldId = `${prefix}-${v}`;
          return (
            <FormField key={v} invalid={redenen.length > 0}>
              <FormLabel htmlFor={veldId}>{VELD[v]}</FormLabel>
              {redenen.map((r, i) => (
                <FormFieldErrorMessage key={i} id={`${veldId}-fout`}>
                  {r}
                </FormFieldErrorMessage>
              ))}
              {v === 'inschrijvingId' && inschrijvingen.length ? (
                <Select
                  id={veldId}
                  value={waarden[v] ?? ''}
                  invalid={redenen.length > 0}
                  onChange={(e) => setWaarden({ ...waarden, [v]: e.target.value })}
                >
                  <SelectOption value="">{T.kies}</SelectOption>
                  {inschrijvingen.map((i) => (
                    <SelectOption key={i.id} value={i.id}>
                      {i.aanbieder?.naam ?? i.id}
                    </SelectOption>
                  ))}
                </Select>
              ) : v === 'motivering' || v === 'reden' ? (
                <Textarea
                  id={veldId}
                  value={waarden[v] ?? ''}
                  invalid={redenen.length > 0}
                  aria-describedby={redenen.length ? `${veldId}-fout` : undefined}
                  onChange={(e) => setWaarden({ ...waarden, [v]: e.target.value })}
                />
              ) : (
                <Textbox
                  id={veldId}
                  type={v === 'ingangsdatum' ? 'date' : 'text'}
                  value={waarden[v] ?? ''}
                  invalid={redenen.length > 0}
                  aria-describedby={redenen.length ? `${veldId}-fout` : undefined}
                  onChange={(e) => setWaarden({ ...waarden, [v]: e.target.value })}
                />
              )}
            </FormField>
          );
        })}
        {eisen.length ? (
          <div
            role="group"
            aria-labelledby={`${prefix}-eisen`}
            aria-describedby={resultatenFouten.length ? `${prefix}-eisen-fout` : undefined}
          >
            <Paragraph id={`${prefix}-eisen`}>{T.eisenVoldaan}</Paragraph>
            {resultatenFouten.map((r, i) => (
              <FormFieldErrorMessage key={i} id={`${prefix}-eisen-fout`}>
                {r}
              </FormFieldErrorMessage>
            ))}
            {eisen.map((e) => (
              <FormField key={e.id} type="checkbox">
                <Checkbox
                  id={`${prefix}-eis-${e.id}`}
                  checked={voldaan[e.id] ?? false}
                  invalid={resultatenFouten.length > 0}
                  onChange={(ev) => setVoldaan({ ...voldaan, [e.id]: ev.target.checked })}
                />
                <FormLabel htmlFor={`${prefix}-eis-${e.id}`} type="checkbox">
                  {e.omschrijving ?? e.id} ({e.id})
                </FormLabel>
              </FormField>
            ))}
          </div>
        ) : null}
        {weigering ? (
          <Alert type="error" role="alert">
            <Paragraph>
              <strong>{T.geweigerd}:</strong> {leesbaar(weigering.reden, inschrijvingen)}{' '}
              <span className="keten-klein">({weigering.code})</span>
            </Paragraph>
          </Alert>
        ) : uitvoeren.isError &&
          !(fout?.fout.fouten ?? []).some((f) => [...velden, 'resultaten'].some((v) => f.veld.startsWith(v))) ? (
          <FoutMelding fout={uitvoeren.error} />
        ) : null}
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={uitvoeren.isPending}
          disabled={uitvoeren.isPending}
        >
          {ACTIE[actie] ?? actie}
        </Button>
      </Fieldset>
    </form>
  );
}
