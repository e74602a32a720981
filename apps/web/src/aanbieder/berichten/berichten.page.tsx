// iWmo/iJw messages from the aanbieder's own software, sent by hand (POST /api/v1/berichten): one XML message (305
// start zorg, 307 stop zorg, 315, 317, 320 or 323) or a zip of several, each answered as if it were sent alone.
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/dist/css-module';
import { uploadBestand, type Schemas } from '../../api/client';
import { FoutMelding, PaginaTitel, TabelRand } from '../../gedeeld/ui';

const MAX_BYTES = 25 * 1024 * 1024;
type Regel = {
  bestand: string;
  berichtsoort: string | null;
  status: Schemas['BerichtStatus'];
  retourcodes: string[];
  reden?: string | null;
};

const STATUS: Record<string, string> = {
  verwerkt: 'Verwerkt',
  afgekeurd: 'Afgekeurd',
  ontvangen: 'Ontvangen, wordt verwerkt',
};

export function BerichtenPage() {
  const [bestand, setBestand] = useState<File | null>(null);
  const [veldFout, setVeldFout] = useState<string | null>(null);
  const [voortgang, setVoortgang] = useState<number | null>(null);
  const [regels, setRegels] = useState<Regel[] | null>(null);
  const [overgeslagen, setOvergeslagen] = useState<string[]>([]);
  const [fout, setFout] = useState<unknown>(null);
  const queryClient = useQueryClient();

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setFout(null);
    setRegels(null);
    const naam = bestand?.name.toLowerCase() ?? '';
    const fout = !bestand
      ? 'Kies een bestand: één bericht (.xml) of een zip met berichten (.zip).'
      : !naam.endsWith('.xml') && !naam.endsWith('.zip')
        ? 'Dit bestand is geen .xml of .zip.'
        : bestand.size > MAX_BYTES
          ? 'Dit bestand is groter dan 25 MB; verdeel de berichten over meer bestanden.'
          : null;
    setVeldFout(fout);
    if (fout || !bestand) {
      document.getElementById('berichten-bestand')?.focus();
      return;
    }
    setVoortgang(0);
    try {
      if (naam.endsWith('.zip')) {
        const antwoord = await uploadBestand<Schemas['ZipAntwoordDto']>(
          '/api/v1/berichten',
          bestand,
          'application/zip',
          (f) => setVoortgang(Math.round(f * 100)),
        );
        setRegels(antwoord.berichten);
        setOvergeslagen(antwoord.overgeslagen);
      } else {
        const antwoord = await uploadBestand<Schemas['BerichtAntwoordDto']>(
          '/api/v1/berichten',
          bestand,
          'application/xml',
          (f) => setVoortgang(Math.round(f * 100)),
        );
        setRegels([{ ...antwoord, bestand: bestand.name }]);
        setOvergeslagen([]);
      }
      await queryClient.invalidateQueries({ queryKey: ['toewijzingen'] });
      await queryClient.invalidateQueries({ queryKey: ['declaraties'] });
    } catch (f) {
      setFout(f);
    } finally {
      setVoortgang(null);
    }
  }

  return (
    <>
      <PaginaTitel>Berichten versturen</PaginaTitel>
      <Paragraph>
        Verstuur berichten uit uw eigen software: start zorg (305), stop zorg (307), verzoek om toewijzing (315) of
        wijziging (317), antwoord (320) of declaratie (323). Eén bericht als .xml, of meerdere tegelijk in een .zip. Elk
        bericht krijgt zijn eigen uitslag.
      </Paragraph>
      <form onSubmit={verstuur} noValidate className="keten-formulier">
        <FormField invalid={veldFout !== null}>
          <FormLabel htmlFor="berichten-bestand">Bestand</FormLabel>
          <FormFieldDescription id="berichten-bestand-uitleg">
            Een .xml-bericht of een .zip met .xml-berichten, hoogstens 25 MB.
          </FormFieldDescription>
          {veldFout ? <FormFieldErrorMessage id="berichten-bestand-fout">{veldFout}</FormFieldErrorMessage> : null}
          <input
            id="berichten-bestand"
            type="file"
            className="keten-bestand"
            accept=".xml,.zip,application/xml,text/xml,application/zip"
            aria-describedby={veldFout ? 'berichten-bestand-uitleg berichten-bestand-fout' : 'berichten-bestand-uitleg'}
            aria-invalid={veldFout !== null}
            onChange={(e) => setBestand(e.target.files?.[0] ?? null)}
          />
        </FormField>
        <Button
          type="submit"
          appearance="primary-action-button"
          disabled={voortgang !== null}
          busy={voortgang !== null}
        >
          Versturen
        </Button>
      </form>
      {voortgang !== null ? (
        <div className="keten-voortgang" role="status" aria-live="polite">
          <progress max={100} value={voortgang} aria-label="Voortgang van de upload" /> {voortgang}%
        </div>
      ) : null}
      <FoutMelding fout={fout} titel="Het versturen is niet gelukt" />
      {regels ? (
        <section aria-labelledby="uitslag-kop">
          <Heading2 id="uitslag-kop">Uitslag</Heading2>
          <Paragraph role="status">
            {regels.filter((r) => r.status !== 'afgekeurd').length} van {regels.length}{' '}
            {regels.length === 1 ? 'bericht' : 'berichten'} verwerkt.
          </Paragraph>
          <TabelRand label="Uitslag per bericht">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Bestand</TableHeaderCell>
                  <TableHeaderCell scope="col">Bericht</TableHeaderCell>
                  <TableHeaderCell scope="col">Uitslag</TableHeaderCell>
                  <TableHeaderCell scope="col">Retourcodes</TableHeaderCell>
                  <TableHeaderCell scope="col">Reden</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {regels.map((r, i) => (
                  <TableRow key={`${r.bestand}-${i}`}>
                    <TableHeaderCell scope="row">{r.bestand}</TableHeaderCell>
                    <TableCell>{r.berichtsoort ?? '—'}</TableCell>
                    <TableCell>{STATUS[r.status] ?? r.status}</TableCell>
                    <TableCell>{r.retourcodes.length ? r.retourcodes.join(', ') : '—'}</TableCell>
                    <TableCell>{r.reden ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TabelRand>
          {overgeslagen.length ? <Paragraph>Niet gelezen (geen .xml): {overgeslagen.join(', ')}.</Paragraph> : null}
        </section>
      ) : null}
    </>
  );
}
