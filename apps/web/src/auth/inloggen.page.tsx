import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react/dist/css-module';
import { ApiFout } from '../api/client';
import { FoutMelding, PaginaTitel } from '../gedeeld/ui';
import { startpaginaVoor } from '../layout/menu';
import { IK_SLEUTEL, inloggen } from './ik';

type Velden = 'email' | 'wachtwoord' | 'code';

export function InloggenPage() {
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  // Asked for only when the account has a second factor (the API's 401 says so): the 6-digit code of the app.
  const [codeNodig, setCodeNodig] = useState(false);
  const [code, setCode] = useState('');
  // The code field appears only after the answer: focus it once it is rendered.
  const [focusOpCode, setFocusOpCode] = useState(0);
  useEffect(() => {
    if (focusOpCode) document.getElementById('code')?.focus();
  }, [focusOpCode]);
  const [fouten, setFouten] = useState<Partial<Record<Velden, string>>>({});
  const [algemeen, setAlgemeen] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);
  const navigeer = useNavigate();
  const queryClient = useQueryClient();

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setAlgemeen(null);
    const nieuw: Partial<Record<Velden, string>> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      nieuw.email = 'Vul uw e-mailadres in, bijvoorbeeld naam@gemeente.nl.';
    if (!wachtwoord) nieuw.wachtwoord = 'Vul uw wachtwoord in.';
    if (codeNodig && !/^[0-9]{6}$/.test(code.trim()))
      nieuw.code = 'Vul de code van 6 cijfers uit uw authenticator-app in.';
    setFouten(nieuw);
    if (Object.keys(nieuw).length) {
      document.getElementById(nieuw.email ? 'email' : nieuw.wachtwoord ? 'wachtwoord' : 'code')?.focus();
      return;
    }
    setBezig(true);
    try {
      const aangemeld = await inloggen(email.trim(), wachtwoord, codeNodig ? code.trim() : undefined);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== IK_SLEUTEL[0] });
      queryClient.setQueryData(IK_SLEUTEL, aangemeld);
      navigeer(startpaginaVoor(aangemeld.rol));
    } catch (fout) {
      if (fout instanceof ApiFout && fout.status === 401 && /authenticator/.test(fout.fout.bericht)) {
        const eersteKeer = !codeNodig;
        setCodeNodig(true);
        setFouten({
          code: eersteKeer
            ? 'Uw account vraagt ook de code van 6 cijfers uit uw authenticator-app.'
            : 'Deze code klopt niet (meer). Vul de code in die de app nu toont.',
        });
        setFocusOpCode((n) => n + 1);
      } else if (fout instanceof ApiFout && fout.status === 401) {
        setFouten({
          wachtwoord:
            'Dit e-mailadres en wachtwoord horen niet bij een actieve gebruiker. Controleer ze en probeer het opnieuw.',
        });
        document.getElementById('wachtwoord')?.focus();
      } else if (fout instanceof ApiFout && fout.fout.fouten?.length) {
        setFouten({
          email: fout.voorVeld('email').join(' ') || undefined,
          wachtwoord: fout.voorVeld('wachtwoord').join(' ') || undefined,
        });
      } else setAlgemeen(fout);
    } finally {
      setBezig(false);
    }
  }

  return (
    <>
      <PaginaTitel>Inloggen</PaginaTitel>
      <Paragraph>
        Log in met uw e-mailadres en wachtwoord. Bij de demo staan ze per rol in de uitvoer van npm start.
      </Paragraph>
      <FoutMelding fout={algemeen} titel="Inloggen is niet gelukt" />
      <form onSubmit={verstuur} noValidate className="keten-formulier">
        <FormField invalid={!!fouten.email}>
          <FormLabel htmlFor="email">E-mailadres</FormLabel>
          {fouten.email ? <FormFieldErrorMessage id="email-fout">{fouten.email}</FormFieldErrorMessage> : null}
          <Textbox
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            invalid={!!fouten.email}
            aria-describedby={fouten.email ? 'email-fout' : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
        <FormField invalid={!!fouten.wachtwoord}>
          <FormLabel htmlFor="wachtwoord">Wachtwoord</FormLabel>
          {fouten.wachtwoord ? (
            <FormFieldErrorMessage id="wachtwoord-fout">{fouten.wachtwoord}</FormFieldErrorMessage>
          ) : null}
          <Textbox
            id="wachtwoord"
            name="wachtwoord"
            type="password"
            autoComplete="current-password"
            value={wachtwoord}
            invalid={!!fouten.wachtwoord}
            aria-describedby={fouten.wachtwoord ? 'wachtwoord-fout' : undefined}
            onChange={(e) => setWachtwoord(e.target.value)}
          />
        </FormField>
        {codeNodig ? (
          <FormField invalid={!!fouten.code}>
            <FormLabel htmlFor="code">Code uit de authenticator-app</FormLabel>
            {fouten.code ? <FormFieldErrorMessage id="code-fout">{fouten.code}</FormFieldErrorMessage> : null}
            <Textbox
              id="code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              invalid={!!fouten.code}
              aria-describedby={fouten.code ? 'code-fout' : undefined}
              onChange={(e) => setCode(e.target.value)}
            />
          </FormField>
        ) : null}
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Inloggen
        </Button>
      </form>
    </>
  );
}
