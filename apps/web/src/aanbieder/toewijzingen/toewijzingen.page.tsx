import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  FormField,
  FormLabel,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react/dist/css-module';
import { api, verwacht } from '../../api/client';
import { korteDatum, getal } from '../../gedeeld/formaat';
import { EENHEID } from '../../gedeeld/teksten';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, Paginering, TabelRand } from '../../gedeeld/ui';
import { T } from './teksten';

const LIMIET = 25;

export function ToewijzingenPage() {
  const [offset, setOffset] = useState(0);
  const [invoer, setInvoer] = useState({ nummer: '', gemeenteCode: '', peildatum: '' });
  const [filter, setFilter] = useState(invoer);
  const [fout, setFout] = useState<string | null>(null);

  const lijst = useQuery({
    queryKey: ['toewijzingen', filter, offset],
    placeholderData: keepPreviousData,
    queryFn: () =>
      verwacht(
        api.GET('/api/v1/toewijzingen', {
          params: {
            query: {
              limiet: LIMIET,
              offset,
              ...(filter.nummer ? { toewijzingNummer: Number(filter.nummer) } : {}),
              ...(filter.gemeenteCode ? { gemeenteCode: filter.gemeenteCode } : {}),
              ...(filter.peildatum ? { peildatum: filter.peildatum } : {}),
            },
          },
        }),
      ),
  });

  function zoek(e: FormEvent) {
    e.preventDefault();
    if (invoer.nummer && !/^[0-9]{1,9}$/.test(invoer.nummer)) return setFout(T.nummerOngeldig);
    if (invoer.gemeenteCode && !/^[0-9]{4}$/.test(invoer.gemeenteCode)) return setFout(T.gemeenteOngeldig);
    setFout(null);
    setOffset(0);
    setFilter(invoer);
  }

  return (
    <>
      <PaginaTitel>{T.titel}</PaginaTitel>
      <Paragraph>{T.uitleg}</Paragraph>
      <form className="keten-filters" onSubmit={zoek} role="search" aria-label={T.zoeken}>
        <FormField invalid={fout === T.nummerOngeldig}>
          <FormLabel htmlFor="nummer">{T.nummer}</FormLabel>
          <Textbox
            id="nummer"
            inputMode="numeric"
            value={invoer.nummer}
            onChange={(e) => setInvoer({ ...invoer, nummer: e.target.value.trim() })}
          />
        </FormField>
        <FormField invalid={fout === T.gemeenteOngeldig}>
          <FormLabel htmlFor="gemeente">{T.gemeente}</FormLabel>
          <Textbox
            id="gemeente"
            inputMode="numeric"
            placeholder="0150"
            value={invoer.gemeenteCode}
            onChange={(e) => setInvoer({ ...invoer, gemeenteCode: e.target.value.trim() })}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor="peildatum">{T.peildatum}</FormLabel>
          <Textbox
            id="peildatum"
            type="date"
            value={invoer.peildatum}
            onChange={(e) => setInvoer({ ...invoer, peildatum: e.target.value })}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button">
          {T.zoeken}
        </Button>
      </form>
      {fout ? (
        <Paragraph className="keten-veldfout" role="alert">
          {fout}
        </Paragraph>
      ) : null}
      {lijst.isPending ? (
        <Laden wat={T.titel} />
      ) : lijst.isError ? (
        <FoutMelding fout={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <LegeStaat titel={T.leegTitel}>
          {filter.nummer || filter.gemeenteCode || filter.peildatum ? T.leegGefilterd : T.leeg}
        </LegeStaat>
      ) : (
        <>
          <TabelRand label={T.titel}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{T.nummer}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.gemeente}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.product}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.omvang}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.geldig}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.versies}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.map((t) => (
                  <TableRow key={t.id}>
                    <TableCell>{t.toewijzingNummer}</TableCell>
                    <TableCell>{t.gemeenteCode}</TableCell>
                    <TableCell>
                      {t.productCategorie ?? '—'} / {t.productCode ?? T.geenCode}
                    </TableCell>
                    <TableCell>
                      {t.omvang
                        ? `${getal(t.omvang.volume)} × ${EENHEID[t.omvang.eenheid]?.toLowerCase() ?? t.omvang.eenheid} ${T.frequentie[t.omvang.frequentie] ?? ''}`
                        : '—'}
                    </TableCell>
                    <TableCell className="keten-datum">
                      {korteDatum(t.ingangsdatum)} t/m {t.einddatum ? korteDatum(t.einddatum) : T.onbepaald}
                    </TableCell>
                    <TableCell>{t.aantalVersies}</TableCell>
                  </TableRow>
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
