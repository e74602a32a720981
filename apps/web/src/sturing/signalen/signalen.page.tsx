// Signals for the controller (GET /api/v1/sturing/signalen): each with the numbers behind it, so that it can be acted
// on (which toewijzing, which aanbieder, how much). No client data: toewijzingen by number only.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/dist/css-module';
import { useState, type ReactNode } from 'react';
import { api, verwacht } from '../../api/client';
import { datum, euro, getal, procent } from '../../gedeeld/formaat';
import { FoutMelding, Laden, LegeStaat, PaginaTitel, TabelRand } from '../../gedeeld/ui';
import { SturingKiezer, useSturingKeuze } from '../keuze';

function maand(m: string): string {
  return new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${m.slice(0, 7)}-01T00:00:00Z`),
  );
}

const EERST = 20;

/** One kind of signal: its rows (the first 20, then all on request; the API answers them in one list). */
function Signaal({
  id,
  titel,
  uitleg,
  aantal,
  kolommen,
  children,
}: {
  id: string;
  titel: string;
  uitleg: string;
  aantal: number;
  kolommen: string[];
  children: ReactNode[];
}) {
  const [alles, setAlles] = useState(false);
  return (
    <section className="keten-signaal" aria-labelledby={id}>
      <Heading2 id={id}>
        {titel} ({aantal})
      </Heading2>
      <Paragraph>{uitleg}</Paragraph>
      {aantal === 0 ? (
        <LegeStaat titel="Geen signalen">Hier is nu niets dat aandacht vraagt.</LegeStaat>
      ) : (
        <TabelRand label={titel}>
          <Table>
            <TableHeader>
              <TableRow>
                {kolommen.map((k) => (
                  <TableHeaderCell key={k} scope="col">
                    {k}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>{alles ? children : children.slice(0, EERST)}</TableBody>
          </Table>
        </TabelRand>
      )}
      {children.length > EERST && !alles ? (
        <Button appearance="secondary-action-button" onClick={() => setAlles(true)}>
          Toon alle {children.length}
        </Button>
      ) : null}
      {aantal > children.length ? (
        <Paragraph>
          Hier staan de {getal(children.length)} ernstigste van {getal(aantal)}; de Excel-download bevat ze allemaal.
        </Paragraph>
      ) : null}
    </section>
  );
}

export function SignalenPage() {
  const keuze = useSturingKeuze();
  const signalen = useQuery({
    queryKey: ['sturing', 'signalen', keuze.gemeente, keuze.peildatum],
    enabled: keuze.gemeente !== null,
    placeholderData: keepPreviousData,
    queryFn: () =>
      verwacht(
        api.GET('/api/v1/sturing/signalen', {
          params: { query: { gemeente: keuze.gemeente!, ...(keuze.peildatum ? { peildatum: keuze.peildatum } : {}) } },
        }),
      ),
  });
  const s = signalen.data;
  return (
    <>
      <PaginaTitel>Signalen</PaginaTitel>
      <Paragraph>
        Wat aandacht vraagt in de uitvoering: toewijzingen zonder declaratie of die te snel opraken, aanbieders aan het
        plafond of met veel afkeur, en budgetposten waarvan de prognose de begroting overschrijdt.
      </Paragraph>
      <SturingKiezer keuze={keuze} metJaar={false} />
      <FoutMelding fout={keuze.fout} />
      {keuze.laden || (keuze.gemeente !== null && signalen.isPending) ? (
        <Laden wat="De signalen" />
      ) : keuze.gemeente === null ? (
        <LegeStaat titel="Geen gemeente">U heeft geen gemeente om signalen van te bekijken.</LegeStaat>
      ) : signalen.isError ? (
        <FoutMelding fout={signalen.error} />
      ) : s ? (
        <>
          <Paragraph>Peildatum {datum(s.peildatum)}.</Paragraph>
          <Signaal
            id="s-overschrijding"
            titel="Begroting overschreden"
            uitleg="Budgetposten waarvan de prognose hoger is dan de begroting."
            aantal={s.begrotingsoverschrijding.length}
            kolommen={['Budgetpost', 'Begroting', 'Prognose', 'Overschrijding']}
          >
            {s.begrotingsoverschrijding.map((o) => (
              <TableRow key={o.budgetpostId}>
                <TableCell>{o.naam}</TableCell>
                <TableCell className="keten-getal">{euro(o.begrotingCenten)}</TableCell>
                <TableCell className="keten-getal">{euro(o.prognoseCenten)}</TableCell>
                <TableCell className="keten-getal keten-negatief">{euro(o.overschrijdingCenten)}</TableCell>
              </TableRow>
            ))}
          </Signaal>
          <Signaal
            id="s-geen-declaratie"
            titel="Toewijzingen zonder declaratie"
            uitleg="Toewijzingen zonder goedgekeurde declaratie, enkele maanden na hun start."
            aantal={s.aantallen.geenDeclaratie}
            kolommen={['ToewijzingNummer', 'Aanbieder', 'Product', 'Start', 'Maanden sinds start', 'Toegewezen tot nu']}
          >
            {s.geenDeclaratie.map((g) => (
              <TableRow key={g.toewijzingNummer}>
                <TableCell>{g.toewijzingNummer}</TableCell>
                <TableCell>{g.aanbiederNaam}</TableCell>
                <TableCell>{g.productcode}</TableCell>
                <TableCell>{maand(g.startmaand)}</TableCell>
                <TableCell className="keten-getal">{getal(g.maandenSindsStart)}</TableCell>
                <TableCell className="keten-getal">{euro(g.toegewezenTotNuCenten)}</TableCell>
              </TableRow>
            ))}
          </Signaal>
          <Signaal
            id="s-uitputting"
            titel="Toewijzingen die te snel opraken"
            uitleg="In dit tempo is de toegewezen omvang op vóór de einddatum."
            aantal={s.aantallen.uitputting}
            kolommen={[
              'ToewijzingNummer',
              'Aanbieder',
              'Product',
              'Toegewezen',
              'Gerealiseerd',
              'Verwacht totaal',
              'Op in',
            ]}
          >
            {s.uitputting.map((u) => (
              <TableRow key={u.toewijzingNummer}>
                <TableCell>{u.toewijzingNummer}</TableCell>
                <TableCell>{u.aanbiederNaam}</TableCell>
                <TableCell>{u.productcode}</TableCell>
                <TableCell className="keten-getal">{euro(u.toegewezenCenten)}</TableCell>
                <TableCell className="keten-getal">{euro(u.gerealiseerdCenten)}</TableCell>
                <TableCell className="keten-getal">{euro(u.verwachtTotaalCenten)}</TableCell>
                <TableCell>{maand(u.opInMaand)}</TableCell>
              </TableRow>
            ))}
          </Signaal>
          <Signaal
            id="s-plafond"
            titel="Aanbieders aan het plafond"
            uitleg="Aanbieders die bijna al hun toewijzingen tot de toegewezen omvang declareren, drie maanden achter elkaar."
            aantal={s.aanPlafond.length}
            kolommen={['Aanbieder', 'Per maand: aan plafond / gedeclareerd']}
          >
            {s.aanPlafond.map((a) => (
              <TableRow key={a.aanbiederId}>
                <TableCell>{a.aanbiederNaam}</TableCell>
                <TableCell>
                  {a.maanden.map((m) => `${maand(m.maand)}: ${m.aanPlafond} van ${m.gedeclareerd}`).join('; ')}
                </TableCell>
              </TableRow>
            ))}
          </Signaal>
          <Signaal
            id="s-afwijzingen"
            titel="Aanbieders met veel afkeur"
            uitleg="Aanbieders met meer dan 10% afgekeurde prestaties, met de meest voorkomende retourcodes."
            aantal={s.afwijzingen.length}
            kolommen={['Aanbieder', 'Beoordeeld', 'Afgekeurd', 'Aandeel', 'Meest voorkomende retourcodes']}
          >
            {s.afwijzingen.map((a) => (
              <TableRow key={a.aanbiederId}>
                <TableCell>{a.aanbiederNaam}</TableCell>
                <TableCell className="keten-getal">{getal(a.beoordeeld)}</TableCell>
                <TableCell className="keten-getal">{getal(a.afgekeurd)}</TableCell>
                <TableCell className="keten-getal">{procent((a.aandeel * 100).toFixed(1))}</TableCell>
                <TableCell>{a.topRetourcodes.map((r) => `${r.retourcode} (${r.aantal}×)`).join(', ')}</TableCell>
              </TableRow>
            ))}
          </Signaal>
          <details className="keten-klein">
            <summary>Drempels</summary>
            <ul>
              {s.drempels.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </details>
        </>
      ) : null}
    </>
  );
}
