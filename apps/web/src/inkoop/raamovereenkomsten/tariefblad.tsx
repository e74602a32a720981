import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
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
} from '@utrecht/component-library-react/dist/css-module';
import { ApiFout, download, uploadBestand, type Schemas } from '../../api/client';
import { euro, getal, korteDatum } from '../../gedeeld/formaat';
import { EENHEID } from '../../gedeeld/teksten';
import { FoutMelding, TabelRand } from '../../gedeeld/ui';
import { T } from './teksten';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Raamovereenkomst = Schemas['RaamovereenkomstDto'];
type Resultaat = Schemas['TariefbladUploadResultaatDto'];

/** One error of an uploaded sheet, from the API's `veld` ("Tarieven!G5": sheet, column, row; or a sheet alone). */
export interface CelFout {
  blad: string;
  cel: string | null;
  kolom: string | null;
  rij: number | null;
  reden: string;
}

export function celFouten(fout: ApiFout): CelFout[] {
  return (fout.fout.fouten ?? []).map((f) => {
    const m = /^(.+)!([A-Z]{1,3})(\d+)$/.exec(f.veld);
    return m
      ? { blad: m[1], cel: `${m[2]}${m[3]}`, kolom: m[2], rij: Number(m[3]), reden: f.reden }
      : { blad: f.veld, cel: null, kolom: null, rij: null, reden: f.reden };
  });
}

/**
 * The contract's tariff sheet: download it, edit the tariffs in Excel, upload it again. The API checks the whole
 * sheet and saves all or nothing; every error comes back by sheet and cell and is shown as a table. A change the
 * API flags as a possible wezenlijke wijziging is only saved after an explicit confirmation.
 */
export function Tariefblad({
  raamovereenkomst: r,
  magUploaden,
}: {
  raamovereenkomst: Raamovereenkomst;
  magUploaden: boolean;
}) {
  const queryClient = useQueryClient();
  const [downloadFout, setDownloadFout] = useState<unknown>(null);
  const [bestand, setBestand] = useState<File | null>(null);
  const [veldFout, setVeldFout] = useState<string | null>(null);
  const [voortgang, setVoortgang] = useState<number | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const [bevestigd, setBevestigd] = useState(false);
  const [resultaat, setResultaat] = useState<Resultaat | null>(null);

  const apiFout = fout instanceof ApiFout ? fout : null;
  const celfouten = apiFout?.status === 400 && apiFout.fout.fouten?.length ? celFouten(apiFout) : [];
  const wezenlijk = apiFout?.status === 409 && apiFout.fout.bericht.includes('wezenlijke wijziging');

  function kies(f: File | null) {
    setBestand(f);
    setFout(null);
    setResultaat(null);
    setBevestigd(false);
    setVeldFout(f && !f.name.toLowerCase().endsWith('.xlsx') ? T.tariefbladGeenXlsx : null);
  }

  async function upload(e: FormEvent) {
    e.preventDefault();
    if (!bestand) return setVeldFout(T.tariefbladKies);
    if (!bestand.name.toLowerCase().endsWith('.xlsx')) return setVeldFout(T.tariefbladGeenXlsx);
    setFout(null);
    setResultaat(null);
    setVoortgang(0);
    try {
      const pad = `/api/v1/raamovereenkomsten/${r.id}/tariefblad${bevestigd ? '?bevestigWezenlijkeWijziging=true' : ''}`;
      const uitkomst = await uploadBestand<Resultaat>(
        pad,
        bestand,
        XLSX,
        (f) => setVoortgang(Math.round(f * 100)),
        'PUT',
      );
      await queryClient.invalidateQueries({ queryKey: ['raamovereenkomst', r.id] });
      setResultaat(uitkomst);
      setBevestigd(false);
    } catch (err) {
      setFout(err);
    } finally {
      setVoortgang(null);
    }
  }

  const nieuw = resultaat
    ? r.producten.flatMap((p) =>
        p.tarieven
          .filter((t) => resultaat.nieuweTariefIds.includes(t.id))
          .map((t) => ({ product: `${p.productcategorie}/${p.productcode} ${p.omschrijving}`, t })),
      )
    : [];

  return (
    <section aria-labelledby="tariefblad">
      <Heading2 id="tariefblad">{T.tariefbladTitel}</Heading2>
      <Paragraph>{magUploaden ? T.tariefbladUitleg : T.tariefbladAlleenDownload}</Paragraph>
      <Paragraph>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setDownloadFout(null);
            download(`/api/v1/raamovereenkomsten/${r.id}/tariefblad`, `tariefblad-${r.nummer}.xlsx`).catch(
              setDownloadFout,
            );
          }}
        >
          {T.tariefblad}
        </Button>
      </Paragraph>
      <FoutMelding fout={downloadFout} />

      {magUploaden ? (
        <form onSubmit={upload} noValidate className="keten-formulier">
          <FormField invalid={veldFout !== null || celfouten.length > 0}>
            <FormLabel htmlFor="tariefblad-bestand">{T.tariefbladBestand}</FormLabel>
            <FormFieldDescription id="tariefblad-uitleg">{T.tariefbladBestandUitleg}</FormFieldDescription>
            {veldFout ? <FormFieldErrorMessage id="tariefblad-fout">{veldFout}</FormFieldErrorMessage> : null}
            {celfouten.length ? (
              <FormFieldErrorMessage id="tariefblad-fout">{T.tariefbladFouten(celfouten.length)}</FormFieldErrorMessage>
            ) : null}
            <input
              id="tariefblad-bestand"
              type="file"
              className="keten-bestand"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={
                veldFout || celfouten.length ? 'tariefblad-uitleg tariefblad-fout' : 'tariefblad-uitleg'
              }
              aria-invalid={veldFout !== null || celfouten.length > 0}
              onChange={(e) => kies(e.target.files?.[0] ?? null)}
            />
          </FormField>
          {wezenlijk ? (
            <Alert type="warning" role="alert">
              <Paragraph>
                <strong>{T.wezenlijkTitel}.</strong> {T.wezenlijkUitleg}
              </Paragraph>
              <ul>
                {(apiFout?.fout.fouten ?? []).map((f, i) => (
                  <li key={i}>{f.reden}</li>
                ))}
              </ul>
              <FormField type="checkbox">
                <Checkbox
                  id="tariefblad-bevestig"
                  checked={bevestigd}
                  onChange={(e) => setBevestigd(e.target.checked)}
                />
                <FormLabel htmlFor="tariefblad-bevestig" type="checkbox">
                  {T.wezenlijkBevestig}
                </FormLabel>
              </FormField>
            </Alert>
          ) : null}
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={voortgang !== null}
            busy={voortgang !== null}
          >
            {T.tariefbladUploaden}
          </Button>
        </form>
      ) : null}

      {voortgang !== null ? (
        <div className="keten-voortgang" role="status" aria-live="polite">
          <progress max={100} value={voortgang} aria-label={T.tariefbladVoortgang} />
          <span>{voortgang < 100 ? T.tariefbladBezigUploaden(voortgang) : T.tariefbladBezigControleren}</span>
        </div>
      ) : null}

      {celfouten.length ? (
        <div role="alert">
          <Heading3 id="tariefblad-fouten">{T.tariefbladFoutenTitel}</Heading3>
          <Paragraph>{T.tariefbladNietsOpgeslagen}</Paragraph>
          <TabelRand label={T.tariefbladFoutenTitel}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{T.waar}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.melding}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {celfouten.map((f, i) => (
                  <TableRow key={i}>
                    <TableCell className="keten-cel">
                      {T.blad} {f.blad}
                      {f.cel ? (
                        <>
                          , {T.cel} <strong>{f.cel}</strong>
                          <br />
                          <span className="keten-klein">
                            {T.kolom} {f.kolom}, {T.rij} {getal(f.rij)}
                          </span>
                        </>
                      ) : (
                        <span className="keten-klein"> ({T.heleBlad})</span>
                      )}
                    </TableCell>
                    <TableCell>{f.reden}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TabelRand>
        </div>
      ) : wezenlijk ? null : (
        <FoutMelding fout={fout} />
      )}

      {resultaat ? (
        <Alert type="ok" role="status">
          <Paragraph>
            <strong>{T.tariefbladVerwerkt}.</strong>{' '}
            {T.tariefbladSamenvatting(resultaat.gewijzigd, resultaat.toegevoegd, resultaat.ongewijzigd)}
          </Paragraph>
        </Alert>
      ) : null}
      {resultaat && nieuw.length ? (
        <>
          <Heading3 id="nieuwe-versies">{T.nieuweVersies}</Heading3>
          <TabelRand label={T.nieuweVersies}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{T.product}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.eenheid}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="keten-getal">
                    {T.tarief}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{T.geldig}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {nieuw.map(({ product, t }) => (
                  <TableRow key={t.id}>
                    <TableCell>{product}</TableCell>
                    <TableCell>{EENHEID[t.eenheid] ?? t.eenheid}</TableCell>
                    <TableCell className="keten-getal">{euro(t.bedragCenten)}</TableCell>
                    <TableCell className="keten-datum">
                      {korteDatum(t.ingangsdatum)} t/m {t.einddatum ? korteDatum(t.einddatum) : T.onbepaald}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TabelRand>
        </>
      ) : null}
    </section>
  );
}
