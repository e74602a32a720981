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
import { api, verwacht, type Schemas } from '../../api/client';
import { korteDatum } from '../../gedeeld/formaat';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, Paginering, TabelRand } from '../../gedeeld/ui';
import { PROCEDURE, STATUS, T } from './teksten';

const LIMIET = 25;
type Status = Schemas['AanbestedingStatus'];

export function AanbestedingenPage() {
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<Status | ''>('');
  const lijst = useQuery({
    queryKey: ['aanbestedingen', status, offset],
    placeholderData: keepPreviousData,
    queryFn: () =>
      verwacht(
        api.GET('/api/v1/aanbestedingen', {
          params: { query: { limiet: LIMIET, offset, ...(status ? { status } : {}) } },
        }),
      ),
  });
  return (
    <>
      <PaginaTitel>{T.titel}</PaginaTitel>
      <Paragraph>{T.uitleg}</Paragraph>
      <div className="keten-filters">
        <FormField>
          <FormLabel htmlFor="fase">{T.status}</FormLabel>
          <Select
            id="fase"
            value={status}
            onChange={(e) => {
              setOffset(0);
              setStatus(e.target.value as Status | '');
            }}
          >
            <SelectOption value="">{T.alle}</SelectOption>
            {Object.entries(STATUS).map(([k, v]) => (
              <SelectOption key={k} value={k}>
                {v}
              </SelectOption>
            ))}
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
                  <TableHeaderCell scope="col">{T.kenmerk}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.procedure}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.status}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.publicatie}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      <RouterLink to={`/inkoop/aanbestedingen/${a.id}`}>{a.naam}</RouterLink>
                    </TableCell>
                    <TableCell>{a.kenmerk}</TableCell>
                    <TableCell>{PROCEDURE[a.procedureType] ?? a.procedureType}</TableCell>
                    <TableCell>{STATUS[a.status] ?? a.status}</TableCell>
                    <TableCell>{korteDatum(a.publicatiedatum)}</TableCell>
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
