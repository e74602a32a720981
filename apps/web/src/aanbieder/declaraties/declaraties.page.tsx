import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/dist/css-module';
import { api, verwacht } from '../../api/client';
import { useIk } from '../../auth/ik';
import { euro, periode } from '../../gedeeld/formaat';
import { DECLARATIE_STATUS } from '../../gedeeld/teksten';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, Paginering, TabelRand } from '../../gedeeld/ui';
import { T } from './teksten';

const LIMIET = 25;
type Status = 'ontvangen' | 'beoordeeld';

export function DeclaratiesPage() {
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<Status | ''>('');
  const ik = useIk();
  const lijst = useQuery({
    queryKey: ['declaraties', status, offset],
    placeholderData: keepPreviousData,
    queryFn: () =>
      verwacht(
        api.GET('/api/v1/declaraties', {
          params: { query: { limiet: LIMIET, offset, ...(status ? { status } : {}) } },
        }),
      ),
    refetchInterval: (q) => (q.state.data?.some((d) => d.status === 'ontvangen') ? 2000 : false),
  });

  return (
    <>
      <PaginaTitel>{T.titel}</PaginaTitel>
      <Paragraph>{T.uitleg}</Paragraph>
      {ik.data?.rol === 'aanbieder' ? (
        <Paragraph>
          <RouterLink
            to="/aanbieder/declaraties/indienen"
            className="utrecht-button-link utrecht-button-link--primary-action-button"
          >
            {T.indienen}
          </RouterLink>
        </Paragraph>
      ) : null}
      <div className="keten-filters">
        <FormField>
          <FormLabel htmlFor="status">{T.status}</FormLabel>
          <Select
            id="status"
            value={status}
            onChange={(e) => {
              setOffset(0);
              setStatus(e.target.value as Status | '');
            }}
          >
            <SelectOption value="">{T.alleStatussen}</SelectOption>
            <SelectOption value="ontvangen">{DECLARATIE_STATUS.ontvangen}</SelectOption>
            <SelectOption value="beoordeeld">{DECLARATIE_STATUS.beoordeeld}</SelectOption>
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
                  <TableHeaderCell scope="col">{T.nummer}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.gemeente}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.periode}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.status}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="keten-getal">
                    {T.ingediend}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="keten-getal">
                    {T.toegekend}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="keten-getal">
                    {T.prestaties}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell>
                      <RouterLink to={`/aanbieder/declaraties/${d.id}`}>{d.declaratieNummer}</RouterLink>
                    </TableCell>
                    <TableCell>{d.gemeenteCode}</TableCell>
                    <TableCell>{periode(d.declaratiePeriode)}</TableCell>
                    <TableCell>
                      <StatusBadge status={d.status === 'beoordeeld' ? 'safe' : 'neutral'}>
                        {DECLARATIE_STATUS[d.status]}
                      </StatusBadge>
                    </TableCell>
                    <TableCell className="keten-getal">{euro(d.totaalIngediend)}</TableCell>
                    <TableCell className="keten-getal">
                      {d.status === 'beoordeeld' ? euro(d.totaalToegekend) : '—'}
                    </TableCell>
                    <TableCell className="keten-getal">{d.aantalPrestaties}</TableCell>
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
