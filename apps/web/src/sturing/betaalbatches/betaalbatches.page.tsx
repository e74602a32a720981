// Betaalbatches (GET/POST /api/v1/betaalbatches): one controller makes a concept of everything approved and due up to a
// day; another approves it (four eyes); then the pain.001 is downloaded for the bank and the batch is marked paid.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react/dist/css-module';
import { api, ApiFout, verwacht, type Schemas } from '../../api/client';
import { useIk } from '../../auth/ik';
import { euro, korteDatum } from '../../gedeeld/formaat';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, TabelRand } from '../../gedeeld/ui';
import { useInkopersInScope } from '../scope';
import { STATUS } from './teksten';

type Batch = Schemas['BetaalbatchDto'];

function isoDag(d: Date): string {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
}

/** The next working day (Monday to Friday) after today: the earliest sensible execution date. */
function volgendeWerkdag(): string {
  const d = new Date();
  do d.setDate(d.getDate() + 1);
  while (d.getDay() === 0 || d.getDay() === 6);
  return isoDag(d);
}

export function BetaalbatchesPage() {
  const ik = useIk();
  const magMaken = ik.data?.rol === 'controller';
  const organisaties = useQuery({
    queryKey: ['organisaties', 'inkopers'],
    queryFn: () => verwacht(api.GET('/api/v1/organisaties', { params: { query: { limiet: 100, offset: 0 } } })),
  });
  const namen = new Map((organisaties.data ?? []).map((o) => [o.id, o.naam]));
  const { inkopers } = useInkopersInScope();
  const batches = useQuery({
    queryKey: ['betaalbatches'],
    queryFn: () => verwacht(api.GET('/api/v1/betaalbatches', { params: { query: {} } })),
  });

  return (
    <>
      <PaginaTitel>Betaalbatches</PaginaTitel>
      <Paragraph>
        Een betaalbatch betaalt alle goedgekeurde declaraties en vervallen termijnen tot en met een dag, per aanbieder
        verrekend. Een tweede controller keurt hem goed (vier ogen); daarna downloadt u het betaalbestand (pain.001)
        voor de bank.
      </Paragraph>
      {magMaken ? <MaakBatch inkopers={inkopers} /> : null}
      <Heading2>Alle betaalbatches</Heading2>
      {batches.isPending ? (
        <Laden wat="De betaalbatches" />
      ) : batches.isError ? (
        <FoutMelding fout={batches.error} />
      ) : batches.data.length === 0 ? (
        <LegeStaat titel="Nog geen betaalbatches">
          Zodra een controller een betaalbatch maakt, staat hij hier.
        </LegeStaat>
      ) : (
        <TabelRand label="Alle betaalbatches">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Nummer</TableHeaderCell>
                <TableHeaderCell scope="col">Betaler</TableHeaderCell>
                <TableHeaderCell scope="col">Tot en met</TableHeaderCell>
                <TableHeaderCell scope="col">Uitvoering</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col" className="keten-getal">
                  Totaal
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {batches.data.map((b) => (
                <TableRow key={b.id}>
                  <TableCell>
                    <RouterLink to={`/sturing/betaalbatches/${b.id}`}>{b.nummer}</RouterLink>
                  </TableCell>
                  <TableCell>{namen.get(b.inkoperId) ?? '—'}</TableCell>
                  <TableCell className="keten-datum">{korteDatum(b.tot)}</TableCell>
                  <TableCell className="keten-datum">{korteDatum(b.uitvoeringsdatum)}</TableCell>
                  <TableCell>{STATUS[b.status] ?? b.status}</TableCell>
                  <TableCell className="keten-getal">{euro(b.totaalCenten)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TabelRand>
      )}
    </>
  );
}

function MaakBatch({ inkopers }: { inkopers: { id: string; naam: string; soort: string }[] }) {
  const queryClient = useQueryClient();
  const [invoer, setInvoer] = useState({ inkoperId: '', tot: isoDag(new Date()), uitvoeringsdatum: volgendeWerkdag() });
  const inkoperId = invoer.inkoperId || inkopers[0]?.id || '';
  const maak = useMutation({
    mutationFn: () => verwacht(api.POST('/api/v1/betaalbatches', { body: { ...invoer, inkoperId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['betaalbatches'] }),
  });
  const fout = maak.error instanceof ApiFout ? maak.error : null;
  const veldFout = (veld: string) => fout?.voorVeld(veld).join(' ') || null;
  const algemeen =
    maak.error && !(fout && (veldFout('inkoperId') || veldFout('tot') || veldFout('uitvoeringsdatum')))
      ? maak.error
      : null;

  function verstuur(e: FormEvent) {
    e.preventDefault();
    maak.mutate();
  }

  return (
    <section aria-labelledby="maak-kop">
      <Heading2 id="maak-kop">Betaalbatch maken</Heading2>
      <form className="keten-formulier" onSubmit={verstuur} noValidate>
        <FormField invalid={!!veldFout('inkoperId')}>
          <FormLabel htmlFor="inkoper">Betaler</FormLabel>
          {veldFout('inkoperId') ? (
            <FormFieldErrorMessage id="inkoper-fout">{veldFout('inkoperId')}</FormFieldErrorMessage>
          ) : null}
          <Select
            id="inkoper"
            value={inkoperId}
            onChange={(e) => setInvoer({ ...invoer, inkoperId: e.target.value })}
            aria-describedby={veldFout('inkoperId') ? 'inkoper-fout' : undefined}
          >
            {inkopers.map((o) => (
              <SelectOption key={o.id} value={o.id}>
                {o.naam}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField invalid={!!veldFout('tot')}>
          <FormLabel htmlFor="tot">Tot en met</FormLabel>
          <FormFieldDescription id="tot-uitleg">
            Declaraties beoordeeld en termijnen vervallen tot en met deze dag.
          </FormFieldDescription>
          {veldFout('tot') ? <FormFieldErrorMessage id="tot-fout">{veldFout('tot')}</FormFieldErrorMessage> : null}
          <Textbox
            id="tot"
            type="date"
            value={invoer.tot}
            invalid={!!veldFout('tot')}
            aria-describedby={veldFout('tot') ? 'tot-uitleg tot-fout' : 'tot-uitleg'}
            onChange={(e) => setInvoer({ ...invoer, tot: e.target.value })}
          />
        </FormField>
        <FormField invalid={!!veldFout('uitvoeringsdatum')}>
          <FormLabel htmlFor="uitvoeringsdatum">Uitvoeringsdatum</FormLabel>
          {veldFout('uitvoeringsdatum') ? (
            <FormFieldErrorMessage id="uitvoeringsdatum-fout">{veldFout('uitvoeringsdatum')}</FormFieldErrorMessage>
          ) : null}
          <Textbox
            id="uitvoeringsdatum"
            type="date"
            value={invoer.uitvoeringsdatum}
            invalid={!!veldFout('uitvoeringsdatum')}
            aria-describedby={veldFout('uitvoeringsdatum') ? 'uitvoeringsdatum-fout' : undefined}
            onChange={(e) => setInvoer({ ...invoer, uitvoeringsdatum: e.target.value })}
          />
        </FormField>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={maak.isPending}
          disabled={maak.isPending || !inkoperId}
        >
          Betaalbatch maken
        </Button>
      </form>
      <FoutMelding fout={algemeen} titel="De betaalbatch is niet gemaakt" />
      {maak.data ? <Gemaakt batch={maak.data} /> : null}
    </section>
  );
}

function Gemaakt({ batch }: { batch: Batch }) {
  return (
    <div role="status" className="keten-eenmalig">
      <Paragraph>
        Betaalbatch <RouterLink to={`/sturing/betaalbatches/${batch.id}`}>{batch.nummer}</RouterLink> is gemaakt:{' '}
        {batch.regels?.length ?? 0} {batch.regels?.length === 1 ? 'aanbieder' : 'aanbieders'}, totaal{' '}
        {euro(batch.totaalCenten)}. Een andere controller keurt hem goed.
      </Paragraph>
      {batch.overgeslagen?.length ? (
        <>
          <Paragraph>Deze aanbieders wachten op een volgende batch:</Paragraph>
          <ul>
            {batch.overgeslagen.map((o) => (
              <li key={o.aanbiederId}>
                {euro(o.bedragCenten)}: {o.reden}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
