import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react/dist/css-module';
import { api, ApiFout, verwacht, type Schemas } from '../../api/client';
import { datum, euro, korteDatum, procent } from '../../gedeeld/formaat';
import { FoutMelding, Laden, TabelRand } from '../../gedeeld/ui';
import { T } from './teksten';

type Raamovereenkomst = Schemas['RaamovereenkomstDto'];

/** Indexation: ask for a preview (computed by the worker), read old and new tariffs as a table, then apply. */
export function Indexatie({
  raamovereenkomst,
  magToepassen,
}: {
  raamovereenkomst: Raamovereenkomst;
  magToepassen: boolean;
}) {
  const id = raamovereenkomst.id;
  const queryClient = useQueryClient();
  const methode = raamovereenkomst.indexatiemethode?.length
    ? raamovereenkomst.indexatiemethode
    : [{ naam: 'OVA', gewicht: '100' }];
  const [jaar, setJaar] = useState(String(new Date().getFullYear() + 1));
  const [prognoses, setPrognoses] = useState<Record<string, string>>({});
  const [gekozen, setGekozen] = useState<string | null>(null);

  const lijst = useQuery({
    queryKey: ['indexaties', id],
    queryFn: () => verwacht(api.GET('/api/v1/raamovereenkomsten/{id}/indexaties', { params: { path: { id } } })),
  });
  const huidig = gekozen ?? lijst.data?.find((i) => i.status !== 'toegepast' && i.status !== 'mislukt')?.id ?? null;
  const detail = useQuery({
    queryKey: ['indexatie', id, huidig],
    enabled: huidig !== null,
    queryFn: () =>
      verwacht(
        api.GET('/api/v1/raamovereenkomsten/{id}/indexaties/{iid}', {
          params: { path: { id, iid: huidig! }, query: { limiet: 500 } },
        }),
      ),
    refetchInterval: (q) => (q.state.data && ['berekenen', 'toepassen'].includes(q.state.data.status) ? 700 : false),
  });

  const aanvragen = useMutation({
    mutationFn: () =>
      verwacht(
        api.POST('/api/v1/raamovereenkomsten/{id}/indexaties', {
          params: { path: { id } },
          body: {
            jaar: Number(jaar),
            componenten: methode.map((c) => ({
              naam: c.naam,
              gewicht: c.gewicht,
              prognose: (prognoses[c.naam] ?? '').replace(',', '.'),
            })),
          },
        }),
      ),
    onSuccess: async (i) => {
      setGekozen(i.id);
      await queryClient.invalidateQueries({ queryKey: ['indexaties', id] });
    },
  });
  const toepassen = useMutation({
    mutationFn: (iid: string) =>
      verwacht(
        api.POST('/api/v1/raamovereenkomsten/{id}/indexaties/{iid}/toepassen', { params: { path: { id, iid } } }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['indexatie', id, huidig] });
      await queryClient.invalidateQueries({ queryKey: ['indexaties', id] });
    },
  });

  const d = detail.data;
  const status = d?.status;
  useEffect(() => {
    // The list below follows the worker's progress; once applied, the tariff table above shows the new versions.
    if (!status) return;
    void queryClient.invalidateQueries({ queryKey: ['indexaties', id] });
    if (status === 'toegepast') void queryClient.invalidateQueries({ queryKey: ['raamovereenkomst', id] });
  }, [status, id, queryClient]);
  const fout = aanvragen.error instanceof ApiFout ? aanvragen.error : null;

  function verstuur(e: FormEvent) {
    e.preventDefault();
    aanvragen.mutate();
  }

  return (
    <section aria-labelledby="indexatie">
      <Heading2 id="indexatie">{T.indexaties}</Heading2>
      <Paragraph>{T.indexatieUitleg}</Paragraph>
      {magToepassen ? (
        <form onSubmit={verstuur} noValidate className="keten-formulier">
          <FormField invalid={(fout?.voorVeld('jaar').length ?? 0) > 0}>
            <FormLabel htmlFor="jaar">{T.jaar}</FormLabel>
            {fout?.voorVeld('jaar').map((r, i) => (
              <FormFieldErrorMessage key={i}>{r}</FormFieldErrorMessage>
            ))}
            <Textbox id="jaar" inputMode="numeric" value={jaar} onChange={(e) => setJaar(e.target.value)} />
          </FormField>
          {methode.map((c, n) => {
            const redenen = fout?.voorVeld(`componenten[${n}]`) ?? [];
            return (
              <FormField key={c.naam} invalid={redenen.length > 0}>
                <FormLabel htmlFor={`prognose-${c.naam}`}>
                  {T.prognose} {c.naam} (gewicht {c.gewicht}%)
                </FormLabel>
                {redenen.map((r, i) => (
                  <FormFieldErrorMessage key={i}>{r}</FormFieldErrorMessage>
                ))}
                <Textbox
                  id={`prognose-${c.naam}`}
                  inputMode="decimal"
                  placeholder="3,5"
                  value={prognoses[c.naam] ?? ''}
                  onChange={(e) => setPrognoses({ ...prognoses, [c.naam]: e.target.value })}
                />
              </FormField>
            );
          })}
          {aanvragen.isError && !(fout?.fout.fouten?.length ?? 0) ? <FoutMelding fout={aanvragen.error} /> : null}
          {fout?.fout.fouten?.some((f) => !f.veld.startsWith('jaar') && !f.veld.startsWith('componenten')) ? (
            <FoutMelding fout={aanvragen.error} />
          ) : null}
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={aanvragen.isPending}
            disabled={aanvragen.isPending}
          >
            {T.berekenen}
          </Button>
        </form>
      ) : null}

      {huidig === null ? null : detail.isPending ? (
        <Laden wat="De indexatie" />
      ) : detail.isError ? (
        <FoutMelding fout={detail.error} />
      ) : d ? (
        <div className="keten-indexatie" aria-live="polite">
          <Heading3>{T.voorbeeld(d.jaar, procent(d.percentage))}</Heading3>
          {d.status === 'berekenen' ? <Paragraph role="status">{T.bezigBerekenen}</Paragraph> : null}
          {d.status === 'toepassen' ? <Paragraph role="status">{T.bezigToepassen}</Paragraph> : null}
          {d.status === 'mislukt' ? (
            <Alert type="error">
              <Paragraph>
                {T.mislukt}: {d.fout}
              </Paragraph>
            </Alert>
          ) : null}
          {d.status === 'toegepast' ? (
            <Alert type="ok">
              <Paragraph>{T.toegepast(datum(d.toegepastOp))}</Paragraph>
            </Alert>
          ) : null}
          {['preview', 'toepassen', 'toegepast'].includes(d.status) ? (
            d.regels.length === 0 ? (
              <Paragraph>{T.geenRegels}</Paragraph>
            ) : (
              <TabelRand label={T.voorbeeld(d.jaar, procent(d.percentage))}>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{T.omschrijving}</TableHeaderCell>
                      <TableHeaderCell scope="col" className="keten-getal">
                        {T.oud}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" className="keten-getal">
                        {T.nieuw}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">{T.ingang}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {d.regels.map((r) => (
                      <TableRow key={r.tariefId ?? r.budgetId ?? r.omschrijving}>
                        <TableCell>{r.omschrijving}</TableCell>
                        <TableCell className="keten-getal">{euro(r.oudCenten)}</TableCell>
                        <TableCell className="keten-getal">{euro(r.nieuwCenten)}</TableCell>
                        <TableCell>{korteDatum(r.ingangsdatum)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TabelRand>
            )
          ) : null}
          {d.status === 'preview' && magToepassen ? (
            <>
              <Button
                appearance="primary-action-button"
                onClick={() => toepassen.mutate(d.id)}
                busy={toepassen.isPending}
                disabled={toepassen.isPending}
              >
                {T.toepassen}
              </Button>
              <FoutMelding fout={toepassen.error} />
            </>
          ) : null}
        </div>
      ) : null}

      {lijst.data && lijst.data.length > 0 ? (
        <>
          <Heading3>{T.eerdere}</Heading3>
          <ul>
            {lijst.data.map((i) => (
              <li key={i.id}>
                <Button
                  appearance="subtle-button"
                  onClick={() => setGekozen(i.id)}
                  aria-current={i.id === huidig ? 'true' : undefined}
                >
                  {i.jaar}: {procent(i.percentage)}, {T.status[i.status] ?? i.status}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
