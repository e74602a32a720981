import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph, Textbox,
} from '@utrecht/component-library-react/dist/css-module';
import { api, naarFout } from '../api/client';
import { PaginaTitel } from '../gedeeld/ui';
import { startpaginaVoor } from '../layout/menu';
import { bewaarToken, uitloggen } from './auth';

export function InloggenPage() {
  const [token, setToken] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const navigeer = useNavigate();
  const queryClient = useQueryClient();

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setFout(null);
    if (!/^\S{24,600}$/.test(token.trim())) {
      setFout('Vul een volledig API-token in (het begint met keten_ en heeft geen spaties).');
      return;
    }
    setBezig(true);
    bewaarToken(token);
    const { data, error, response } = await api.GET('/api/v1/ik');
    setBezig(false);
    if (!data) {
      uitloggen();
      setFout(response.status === 401 ? 'Dit token is onbekend, verlopen of ingetrokken.' : naarFout(response.status, error).message);
      return;
    }
    queryClient.setQueryData(['ik', token.trim()], data);
    navigeer(startpaginaVoor(data.rol));
  }

  return (
    <>
      <PaginaTitel>Inloggen</PaginaTitel>
      <Paragraph>Log in met uw API-token. Bij de demo staan de tokens per rol in de uitvoer van npm start.</Paragraph>
      <form onSubmit={verstuur} noValidate className="keten-formulier">
        <FormField invalid={fout !== null}>
          <FormLabel htmlFor="token">API-token</FormLabel>
          <FormFieldDescription id="token-uitleg">Bijvoorbeeld keten_8u06… (u blijft ingelogd tot u dit tabblad sluit).</FormFieldDescription>
          {fout ? <FormFieldErrorMessage id="token-fout">{fout}</FormFieldErrorMessage> : null}
          <Textbox
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            value={token}
            invalid={fout !== null}
            aria-describedby={fout ? 'token-uitleg token-fout' : 'token-uitleg'}
            onChange={(e) => setToken(e.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Inloggen
        </Button>
      </form>
    </>
  );
}
