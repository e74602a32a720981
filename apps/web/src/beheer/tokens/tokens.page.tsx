// Software tokens of the organisation (GET/POST /api/v1/toegang/tokens, POST …/{id}/intrekken): a new token is shown
// once (Keten keeps only its hash); the list shows names, roles, expiry and last use; revoking takes effect at once.
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { useIk, type Rol } from '../../auth/ik';
import { datum } from '../../gedeeld/formaat';
import { ROL } from '../../gedeeld/teksten';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, Paginering, TabelRand } from '../../gedeeld/ui';
import { rollenVoorOrganisatie } from '../rollen';

const LIMIET = 25;

function overEenJaar(): string {
  const d = new Date();
  return new Date(Date.UTC(d.getFullYear() + 1, d.getMonth(), d.getDate())).toISOString().slice(0, 10);
}

export function TokensPage() {
  const [offset, setOffset] = useState(0);
  const lijst = useQuery({
    queryKey: ['tokens', offset],
    placeholderData: keepPreviousData,
    queryFn: () => verwacht(api.GET('/api/v1/toegang/tokens', { params: { query: { limiet: LIMIET, offset } } })),
  });
  return (
    <>
      <PaginaTitel>API-tokens</PaginaTitel>
      <Paragraph>
        Tokens waarmee de software van uw organisatie Keten gebruikt. Een token ziet u één keer, bij het maken; trek het
        in zodra het niet meer nodig is.
      </Paragraph>
      <NieuwToken />
      <Heading2>Alle tokens</Heading2>
      {lijst.isPending ? (
        <Laden wat="De tokens" />
      ) : lijst.isError ? (
        <FoutMelding fout={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <LegeStaat titel="Nog geen tokens">Maak hierboven een token voor de software van uw organisatie.</LegeStaat>
      ) : (
        <>
          <TabelRand label="Alle tokens">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Rol</TableHeaderCell>
                  <TableHeaderCell scope="col">Gemaakt</TableHeaderCell>
                  <TableHeaderCell scope="col">Geldig tot</TableHeaderCell>
                  <TableHeaderCell scope="col">Laatst gebruikt</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.map((t) => (
                  <TokenRij key={t.id} token={t} />
                ))}
              </TableBody>
            </Table>
          </TabelRand>
          <Paginering offset={offset} limiet={LIMIET} aantal={lijst.data.length} naar={setOffset} />
        </>
      )}
    </>
  );
}

function TokenRij({ token: t }: { token: Schemas['ApiTokenDto'] }) {
  const queryClient = useQueryClient();
  const intrekken = useMutation({
    mutationFn: () => verwacht(api.POST('/api/v1/toegang/tokens/{id}/intrekken', { params: { path: { id: t.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  return (
    <TableRow>
      <TableHeaderCell scope="row">{t.naam}</TableHeaderCell>
      <TableCell>{ROL[t.rol] ?? t.rol}</TableCell>
      <TableCell className="keten-datum">{datum(t.createdAt)}</TableCell>
      <TableCell className="keten-datum">{datum(t.verlooptOp)}</TableCell>
      <TableCell className="keten-datum">{t.laatstGebruiktOp ? datum(t.laatstGebruiktOp) : 'nog niet'}</TableCell>
      <TableCell>
        {t.ingetrokkenOp ? (
          `Ingetrokken op ${datum(t.ingetrokkenOp)}`
        ) : (
          <Button
            appearance="secondary-action-button"
            disabled={intrekken.isPending}
            onClick={() => intrekken.mutate()}
            aria-label={`Trek token ${t.naam} in`}
          >
            Intrekken
          </Button>
        )}
        <FoutMelding fout={intrekken.error} />
      </TableCell>
    </TableRow>
  );
}

function NieuwToken() {
  const ik = useIk();
  const queryClient = useQueryClient();
  const rollen = rollenVoorOrganisatie(ik.data, true);
  const [invoer, setInvoer] = useState<{ naam: string; rol: Rol; verlooptOp: string }>({
    naam: '',
    rol: rollen[0],
    verlooptOp: overEenJaar(),
  });
  const [lokaal, setLokaal] = useState<Record<string, string>>({});
  const maak = useMutation({
    mutationFn: () =>
      verwacht(
        api.POST('/api/v1/toegang/tokens', {
          body: { naam: invoer.naam.trim(), rol: invoer.rol, verlooptOp: invoer.verlooptOp },
        }),
      ),
    onSuccess: () => {
      setInvoer({ ...invoer, naam: '' });
      return queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const apiFout = maak.error instanceof ApiFout ? maak.error : null;
  const fout = (veld: string) => lokaal[veld] ?? (apiFout?.voorVeld(veld).join(' ') || null);
  const algemeen = maak.error && !(fout('naam') || fout('rol') || fout('verlooptOp')) ? maak.error : null;

  function verstuur(e: FormEvent) {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!invoer.naam.trim())
      f.naam = 'Geef het token een naam, zodat u het later herkent (bijvoorbeeld declaratiesoftware).';
    if (!invoer.verlooptOp) f.verlooptOp = 'Kies de laatste dag dat het token werkt (hoogstens twee jaar vooruit).';
    setLokaal(f);
    if (Object.keys(f).length) {
      document.getElementById(f.naam ? 'token-naam' : 'token-verloopt')?.focus();
      return;
    }
    maak.mutate();
  }

  return (
    <section aria-labelledby="nieuw-token-kop">
      <Heading2 id="nieuw-token-kop">Token maken</Heading2>
      <form className="keten-formulier" onSubmit={verstuur} noValidate>
        <FormField invalid={!!fout('naam')}>
          <FormLabel htmlFor="token-naam">Naam</FormLabel>
          {fout('naam') ? <FormFieldErrorMessage id="token-naam-fout">{fout('naam')}</FormFieldErrorMessage> : null}
          <Textbox
            id="token-naam"
            value={invoer.naam}
            invalid={!!fout('naam')}
            aria-describedby={fout('naam') ? 'token-naam-fout' : undefined}
            onChange={(e) => setInvoer({ ...invoer, naam: e.target.value })}
          />
        </FormField>
        <FormField invalid={!!fout('rol')}>
          <FormLabel htmlFor="token-rol">Rol</FormLabel>
          {fout('rol') ? <FormFieldErrorMessage id="token-rol-fout">{fout('rol')}</FormFieldErrorMessage> : null}
          <Select
            id="token-rol"
            value={invoer.rol}
            onChange={(e) => setInvoer({ ...invoer, rol: e.target.value as Rol })}
          >
            {rollen.map((r) => (
              <SelectOption key={r} value={r}>
                {ROL[r] ?? r}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField invalid={!!fout('verlooptOp')}>
          <FormLabel htmlFor="token-verloopt">Geldig tot en met</FormLabel>
          <FormFieldDescription id="token-verloopt-uitleg">Hoogstens twee jaar vooruit.</FormFieldDescription>
          {fout('verlooptOp') ? (
            <FormFieldErrorMessage id="token-verloopt-fout">{fout('verlooptOp')}</FormFieldErrorMessage>
          ) : null}
          <Textbox
            id="token-verloopt"
            type="date"
            value={invoer.verlooptOp}
            invalid={!!fout('verlooptOp')}
            aria-describedby={
              fout('verlooptOp') ? 'token-verloopt-uitleg token-verloopt-fout' : 'token-verloopt-uitleg'
            }
            onChange={(e) => setInvoer({ ...invoer, verlooptOp: e.target.value })}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={maak.isPending} disabled={maak.isPending}>
          Token maken
        </Button>
      </form>
      <FoutMelding fout={algemeen} titel="Het token is niet gemaakt" />
      {maak.data ? (
        <div role="status" className="keten-eenmalig">
          <Paragraph>Token {maak.data.naam} is gemaakt. Kopieer het nu: Keten toont het niet nog eens.</Paragraph>
          <Paragraph>
            <code data-testid="nieuw-token">{maak.data.token}</code>
          </Paragraph>
        </div>
      ) : null}
    </section>
  );
}
