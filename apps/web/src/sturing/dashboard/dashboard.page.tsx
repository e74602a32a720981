// The controller's dashboard on the sturing API (GET /api/v1/sturing/overzicht, /realisatie, /verplichtingen):
// per budgetpost begroting, realisatie by month of care, verplichtingen, prognose and saldo; every chart has the same
// numbers as a table beside it, and every view is also an Excel download of the API's own workbook.
import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/dist/css-module';
import { api, verwacht, type Schemas } from '../../api/client';
import { datum, euro, procent } from '../../gedeeld/formaat';
import { Grafiek } from '../../gedeeld/grafiek';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, TabelRand } from '../../gedeeld/ui';
import { ExcelKnop } from '../excel';
import { sturingQuery, SturingKiezer, useSturingKeuze } from '../keuze';
import { DIMENSIE, MAANDEN, T } from './teksten';

type Post = Schemas['OverzichtPostDto'];
type Dimensie = Schemas['SturingDimensie'];

const KLEUREN = ['#1f4e79', '#c45c00', '#5b7f2b', '#7a3b8f', '#8a6d00', '#2e6f8e'];

function Bedrag({ centen }: { centen: number }) {
  return <span className={centen < 0 ? 'keten-negatief' : undefined}>{euro(centen)}</span>;
}

export function DashboardPage() {
  const keuze = useSturingKeuze();
  const overzicht = useQuery({
    queryKey: ['sturing', 'overzicht', keuze.gemeente, keuze.jaar, keuze.peildatum],
    enabled: keuze.gemeente !== null,
    placeholderData: keepPreviousData,
    queryFn: () => verwacht(api.GET('/api/v1/sturing/overzicht', { params: { query: sturingQuery(keuze) } })),
  });
  const posten = overzicht.data?.posten ?? [];
  const optie = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => euro(Math.round(v * 100)) },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 48, containLabel: true },
      xAxis: {
        type: 'category',
        data: posten.map((p) => p.naam),
        axisLabel: { interval: 0, width: 110, overflow: 'break', lineHeight: 16 },
      },
      yAxis: {
        type: 'value',
        axisLabel: {
          formatter: (v: number) => `€ ${new Intl.NumberFormat('nl-NL', { notation: 'compact' }).format(v)}`,
        },
      },
      series: [
        { name: T.begroting, key: 'begrotingCenten' },
        { name: T.realisatie, key: 'realisatieCenten' },
        { name: T.verplichtingen, key: 'verplichtingenCenten' },
        { name: T.prognose, key: 'prognose' },
      ].map((s, i) => ({
        name: s.name,
        type: 'bar',
        itemStyle: { color: KLEUREN[i] },
        data: posten.map(
          (p) => (s.key === 'prognose' ? p.prognose.totaalCenten : (p[s.key as keyof Post] as number)) / 100,
        ),
      })),
    }),
    [posten],
  );
  const maandOptie = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => euro(Math.round(v * 100)) },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 48, containLabel: true },
      xAxis: { type: 'category', data: MAANDEN.map((m) => m.slice(0, 3)) },
      yAxis: {
        type: 'value',
        axisLabel: {
          formatter: (v: number) => `€ ${new Intl.NumberFormat('nl-NL', { notation: 'compact' }).format(v)}`,
        },
      },
      series: posten.map((p, i) => ({
        name: p.naam,
        type: 'bar',
        stack: 'realisatie',
        itemStyle: { color: KLEUREN[i % KLEUREN.length] },
        data: p.realisatiePerMaand.map((c) => c / 100),
      })),
    }),
    [posten],
  );

  return (
    <>
      <PaginaTitel>{T.titel}</PaginaTitel>
      <Paragraph>{T.uitleg}</Paragraph>
      <SturingKiezer keuze={keuze} />
      <FoutMelding fout={keuze.fout} />
      {keuze.laden ? (
        <Laden wat={T.laden} />
      ) : keuze.gemeente === null ? (
        <LegeStaat titel={T.geenGemeente}>{T.geenGemeenteUitleg}</LegeStaat>
      ) : overzicht.isPending ? (
        <Laden wat={T.laden} />
      ) : overzicht.isError ? (
        <FoutMelding fout={overzicht.error} />
      ) : (
        <>
          <Paragraph>
            {overzicht.data.gemeenteNaam}, {overzicht.data.jaar}; {T.peildatum.toLowerCase()}{' '}
            {datum(overzicht.data.peildatum)}.
          </Paragraph>
          <dl className="keten-kerncijfers">
            {(
              [
                [T.begroting, overzicht.data.totaal.begrotingCenten],
                [T.realisatie, overzicht.data.totaal.realisatieCenten],
                [T.verplichtingen, overzicht.data.totaal.verplichtingenCenten],
                [T.prognose, overzicht.data.totaal.prognose.totaalCenten],
                [T.saldo, overzicht.data.totaal.saldoCenten],
              ] as const
            ).map(([naam, centen]) => (
              <div key={naam}>
                <dt>{naam}</dt>
                <dd>
                  <Bedrag centen={centen} />
                </dd>
              </div>
            ))}
          </dl>
          {posten.length === 0 ? (
            <LegeStaat titel={T.geenPosten}>{T.geenPostenUitleg}</LegeStaat>
          ) : (
            <>
              <Heading2>{T.grafiek}</Heading2>
              <Grafiek optie={optie} label={`${T.grafiek}; de cijfers staan in de tabel hieronder`} hoogte={360} />
              <OverzichtTabel posten={posten} totaal={overzicht.data.totaal} />
              <Paragraph className="keten-klein">{T.saldoUitleg}</Paragraph>
              <ExcelKnop
                pad="/api/v1/sturing/overzicht"
                query={sturingQuery(keuze)}
                bestandsnaam={`keten-overzicht-${overzicht.data.jaar}.xlsx`}
              />

              <Heading2>{T.perMaand}</Heading2>
              {overzicht.data.totaal.realisatiePerMaand.some((c) => c !== 0) ? (
                <>
                  <Grafiek optie={maandOptie} label={`${T.perMaand}; de cijfers staan in de tabel hieronder`} />
                  <MaandTabel posten={posten} totaal={overzicht.data.totaal} />
                </>
              ) : (
                <LegeStaat titel={T.geenRealisatie}>{T.geenRealisatieUitleg}</LegeStaat>
              )}

              <Heading2>{T.opbouw}</Heading2>
              <Paragraph>{T.opbouwUitleg}</Paragraph>
              <OpbouwTabel posten={posten} totaal={overzicht.data.totaal} />
            </>
          )}
          <Uitsplitsen keuze={keuze} />
          <details className="keten-klein">
            <summary>{T.aannames}</summary>
            <ul>
              {overzicht.data.aannames.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </>
  );
}

function OverzichtTabel({ posten, totaal }: { posten: Post[]; totaal: Post }) {
  const cellen = (p: Post) => (
    <>
      <TableCell className="keten-getal">{euro(p.begrotingCenten)}</TableCell>
      <TableCell className="keten-getal">{euro(p.realisatieCenten)}</TableCell>
      <TableCell className="keten-getal">{euro(p.verplichtingenCenten)}</TableCell>
      <TableCell className="keten-getal">{euro(p.prognose.totaalCenten)}</TableCell>
      <TableCell className="keten-getal">
        <Bedrag centen={p.saldoCenten} />
      </TableCell>
    </>
  );
  return (
    <TabelRand label={T.tabel}>
      <Table>
        <TableHeader>
          <TableRow>
            {[T.budgetpost, T.begroting, T.realisatie, T.verplichtingen, T.prognose, T.saldo].map((k, i) => (
              <TableHeaderCell key={k} scope="col" className={i ? 'keten-getal' : undefined}>
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {posten.map((p) => (
            <TableRow key={p.budgetpostId ?? 'geen'}>
              <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
              {cellen(p)}
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">{T.totaal}</TableHeaderCell>
            {cellen(totaal)}
          </TableRow>
        </TableFooter>
      </Table>
    </TabelRand>
  );
}

function MaandTabel({ posten, totaal }: { posten: Post[]; totaal: Post }) {
  return (
    <TabelRand label={T.perMaandTabel}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.maand}</TableHeaderCell>
            {posten.map((p) => (
              <TableHeaderCell key={p.budgetpostId ?? 'geen'} scope="col" className="keten-getal">
                {p.naam}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="keten-getal">
              {T.totaal}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {MAANDEN.map((m, i) => (
            <TableRow key={m}>
              <TableHeaderCell scope="row">{m}</TableHeaderCell>
              {posten.map((p) => (
                <TableCell key={p.budgetpostId ?? 'geen'} className="keten-getal">
                  {euro(p.realisatiePerMaand[i])}
                </TableCell>
              ))}
              <TableCell className="keten-getal">{euro(totaal.realisatiePerMaand[i])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TabelRand>
  );
}

function OpbouwTabel({ posten, totaal }: { posten: Post[]; totaal: Post }) {
  const rij = (p: Post, kop: string, sleutel: string) => (
    <TableRow key={sleutel}>
      <TableHeaderCell scope="row">{kop}</TableHeaderCell>
      <TableCell className="keten-getal">{euro(p.prognose.realisatieCenten)}</TableCell>
      <TableCell className="keten-getal">{euro(p.prognose.verplichtingenToewijzingenCenten)}</TableCell>
      <TableCell className="keten-getal">{procent((p.prognose.benutting * 100).toFixed(1))}</TableCell>
      <TableCell className="keten-getal">{euro(p.prognose.verwachtGebruikCenten)}</TableCell>
      <TableCell className="keten-getal">{euro(p.prognose.openTermijnenCenten)}</TableCell>
      <TableCell className="keten-getal">{euro(p.prognose.lateDeclaratiesCenten)}</TableCell>
      <TableCell className="keten-getal">{euro(p.prognose.totaalCenten)}</TableCell>
    </TableRow>
  );
  return (
    <TabelRand label={T.opbouw}>
      <Table>
        <TableHeader>
          <TableRow>
            {[
              T.budgetpost,
              T.realisatie,
              'Toegewezen',
              T.benutting,
              T.verwachtGebruik,
              T.openTermijnen,
              T.lateDeclaraties,
              T.prognose,
            ].map((k, i) => (
              <TableHeaderCell key={k} scope="col" className={i ? 'keten-getal' : undefined}>
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{posten.map((p) => rij(p, p.naam, p.budgetpostId ?? 'geen'))}</TableBody>
        <TableFooter>{rij(totaal, T.totaal, 'totaal')}</TableFooter>
      </Table>
    </TabelRand>
  );
}

/** Drill-down: realisatie or verplichtingen by budgetpost, aanbieder, product, … (GET /sturing/realisatie?per=…). */
function Uitsplitsen({ keuze }: { keuze: ReturnType<typeof useSturingKeuze> }) {
  const [soort, setSoort] = useState<'realisatie' | 'verplichtingen'>('realisatie');
  const [per, setPer] = useState<Dimensie>('aanbieder');
  const pad = soort === 'realisatie' ? '/api/v1/sturing/realisatie' : '/api/v1/sturing/verplichtingen';
  const rapport = useQuery({
    queryKey: ['sturing', soort, per, keuze.gemeente, keuze.jaar, keuze.peildatum],
    placeholderData: keepPreviousData,
    queryFn: () => verwacht(api.GET(pad, { params: { query: { ...sturingQuery(keuze), per } } })),
  });
  const naam = soort === 'realisatie' ? T.realisatie : T.verplichtingen;
  return (
    <section aria-labelledby="uitsplitsen-kop">
      <Heading2 id="uitsplitsen-kop">{T.uitsplitsen}</Heading2>
      <Paragraph>{T.uitsplitsenUitleg}</Paragraph>
      <div className="keten-filters">
        <FormField>
          <FormLabel htmlFor="uitsplitsen-soort">{T.cijfers}</FormLabel>
          <Select id="uitsplitsen-soort" value={soort} onChange={(e) => setSoort(e.target.value as typeof soort)}>
            <SelectOption value="realisatie">{T.realisatie}</SelectOption>
            <SelectOption value="verplichtingen">{T.verplichtingen}</SelectOption>
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="uitsplitsen-per">{T.per}</FormLabel>
          <Select id="uitsplitsen-per" value={per} onChange={(e) => setPer(e.target.value as Dimensie)}>
            {Object.entries(DIMENSIE).map(([k, v]) => (
              <SelectOption key={k} value={k}>
                {v}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      {rapport.isPending ? (
        <Laden wat={naam} />
      ) : rapport.isError ? (
        <FoutMelding fout={rapport.error} />
      ) : rapport.data.regels.length === 0 ? (
        <LegeStaat titel={T.geenRegels}>{T.geenRegelsUitleg}</LegeStaat>
      ) : (
        <TabelRand label={`${naam} per ${DIMENSIE[per].toLowerCase()}`}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{DIMENSIE[per]}</TableHeaderCell>
                <TableHeaderCell scope="col" className="keten-getal">
                  {T.totaal}
                </TableHeaderCell>
                {MAANDEN.map((m) => (
                  <TableHeaderCell key={m} scope="col" className="keten-getal">
                    {m.slice(0, 3)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rapport.data.regels.map((r) => (
                <TableRow key={r.sleutel}>
                  <TableHeaderCell scope="row">{r.omschrijving}</TableHeaderCell>
                  <TableCell className="keten-getal">
                    {r.bedragCenten === null ? T.onderdrukt : euro(r.bedragCenten)}
                  </TableCell>
                  {(r.perMaand ?? MAANDEN.map(() => null)).map((c, i) => (
                    <TableCell key={i} className="keten-getal">
                      {c === null ? T.onderdrukt : euro(c)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableHeaderCell scope="row">{T.totaal}</TableHeaderCell>
                <TableCell className="keten-getal">{euro(rapport.data.totaalCenten)}</TableCell>
                {rapport.data.totaalPerMaand.map((c, i) => (
                  <TableCell key={i} className="keten-getal">
                    {euro(c)}
                  </TableCell>
                ))}
              </TableRow>
            </TableFooter>
          </Table>
        </TabelRand>
      )}
      {rapport.data?.regels.some((r) => r.bedragCenten === null || r.perMaand === null) ? (
        <Paragraph className="keten-klein">{T.onderdruktUitleg}</Paragraph>
      ) : null}
      <ExcelKnop
        pad={pad}
        query={{ ...sturingQuery(keuze), per }}
        bestandsnaam={`keten-${soort}-per-${per}-${keuze.jaar}.xlsx`}
        tekst={`${naam} per ${DIMENSIE[per].toLowerCase()} als Excel`}
      />
    </section>
  );
}
