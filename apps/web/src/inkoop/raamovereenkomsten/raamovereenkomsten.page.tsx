import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/dist/css-module';
import { api, verwacht } from '../../api/client';
import { euro, korteDatum } from '../../gedeeld/formaat';
import { DOMEIN } from '../../gedeeld/teksten';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, Paginering, TabelRand } from '../../gedeeld/ui';
import { T } from './teksten';

const LIMIET = 25;

export function RaamovereenkomstenPage() {
  const [offset, setOffset] = useState(0);
  const [domein, setDomein] = useState<'wmo' | 'jeugd' | ''>('');
  const lijst = useQuery({
    queryKey: ['raamovereenkomsten', domein, offset],
    placeholderData: keepPreviousData,
    queryFn: () =>
      verwacht(
        api.GET('/api/v1/raamovereenkomsten', {
          params: { query: { limiet: LIMIET, offset, ...(domein ? { domein } : {}) } },
        }),
      ),
  });
  return (
    <>
      <PaginaTitel>{T.titel}</PaginaTitel>
      <Paragraph>{T.uitleg}</Paragraph>
      <div className="keten-filters">
        <FormField>
          <FormLabel htmlFor="domein">{T.domein}</FormLabel>
          <Select
            id="domein"
            value={domein}
            onChange={(e) => {
              setOffset(0);
              setDomein(e.target.value as 'wmo' | 'jeugd' | '');
            }}
          >
            <SelectOption value="">{T.alle}</SelectOption>
            <SelectOption value="wmo">Wmo</SelectOption>
            <SelectOption value="jeugd">Jeugd</SelectOption>
          </Select>
        </FormField>
      </div>
      {lijst.isPending ? (
        <Laden wat={T.titel} />
      ) : lijst.isError ? (
        <FoutMelding fout={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <LegeStaat titel={T.leegTitel}>{T.leeg}</LegeStaat>
      ) : (
        <>
          <TabelRand label={T.titel}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{T.naam}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.aanbieder}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.domein}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.looptijd}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="keten-getal">
                    {T.maxWaarde}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      <RouterLink to={`/inkoop/raamovereenkomsten/${r.id}`}>{r.naam}</RouterLink>
                      <br />
                      <span className="keten-klein">{r.nummer}</span>
                    </TableCell>
                    <TableCell>{r.aanbieder.naam}</TableCell>
                    <TableCell>{DOMEIN[r.domein]}</TableCell>
                    <TableCell className="keten-datum">
                      {korteDatum(r.ingangsdatum)} t/m {korteDatum(r.einddatum)}
                    </TableCell>
                    <TableCell className="keten-getal">{euro(r.maximaleWaardeCenten)}</TableCell>
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
