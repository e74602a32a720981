import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { api, download, verwacht } from '../../api/client';
import { useIk } from '../../auth/ik';
import { datum, euro, vandaag } from '../../gedeeld/formaat';
import { FoutMelding, Laden, TabelRand } from '../../gedeeld/ui';
import { punten, type Aanbesteding, type PerceelRangschikking, type Procedure } from './procedure';
import { G } from './teksten';

const naamVan = (p: Procedure, inschrijvingId: string, aanbiederId?: string) => {
  const i =
    p.inschrijvingen.find((x) => x.id === inschrijvingId) ??
    p.inschrijvingen.find((x) => aanbiederId && x.aanbieder?.id === aanbiederId);
  return i?.aanbieder?.naam ?? inschrijvingId;
};

/**
 * The ranking on best price-quality ratio per perceel, once the prices are opened (before that the API refuses:
 * quality is scored with the prices still sealed). Before the gunning it is a preview from the current consensus;
 * after it, the ranking the decision used.
 */
export function Rangschikking({ aanbesteding: a, procedure: p }: { aanbesteding: Aanbesteding; procedure: Procedure }) {
  const zichtbaar = p.prijzenGeopendOp !== null || p.gunning !== null;
  const rangschikking = useQuery({
    queryKey: ['aanbesteding', a.id, 'rangschikking'],
    enabled: zichtbaar,
    queryFn: async () =>
      (await verwacht(
        api.GET('/api/v1/aanbestedingen/{id}/rangschikking', { params: { path: { id: a.id } } }),
      )) as unknown as PerceelRangschikking[],
  });
  if (!zichtbaar) return null;
  return (
    <section aria-labelledby="rangschikking">
      <Heading2 id="rangschikking">{G.rangschikking}</Heading2>
      {rangschikking.isPending ? (
        <Laden wat={G.rangschikking} />
      ) : rangschikking.isError ? (
        <FoutMelding fout={rangschikking.error} />
      ) : rangschikking.data.length === 0 ? (
        <Paragraph>{G.geenRangschikking}</Paragraph>
      ) : (
        rangschikking.data.map((r) => {
          const perceel = p.percelen.find((x) => x.id === r.perceelId);
          const titel = G.perceel(r.perceelId, perceel?.naam);
          return (
            <div key={r.perceelId}>
              <Heading3 id={`rang-${r.perceelId}`}>{titel}</Heading3>
              <Paragraph className="keten-klein">{r.bron === 'gunning' ? G.bronGunning : G.bronVoorlopig}</Paragraph>
              <TabelRand label={`${G.rangschikking} ${titel}`}>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col" className="keten-getal">
                        {G.positie}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">{G.inschrijver}</TableHeaderCell>
                      <TableHeaderCell scope="col" className="keten-getal">
                        {G.kwaliteit}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" className="keten-getal">
                        {G.prijs}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" className="keten-getal">
                        {G.totaal}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" className="keten-getal">
                        {G.beoordelingsprijs}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">{G.uitkomst}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {r.rangschikking.map((rang) => (
                      <TableRow key={rang.inschrijvingId}>
                        <TableCell className="keten-getal">{rang.positie}</TableCell>
                        <TableHeaderCell scope="row">
                          {naamVan(p, rang.inschrijvingId, rang.aanbiederId)}
                        </TableHeaderCell>
                        <TableCell className="keten-getal">{punten(rang.kwaliteitMicropunten)}</TableCell>
                        <TableCell className="keten-getal">{punten(rang.prijsMicropunten)}</TableCell>
                        <TableCell className="keten-getal">
                          <strong>{punten(rang.totaalMicropunten)}</strong>
                        </TableCell>
                        <TableCell className="keten-getal">{euro(rang.beoordelingsprijsCenten)}</TableCell>
                        <TableCell>
                          {r.gegund === null
                            ? G.nogNietGegund
                            : r.gegund.includes(rang.aanbiederId)
                              ? G.gegund
                              : G.nietGegund}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TabelRand>
            </div>
          );
        })
      )}
    </section>
  );
}

/**
 * The gunningsbeslissing: when it was taken, the standstill (Alcatel) period and the definitive award, and per
 * inschrijver the decision with its letter as PDF (art. 2.130 Aw: the reasons and the standstill end date).
 */
export function Gunning({ aanbesteding: a, procedure: p }: { aanbesteding: Aanbesteding; procedure: Procedure }) {
  const ik = useIk();
  // The letter is for the inkoper's side and the aanbieder (GunningsbeslissingController); a controller only reads.
  const magBrief = ik.data?.rol === 'inkoopadviseur' || ik.data?.rol === 'beheerder';
  const [downloadFout, setDownloadFout] = useState<unknown>(null);
  const g = p.gunning;
  if (!g) return null;
  const standstill = g.standstillEinddatum;
  const besluiten = g.percelen.flatMap((pg) =>
    p.inschrijvingen
      .filter((i) => i.perceelId === pg.perceelId && !(i.verzoekTotDeelneming && p.geselecteerd !== null))
      .map((i) => {
        const aanbiederId = i.aanbieder?.id ?? '';
        const afgewezen = pg.afgewezen.find((x) => x.aanbiederId === aanbiederId);
        return { i, perceelId: pg.perceelId, gegund: pg.gegund.includes(aanbiederId), reden: afgewezen?.reden };
      }),
  );
  return (
    <section aria-labelledby="gunning">
      <Heading2 id="gunning">{G.gunning}</Heading2>
      <DataList className="keten-gegevens">
        <DataListItem>
          <DataListKey>{G.voorlopigOp}</DataListKey>
          <DataListValue>{datum(g.voorlopigOp)}</DataListValue>
        </DataListItem>
        {standstill ? (
          <DataListItem>
            <DataListKey>{G.standstill}</DataListKey>
            <DataListValue>
              <span data-testid="standstill">
                {G.standstillTot(datum(standstill))}{' '}
                {g.definitiefOp ? '' : standstill >= vandaag() ? G.standstillLoopt : G.standstillVoorbij}
              </span>
            </DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{G.definitiefOp}</DataListKey>
          <DataListValue>{g.definitiefOp ? datum(g.definitiefOp) : G.nogNiet}</DataListValue>
        </DataListItem>
      </DataList>
      <Heading3 id="beslissingen">{G.beslissingen}</Heading3>
      <TabelRand label={G.beslissingen}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{G.inschrijver}</TableHeaderCell>
              <TableHeaderCell scope="col">{G.besluit}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {besluiten.map(({ i, perceelId, gegund, reden }) => {
              const naam = i.aanbieder?.naam ?? i.id;
              return (
                <TableRow key={i.id}>
                  <TableCell>
                    {naam}
                    <br />
                    <span className="keten-klein">{G.perceel(perceelId)}</span>
                  </TableCell>
                  <TableCell>
                    {gegund ? G.gegund : G.nietGegund}
                    {reden ? <span className="keten-klein"> ({reden})</span> : null}
                    {magBrief ? (
                      <div className="keten-download">
                        <Button
                          appearance="secondary-action-button"
                          aria-label={G.briefVoor(naam)}
                          onClick={() => {
                            setDownloadFout(null);
                            download(
                              `/api/v1/aanbestedingen/${a.id}/gunningsbeslissing/${i.id}/pdf`,
                              `gunningsbeslissing-${a.kenmerk}-${naam.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
                            ).catch(setDownloadFout);
                          }}
                        >
                          {G.pdf}
                        </Button>
                      </div>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TabelRand>
      <FoutMelding fout={downloadFout} />
    </section>
  );
}
