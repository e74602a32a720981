import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react/dist/css-module';
import { download, uploadBestand, type Schemas } from '../../api/client';
import { euro } from '../../gedeeld/formaat';
import { FoutMelding, PaginaTitel } from '../../gedeeld/ui';
import { PrestatiesTabel } from './prestaties-tabel';
import { T } from './teksten';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function soortVan(bestand: File): 'xml' | 'xlsx' | null {
  const naam = bestand.name.toLowerCase();
  if (naam.endsWith('.xml')) return 'xml';
  if (naam.endsWith('.xlsx')) return 'xlsx';
  return null;
}

type Ingediend = { declaratieId: string | null; afgekeurd: string | null };

/** Upload with a dry run first (POST /declaraties/controle/bestand), then the real submission. */
export function IndienenPage() {
  const [bestand, setBestand] = useState<File | null>(null);
  const [veldFout, setVeldFout] = useState<string | null>(null);
  const [voortgang, setVoortgang] = useState<number | null>(null);
  const [fase, setFase] = useState<'kiezen' | 'controleren' | 'gecontroleerd' | 'indienen' | 'ingediend'>('kiezen');
  const [controle, setControle] = useState<Schemas['DeclaratieResultaatDto'] | null>(null);
  const [ingediend, setIngediend] = useState<Ingediend | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const queryClient = useQueryClient();

  function kies(f: File | null) {
    setBestand(f);
    setControle(null);
    setIngediend(null);
    setFout(null);
    setFase('kiezen');
    setVeldFout(f && !soortVan(f) ? T.verkeerdType : null);
  }

  async function controleer(e: FormEvent) {
    e.preventDefault();
    if (!bestand) return setVeldFout(T.geenBestand);
    const soort = soortVan(bestand);
    if (!soort) return setVeldFout(T.verkeerdType);
    setFout(null);
    setFase('controleren');
    setVoortgang(0);
    try {
      const uitkomst = await uploadBestand<Schemas['DeclaratieResultaatDto']>(
        '/api/v1/declaraties/controle/bestand',
        bestand,
        soort === 'xml' ? 'application/xml' : XLSX,
        (f) => setVoortgang(Math.round(f * 100)),
      );
      setControle(uitkomst);
      setFase('gecontroleerd');
    } catch (err) {
      setFout(err);
      setFase('kiezen');
    } finally {
      setVoortgang(null);
    }
  }

  async function dienIn() {
    if (!bestand) return;
    const soort = soortVan(bestand);
    setFout(null);
    setFase('indienen');
    setVoortgang(0);
    try {
      const op = (f: number) => setVoortgang(Math.round(f * 100));
      if (soort === 'xml') {
        const antwoord = await uploadBestand<Schemas['BerichtAntwoordDto']>(
          '/api/v1/berichten',
          bestand,
          'application/xml',
          op,
        );
        const declaratieId = (antwoord.resultaat as { declaratieId?: string } | null | undefined)?.declaratieId ?? null;
        setIngediend({
          declaratieId,
          afgekeurd: antwoord.status === 'afgekeurd' ? (antwoord.reden ?? antwoord.retourcodes.join(', ')) : null,
        });
      } else {
        const antwoord = await uploadBestand<Schemas['OntvangstDto']>('/api/v1/declaraties/excel', bestand, XLSX, op);
        setIngediend({ declaratieId: antwoord.id, afgekeurd: null });
      }
      await queryClient.invalidateQueries({ queryKey: ['declaraties'] });
      setFase('ingediend');
    } catch (err) {
      setFout(err);
      setFase('gecontroleerd');
    } finally {
      setVoortgang(null);
    }
  }

  const goed = controle?.prestaties?.filter((p) => p.status === 'goedgekeurd').length ?? 0;
  const fout_ = controle?.prestaties?.filter((p) => p.status === 'afgekeurd').length ?? 0;
  return (
    <>
      <PaginaTitel>{T.indienen}</PaginaTitel>
      <Paragraph>{T.indienenUitleg}</Paragraph>
      <Paragraph>
        <Button
          appearance="secondary-action-button"
          onClick={() => download('/api/v1/declaraties/sjabloon', 'keten-declaratie-sjabloon.xlsx').catch(setFout)}
        >
          {T.sjabloon}
        </Button>
      </Paragraph>
      <form onSubmit={controleer} noValidate className="keten-formulier">
        <FormField invalid={veldFout !== null}>
          <FormLabel htmlFor="bestand">{T.bestand}</FormLabel>
          <FormFieldDescription id="bestand-uitleg">{T.bestandUitleg}</FormFieldDescription>
          {veldFout ? <FormFieldErrorMessage id="bestand-fout">{veldFout}</FormFieldErrorMessage> : null}
          <input
            id="bestand"
            name="bestand"
            type="file"
            className="keten-bestand"
            accept=".xml,.xlsx,application/xml,text/xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={veldFout ? 'bestand-uitleg bestand-fout' : 'bestand-uitleg'}
            aria-invalid={veldFout !== null}
            onChange={(e) => kies(e.target.files?.[0] ?? null)}
          />
        </FormField>
        <Button
          type="submit"
          appearance={fase === 'gecontroleerd' ? 'secondary-action-button' : 'primary-action-button'}
          disabled={fase === 'controleren' || fase === 'indienen'}
          busy={fase === 'controleren'}
        >
          {T.controleren}
        </Button>
      </form>
      {voortgang !== null ? (
        <div className="keten-voortgang" role="status" aria-live="polite">
          <progress max={100} value={voortgang} aria-label="Voortgang van de upload" />
          <span>{voortgang < 100 ? T.bezigUploaden(voortgang) : T.bezigControleren}</span>
        </div>
      ) : null}
      <FoutMelding fout={fout} />
      {controle && fase !== 'ingediend' ? (
        <section aria-labelledby="controle-titel">
          <Heading2 id="controle-titel">{T.controleTitel}</Heading2>
          <Paragraph>
            {T.controleSamenvatting(goed, fout_)} {T.ingediend}: {euro(controle.totaalIngediend)},{' '}
            {T.toegekend.toLowerCase()}: {euro(controle.totaalToegekend)}.
          </Paragraph>
          {controle.bevindingen.length ? (
            <ul>
              {controle.bevindingen.map((b, i) => (
                <li key={i}>
                  {b.toelichting} ({b.regel})
                </li>
              ))}
            </ul>
          ) : null}
          <PrestatiesTabel prestaties={controle.prestaties ?? []} label={T.controleTitel} />
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              onClick={dienIn}
              disabled={fase === 'indienen'}
              busy={fase === 'indienen'}
            >
              {T.definitiefIndienen}
            </Button>
          </ButtonGroup>
        </section>
      ) : null}
      {ingediend ? (
        <Alert type={ingediend.afgekeurd ? 'error' : 'ok'} role="status">
          <Paragraph>
            <strong>{ingediend.afgekeurd ? T.berichtAfgekeurd : T.ingediendTitel}.</strong> {ingediend.afgekeurd ?? ''}
          </Paragraph>
          {ingediend.declaratieId ? (
            <Paragraph>
              <RouterLink to={`/aanbieder/declaraties/${ingediend.declaratieId}`}>{T.naarDeclaratie}</RouterLink>
            </Paragraph>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
