// One betaalbatch: what it pays per aanbieder (and which declaraties and termijnen), and the step its status allows:
// approve or reject a concept (not by its maker: four eyes), download the pain.001, mark it paid.
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react/dist/css-module';
import { api, ApiFout, download, verwacht } from '../../api/client';
import { useIk } from '../../auth/ik';
import { datum, euro } from '../../gedeeld/formaat';
import { FoutMelding, Laden, PaginaTitel, TabelRand } from '../../gedeeld/ui';
import { STATUS } from './teksten';

export function BetaalbatchPage() {
  const { id = '' } = useParams();
  const ik = useIk();
  const queryClient = useQueryClient();
  const batch = useQuery({
    queryKey: ['betaalbatches', id],
    queryFn: () => verwacht(api.GET('/api/v1/betaalbatches/{id}', { params: { path: { id } } })),
  });
  const [betaaldOp, setBetaaldOp] = useState(new Date().toISOString().slice(0, 10));
  const [downloadFout, setDownloadFout] = useState<unknown>(null);
  const na = () => queryClient.invalidateQueries({ queryKey: ['betaalbatches'] });
  const goedkeuren = useMutation({
    mutationFn: () => verwacht(api.POST('/api/v1/betaalbatches/{id}/goedkeuren', { params: { path: { id } } })),
    onSuccess: na,
  });
  const afwijzen = useMutation({
    mutationFn: () => verwacht(api.POST('/api/v1/betaalbatches/{id}/afwijzen', { params: { path: { id } } })),
    onSuccess: na,
  });
  const betaald = useMutation({
    mutationFn: () =>
      verwacht(api.POST('/api/v1/betaalbatches/{id}/betaald', { params: { path: { id } }, body: { betaaldOp } })),
    onSuccess: na,
  });

  if (batch.isPending) return <Laden wat="De betaalbatch" />;
  if (batch.isError) return <FoutMelding fout={batch.error} />;
  const b = batch.data;
  const controller = ik.data?.rol === 'controller';
  const eigen = ik.data?.gebruiker.id === b.aangemaaktDoor;
  const betaaldFout = betaald.error instanceof ApiFout ? betaald.error.voorVeld('betaaldOp').join(' ') : '';
  return (
    <>
      <PaginaTitel>{`Betaalbatch ${b.nummer}`}</PaginaTitel>
      <Paragraph>
        <RouterLink to="/sturing/betaalbatches">Alle betaalbatches</RouterLink>
      </Paragraph>
      <dl className="keten-kerncijfers">
        <div>
          <dt>Status</dt>
          <dd>{STATUS[b.status] ?? b.status}</dd>
        </div>
        <div>
          <dt>Totaal</dt>
          <dd>{euro(b.totaalCenten)}</dd>
        </div>
        <div>
          <dt>Tot en met</dt>
          <dd>{datum(b.tot)}</dd>
        </div>
        <div>
          <dt>Uitvoeringsdatum</dt>
          <dd>{datum(b.uitvoeringsdatum)}</dd>
        </div>
        {b.betaaldOp ? (
          <div>
            <dt>Betaald op</dt>
            <dd>{datum(b.betaaldOp)}</dd>
          </div>
        ) : null}
      </dl>

      {controller && b.status === 'concept' ? (
        <section aria-labelledby="beoordelen-kop">
          <Heading2 id="beoordelen-kop">Beoordelen</Heading2>
          {eigen ? (
            <Paragraph>
              U heeft deze betaalbatch gemaakt. Een andere controller keurt hem goed (vier ogen); afwijzen kan wel.
            </Paragraph>
          ) : (
            <Paragraph>
              Controleer de bedragen hieronder. Na goedkeuring kan het betaalbestand worden gedownload.
            </Paragraph>
          )}
          <ButtonGroup>
            {eigen ? null : (
              <Button
                appearance="primary-action-button"
                busy={goedkeuren.isPending}
                disabled={goedkeuren.isPending}
                onClick={() => goedkeuren.mutate()}
              >
                Goedkeuren
              </Button>
            )}
            <Button
              appearance="secondary-action-button"
              busy={afwijzen.isPending}
              disabled={afwijzen.isPending}
              onClick={() => afwijzen.mutate()}
            >
              Afwijzen
            </Button>
          </ButtonGroup>
          <FoutMelding fout={goedkeuren.error ?? afwijzen.error} />
        </section>
      ) : null}

      {b.status === 'goedgekeurd' || b.status === 'betaald' ? (
        <section aria-labelledby="betalen-kop">
          <Heading2 id="betalen-kop">Betalen</Heading2>
          <div className="keten-download">
            <Button
              appearance={b.status === 'goedgekeurd' ? 'primary-action-button' : 'secondary-action-button'}
              onClick={() => {
                setDownloadFout(null);
                download(`/api/v1/betaalbatches/${b.id}/pain001`, `${b.nummer}.xml`).catch(setDownloadFout);
              }}
            >
              Download betaalbestand (pain.001)
            </Button>
            <FoutMelding fout={downloadFout} titel="Downloaden is niet gelukt" />
          </div>
          {controller && b.status === 'goedgekeurd' ? (
            <form
              className="keten-formulier"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                betaald.mutate();
              }}
            >
              <FormField invalid={!!betaaldFout}>
                <FormLabel htmlFor="betaaldOp">Betaald op</FormLabel>
                {betaaldFout ? <FormFieldErrorMessage id="betaaldOp-fout">{betaaldFout}</FormFieldErrorMessage> : null}
                <Textbox
                  id="betaaldOp"
                  type="date"
                  value={betaaldOp}
                  invalid={!!betaaldFout}
                  aria-describedby={betaaldFout ? 'betaaldOp-fout' : undefined}
                  onChange={(e) => setBetaaldOp(e.target.value)}
                />
              </FormField>
              <Button
                type="submit"
                appearance="secondary-action-button"
                busy={betaald.isPending}
                disabled={betaald.isPending}
              >
                Markeren als betaald
              </Button>
              {betaaldFout ? null : <FoutMelding fout={betaald.error} />}
            </form>
          ) : null}
        </section>
      ) : null}

      <Heading2>Per aanbieder</Heading2>
      <TabelRand label="Per aanbieder">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
              <TableHeaderCell scope="col">IBAN</TableHeaderCell>
              <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
              <TableHeaderCell scope="col">Declaraties en termijnen</TableHeaderCell>
              <TableHeaderCell scope="col" className="keten-getal">
                Bedrag
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(b.regels ?? []).map((r) => (
              <TableRow key={r.aanbiederId}>
                <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
                <TableCell>{r.iban}</TableCell>
                <TableCell>{r.kenmerk}</TableCell>
                <TableCell>
                  {[
                    ...r.declaraties.map(
                      (d) =>
                        `${d.declaratieNummer}: ${euro(d.bedragCenten)} (${d.aantalPrestaties} ${d.aantalPrestaties === 1 ? 'prestatie' : 'prestaties'})`,
                    ),
                    ...r.termijnen.map((t) => `termijn: ${euro(t.bedragCenten)}`),
                  ].join('; ')}
                </TableCell>
                <TableCell className="keten-getal">{euro(r.bedragCenten)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">Totaal</TableHeaderCell>
              <TableCell />
              <TableCell />
              <TableCell />
              <TableCell className="keten-getal">{euro(b.totaalCenten)}</TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </TabelRand>
    </>
  );
}
