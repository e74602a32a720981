// The organisation's users for its functioneel-beheerder (GET/POST /api/v1/toegang/gebruikers, PATCH …/{id}): invite
// (Keten makes a password, shown once), change a role, deactivate (sessions end, tokens stop) or activate again.
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  FormField,
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
type Gebruiker = Schemas['GebruikerDto'];

export function GebruikersPage() {
  const [offset, setOffset] = useState(0);
  const lijst = useQuery({
    queryKey: ['gebruikers', offset],
    placeholderData: keepPreviousData,
    queryFn: () => verwacht(api.GET('/api/v1/toegang/gebruikers', { params: { query: { limiet: LIMIET, offset } } })),
  });
  return (
    <>
      <PaginaTitel>Gebruikers</PaginaTitel>
      <Paragraph>
        De mensen van uw organisatie die Keten gebruiken: nodig iemand uit, wijzig een rol of zet een account uit.
      </Paragraph>
      <Uitnodigen />
      <Heading2>Alle gebruikers</Heading2>
      {lijst.isPending ? (
        <Laden wat="De gebruikers" />
      ) : lijst.isError ? (
        <FoutMelding fout={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <LegeStaat titel="Nog geen gebruikers">Nodig hierboven de eerste gebruiker uit.</LegeStaat>
      ) : (
        <>
          <TabelRand label="Alle gebruikers">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
                  <TableHeaderCell scope="col">Rol</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Sinds</TableHeaderCell>
                  <TableHeaderCell scope="col">Account</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.map((g) => (
                  <GebruikerRij key={g.id} gebruiker={g} />
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

function GebruikerRij({ gebruiker: g }: { gebruiker: Gebruiker }) {
  const ik = useIk();
  const queryClient = useQueryClient();
  const [rol, setRol] = useState<Rol>(g.rol);
  const wijzig = useMutation({
    mutationFn: (body: Schemas['WijzigGebruikerDto']) =>
      verwacht(api.PATCH('/api/v1/toegang/gebruikers/{id}', { params: { path: { id: g.id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['gebruikers'] }),
  });
  const zelf = ik.data?.gebruiker.id === g.id;
  const rollen = rollenVoorOrganisatie(ik.data);
  if (!rollen.includes(g.rol)) rollen.push(g.rol);
  return (
    <TableRow>
      <TableHeaderCell scope="row">{g.naam}</TableHeaderCell>
      <TableCell>{g.email}</TableCell>
      <TableCell>
        <form
          className="keten-rij-formulier"
          onSubmit={(e) => {
            e.preventDefault();
            wijzig.mutate({ rol });
          }}
        >
          <Select
            id={`rol-${g.id}`}
            aria-label={`Rol van ${g.naam}`}
            value={rol}
            disabled={zelf}
            onChange={(e) => setRol(e.target.value as Rol)}
          >
            {rollen.map((r) => (
              <SelectOption key={r} value={r}>
                {ROL[r] ?? r}
              </SelectOption>
            ))}
          </Select>
          {zelf ? null : (
            <Button
              type="submit"
              appearance="subtle-button"
              disabled={rol === g.rol || wijzig.isPending}
              aria-label={`Rol van ${g.naam} opslaan`}
            >
              Opslaan
            </Button>
          )}
        </form>
        <FoutMelding fout={wijzig.error} />
      </TableCell>
      <TableCell>{g.actief ? 'Actief' : 'Uitgezet'}</TableCell>
      <TableCell className="keten-datum">{datum(g.createdAt)}</TableCell>
      <TableCell>
        {zelf ? (
          'U zelf'
        ) : (
          <Button
            appearance="secondary-action-button"
            disabled={wijzig.isPending}
            onClick={() => wijzig.mutate({ actief: !g.actief })}
            aria-label={`${g.actief ? 'Zet uit' : 'Zet aan'}: ${g.naam}`}
          >
            {g.actief ? 'Uitzetten' : 'Weer aanzetten'}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}

function Uitnodigen() {
  const ik = useIk();
  const queryClient = useQueryClient();
  const rollen = rollenVoorOrganisatie(ik.data);
  const [invoer, setInvoer] = useState<{ naam: string; email: string; rol: Rol }>({
    naam: '',
    email: '',
    rol: rollen[0],
  });
  const [lokaal, setLokaal] = useState<Record<string, string>>({});
  const maak = useMutation({
    mutationFn: () =>
      verwacht(
        api.POST('/api/v1/toegang/gebruikers', {
          body: { naam: invoer.naam.trim(), email: invoer.email.trim(), rol: invoer.rol },
        }),
      ),
    onSuccess: () => {
      setInvoer({ naam: '', email: '', rol: invoer.rol });
      return queryClient.invalidateQueries({ queryKey: ['gebruikers'] });
    },
  });
  const apiFout = maak.error instanceof ApiFout ? maak.error : null;
  const fout = (veld: string) => lokaal[veld] ?? (apiFout?.voorVeld(veld).join(' ') || null);
  const algemeen = maak.error && !(fout('naam') || fout('email') || fout('rol')) ? maak.error : null;

  function verstuur(e: FormEvent) {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!invoer.naam.trim()) f.naam = 'Vul de naam in.';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(invoer.email.trim()))
      f.email = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.';
    setLokaal(f);
    if (Object.keys(f).length) {
      document.getElementById(f.naam ? 'nieuw-naam' : 'nieuw-email')?.focus();
      return;
    }
    maak.mutate();
  }

  const veld = (id: string, sleutel: 'naam' | 'email', label: string, type = 'text') => (
    <FormField invalid={!!fout(sleutel)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {fout(sleutel) ? <FormFieldErrorMessage id={`${id}-fout`}>{fout(sleutel)}</FormFieldErrorMessage> : null}
      <Textbox
        id={id}
        type={type}
        autoComplete="off"
        value={invoer[sleutel]}
        invalid={!!fout(sleutel)}
        aria-describedby={fout(sleutel) ? `${id}-fout` : undefined}
        onChange={(e) => setInvoer({ ...invoer, [sleutel]: e.target.value })}
      />
    </FormField>
  );

  return (
    <section aria-labelledby="uitnodigen-kop">
      <Heading2 id="uitnodigen-kop">Gebruiker uitnodigen</Heading2>
      <form className="keten-formulier" onSubmit={verstuur} noValidate>
        {veld('nieuw-naam', 'naam', 'Naam')}
        {veld('nieuw-email', 'email', 'E-mailadres', 'email')}
        <FormField invalid={!!fout('rol')}>
          <FormLabel htmlFor="nieuw-rol">Rol</FormLabel>
          {fout('rol') ? <FormFieldErrorMessage id="nieuw-rol-fout">{fout('rol')}</FormFieldErrorMessage> : null}
          <Select
            id="nieuw-rol"
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
        <Button type="submit" appearance="primary-action-button" busy={maak.isPending} disabled={maak.isPending}>
          Uitnodigen
        </Button>
      </form>
      <FoutMelding fout={algemeen} titel="De gebruiker is niet uitgenodigd" />
      {maak.data ? (
        <div role="status" className="keten-eenmalig">
          <Paragraph>
            {maak.data.naam} ({maak.data.email}) kan nu inloggen als {ROL[maak.data.rol] ?? maak.data.rol}.
          </Paragraph>
          {maak.data.tijdelijkWachtwoord ? (
            <Paragraph>
              Tijdelijk wachtwoord, alleen nu zichtbaar — geef het veilig door:{' '}
              <code data-testid="tijdelijk-wachtwoord">{maak.data.tijdelijkWachtwoord}</code>
            </Paragraph>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
