// The controller's dashboard on what the API offers today (raamovereenkomsten and their budgetten); realisatie,
// verplichtingen and prognose come with the sturing API.
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Heading2, Paragraph, Table, TableBody, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react/dist/css-module';
import { api, verwacht } from '../../api/client';
import { euro } from '../../gedeeld/formaat';
import { Grafiek } from '../../gedeeld/grafiek';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, TabelRand } from '../../gedeeld/ui';
import { T } from './teksten';

export function DashboardPage() {
  const vandaag = new Date().toISOString().slice(0, 10);
  const contracten = useQuery({
    queryKey: ['raamovereenkomsten', 'dashboard'],
    queryFn: () => verwacht(api.GET('/api/v1/raamovereenkomsten', { params: { query: { limiet: 500, offset: 0 } } })),
  });
  const budgetten = useQueries({
    queries: (contracten.data ?? []).map((r) => ({
      queryKey: ['budgetten', r.id],
      queryFn: () => verwacht(api.GET('/api/v1/raamovereenkomsten/{id}/budgetten', { params: { path: { id: r.id } } })),
    })),
  });
  const rijen = useMemo(
    () =>
      (contracten.data ?? []).map((r, i) => {
        const lopend = (budgetten[i]?.data ?? []).filter((b) => b.ingangsdatum <= vandaag && (!b.einddatum || b.einddatum >= vandaag));
        return { id: r.id, naam: r.naam, aanbieder: r.aanbieder.naam, max: r.maximaleWaardeCenten, budget: lopend.length ? lopend.reduce((s, b) => s + b.jaarbedragCenten, 0) : null };
      }),
    [contracten.data, ...budgetten.map((b) => b.data)],
  );
  const metBudget = rijen.some((r) => r.budget !== null);
  const optie = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => euro(v * 100) },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: rijen.map((r) => r.aanbieder), axisLabel: { interval: 0, width: 90, overflow: 'truncate' } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `€ ${new Intl.NumberFormat('nl-NL', { notation: 'compact' }).format(v)}` } },
      series: [
        { name: T.maxWaarde, type: 'bar', data: rijen.map((r) => r.max / 100), itemStyle: { color: '#1f4e79' } },
        ...(metBudget ? [{ name: T.budget, type: 'bar', data: rijen.map((r) => (r.budget ?? 0) / 100), itemStyle: { color: '#c45c00' } }] : []),
      ],
    }),
    [rijen, metBudget],
  );

  if (contracten.isPending) return <Laden wat={T.contracten} />;
  if (contracten.isError) return <FoutMelding fout={contracten.error} />;
  const budgetFout = budgetten.find((b) => b.isError)?.error;
  const totaalMax = rijen.reduce((s, r) => s + r.max, 0);
  const totaalBudget = metBudget ? rijen.reduce((s, r) => s + (r.budget ?? 0), 0) : null;
  return (
    <>
      <PaginaTitel>{T.titel}</PaginaTitel>
      <Paragraph>{T.uitleg}</Paragraph>
      {rijen.length === 0 ? (
        <LegeStaat titel={T.leegTitel}>{T.leeg}</LegeStaat>
      ) : (
        <>
          <dl className="keten-kerncijfers">
            <div>
              <dt>{T.contracten}</dt>
              <dd>{rijen.length}</dd>
            </div>
            <div>
              <dt>{T.totaalMax}</dt>
              <dd>{euro(totaalMax)}</dd>
            </div>
            <div>
              <dt>{T.totaalBudget}</dt>
              <dd>{totaalBudget === null ? T.geenBudget : euro(totaalBudget)}</dd>
            </div>
          </dl>
          <FoutMelding fout={budgetFout} />
          <Heading2>{T.grafiek}</Heading2>
          <Grafiek optie={optie} label={`${T.grafiek}; de cijfers staan in de tabel hieronder`} />
          <Heading2>{T.tabel}</Heading2>
          <TabelRand label={T.tabel}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{T.contract}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.aanbieder}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="keten-getal">
                    {T.maxWaarde}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="keten-getal">
                    {T.budget}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rijen.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      <RouterLink to={`/inkoop/raamovereenkomsten/${r.id}`}>{r.naam}</RouterLink>
                    </TableCell>
                    <TableCell>{r.aanbieder}</TableCell>
                    <TableCell className="keten-getal">{euro(r.max)}</TableCell>
                    <TableCell className="keten-getal">{r.budget === null ? T.geenBudget : euro(r.budget)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableHeaderCell scope="row">Totaal</TableHeaderCell>
                  <TableCell />
                  <TableCell className="keten-getal">{euro(totaalMax)}</TableCell>
                  <TableCell className="keten-getal">{totaalBudget === null ? T.geenBudget : euro(totaalBudget)}</TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          </TabelRand>
          {metBudget ? null : <Paragraph>{T.geenBudgetUitleg}</Paragraph>}
          <Paragraph className="keten-klein">{T.nogNiet}</Paragraph>
        </>
      )}
    </>
  );
}
