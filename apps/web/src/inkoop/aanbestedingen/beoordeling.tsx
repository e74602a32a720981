import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react/dist/css-module';
import { api, ApiFout, verwacht } from '../../api/client';
import { useIk } from '../../auth/ik';
import { FoutMelding, Laden, TabelRand } from '../../gedeeld/ui';
import { leesbaar, teBeoordelen, type Aanbesteding, type Criterium, type Procedure, type Scores } from './procedure';
import { B } from './teksten';

/** A refusal by the procedure rules (`weigering`), or a field's validation reasons, in the API's own Dutch. */
export function weigeringVan(fout: unknown): { code: string; reden: string } | null {
  return fout instanceof ApiFout
    ? ((fout.fout as { weigering?: { code: string; reden: string } }).weigering ?? null)
    : null;
}

/** A score chosen from the criterium's scale, with the reasons the API gave against it next to it. */
function ScoreVeld({
  id,
  label,
  schaal,
  waarde,
  redenen,
  onKies,
}: {
  id: string;
  label: string;
  schaal: Criterium['schaal'];
  waarde: string;
  redenen: string[];
  onKies: (score: string) => void;
}) {
  return (
    <FormField invalid={redenen.length > 0}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {redenen.map((r, i) => (
        <FormFieldErrorMessage key={i} id={`${id}-fout`}>
          {r}
        </FormFieldErrorMessage>
      ))}
      <Select
        id={id}
        value={waarde}
        invalid={redenen.length > 0}
        aria-describedby={redenen.length ? `${id}-fout` : undefined}
        onChange={(ev) => onKies(ev.target.value)}
      >
        <SelectOption value="">{B.kies}</SelectOption>
        {(schaal ?? []).map((w) => (
          <SelectOption key={w} value={String(w)}>
            {String(w)}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

function redenen(fout: unknown, veld: 'score' | 'motivering'): string[] {
  // A string is this page's own check (no score chosen), before anything went to the API.
  if (typeof fout === 'string') return veld === 'score' ? [fout] : [];
  if (!(fout instanceof ApiFout)) return [];
  const w = weigeringVan(fout);
  if (w) {
    const hoort = veld === 'motivering' ? w.code === 'MOTIVERING_VEREIST' : w.code === 'SCORE_BUITEN_SCHAAL';
    return hoort ? [w.reden] : [];
  }
  return fout.voorVeld(veld);
}

/** What is not about one field (e.g. "not every beoordelaar has scored"): shown with the criterium it concerns. */
function algemeen(fout: unknown): unknown {
  if (!fout) return null;
  if (redenen(fout, 'score').length || redenen(fout, 'motivering').length) return null;
  return fout;
}

function Weigering({ fout }: { fout: unknown }) {
  const w = weigeringVan(fout);
  if (!fout) return null;
  return w ? (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{B.geweigerd}:</strong> {leesbaar(w.reden, [])}
      </Paragraph>
    </Alert>
  ) : (
    <FoutMelding fout={fout} />
  );
}

/**
 * The quality scoring of a competitive procedure: every beoordelaar scores each inschrijving on each kwaliteit
 * criterium on its own (blind: no names, no other scores, until everyone has scored); the voorzitter, who does not
 * score, sees every score and records the consensus with its motivation. Scores and consensus go through the API,
 * which applies the procedure rules and refuses with a reason shown at the criterium it concerns.
 */
export function Beoordeling({ aanbesteding: a, procedure: p }: { aanbesteding: Aanbesteding; procedure: Procedure }) {
  const ik = useIk();
  const mijnId = ik.data?.gebruiker.id ?? '';
  const rol = ik.data?.rol;
  const magHandelen = rol === 'inkoopadviseur' || rol === 'beheerder';
  const heeftKwaliteit = p.percelen.some((x) => (x.gunningscriteria ?? []).some((c) => c.soort === 'kwaliteit'));
  const zichtbaar = heeftKwaliteit && !['concept', 'aanmelding', 'inschrijving'].includes(a.status);
  const scores = useQuery({
    queryKey: ['aanbesteding', a.id, 'scores'],
    enabled: zichtbaar,
    queryFn: async () =>
      (await verwacht(
        api.GET('/api/v1/aanbestedingen/{id}/scores', { params: { path: { id: a.id } } }),
      )) as unknown as Scores,
  });
  if (!zichtbaar) return null;
  const items = teBeoordelen(p);
  const open = a.status === 'beoordeling';
  const s = scores.data;
  const beoordelaar = !!s && s.beoordelaars.includes(mijnId);
  const voorzitter = !!s && s.voorzitter === mijnId;
  return (
    <section aria-labelledby="beoordeling">
      <Heading2 id="beoordeling">{B.titel}</Heading2>
      {scores.isPending ? (
        <Laden wat={B.scores} />
      ) : scores.isError ? (
        <FoutMelding fout={scores.error} />
      ) : items.length === 0 ? (
        <Paragraph>{B.niets}</Paragraph>
      ) : beoordelaar && open ? (
        <>
          <Paragraph>{B.uitlegBeoordelaar}</Paragraph>
          <Paragraph>{B.voortgang(eigenAantal(s!, mijnId, items), aantalOnderdelen(items))}</Paragraph>
          <div className="keten-acties">
            {items.map(({ inschrijving, criteria }) => (
              <ScoreKaart
                key={inschrijving.id}
                aanbestedingId={a.id}
                inschrijvingId={inschrijving.id}
                naam={inschrijving.aanbieder?.naam ?? inschrijving.id}
                criteria={criteria}
                eigen={s!.kwaliteitsscores.filter(
                  (k) => k.inschrijvingId === inschrijving.id && k.beoordelaar === mijnId,
                )}
              />
            ))}
          </div>
        </>
      ) : voorzitter ? (
        <>
          <Paragraph>{open && magHandelen ? B.uitlegVoorzitter : B.uitlegVastgesteld}</Paragraph>
          <div className="keten-acties">
            {items.map(({ inschrijving, criteria }) => (
              <ConsensusKaart
                key={inschrijving.id}
                aanbestedingId={a.id}
                inschrijvingId={inschrijving.id}
                naam={inschrijving.aanbieder?.naam ?? inschrijving.id}
                criteria={criteria}
                scores={s!}
                mijnId={mijnId}
                open={open && magHandelen}
              />
            ))}
          </div>
        </>
      ) : (
        <ScoreTabel items={items} scores={s!} mijnId={mijnId} />
      )}
    </section>
  );
}

type Item = ReturnType<typeof teBeoordelen>[number];

const aantalOnderdelen = (items: Item[]) => items.reduce((n, i) => n + i.criteria.length, 0);
const eigenAantal = (s: Scores, mijnId: string, items: Item[]) =>
  items.reduce(
    (n, i) =>
      n +
      i.criteria.filter((c) =>
        s.kwaliteitsscores.some(
          (k) => k.inschrijvingId === i.inschrijving.id && k.criteriumId === c.id && k.beoordelaar === mijnId,
        ),
      ).length,
    0,
  );

const beoordelaarNaam = (s: Scores, id: string, mijnId: string) =>
  `${B.beoordelaar} ${s.beoordelaars.indexOf(id) + 1}${id === mijnId ? ` (${B.u})` : ''}`;

/** One inschrijving as a beoordelaar scores it: a choice on the scale per kwaliteit criterium. */
function ScoreKaart({
  aanbestedingId,
  inschrijvingId,
  naam,
  criteria,
  eigen,
}: {
  aanbestedingId: string;
  inschrijvingId: string;
  naam: string;
  criteria: Criterium[];
  eigen: { criteriumId: string; score: number }[];
}) {
  const queryClient = useQueryClient();
  const [keuze, setKeuze] = useState<Record<string, string>>(() =>
    Object.fromEntries(eigen.map((e) => [e.criteriumId, String(e.score)])),
  );
  const [fouten, setFouten] = useState<Record<string, unknown>>({});
  const [bezig, setBezig] = useState(false);
  const [opgeslagen, setOpgeslagen] = useState(false);
  const prefix = `score-${inschrijvingId}`;

  async function opslaan(e: FormEvent) {
    e.preventDefault();
    setBezig(true);
    setOpgeslagen(false);
    const nieuw: Record<string, unknown> = {};
    for (const c of criteria) {
      const waarde = keuze[c.id];
      if (waarde === undefined || waarde === '') {
        nieuw[c.id] = B.kiesScore;
        continue;
      }
      if (eigen.some((x) => x.criteriumId === c.id && String(x.score) === waarde)) continue;
      try {
        await verwacht(
          api.POST('/api/v1/aanbestedingen/{id}/scores', {
            params: { path: { id: aanbestedingId } },
            body: { inschrijvingId, criteriumId: c.id, score: Number(waarde) },
          }),
        );
      } catch (err) {
        nieuw[c.id] = err;
      }
    }
    setFouten(nieuw);
    setBezig(false);
    setOpgeslagen(Object.keys(nieuw).length === 0);
    await queryClient.invalidateQueries({ queryKey: ['aanbesteding', aanbestedingId] });
  }

  return (
    <form onSubmit={opslaan} className="keten-actie" aria-labelledby={`${prefix}-titel`} noValidate>
      <Fieldset>
        <FieldsetLegend id={`${prefix}-titel`}>{naam}</FieldsetLegend>
        {criteria.map((c) => {
          const veldId = `${prefix}-${c.id}`;
          const fout = fouten[c.id];
          const opVeld = redenen(fout, 'score');
          return (
            <div key={c.id}>
              <ScoreVeld
                id={veldId}
                label={B.criterium(c)}
                schaal={c.schaal}
                waarde={keuze[c.id] ?? ''}
                redenen={opVeld}
                onKies={(score) => setKeuze({ ...keuze, [c.id]: score })}
              />
              <Weigering fout={algemeen(fout)} />
            </div>
          );
        })}
        {opgeslagen ? (
          <Paragraph role="status" className="keten-klein">
            {B.opgeslagen}
          </Paragraph>
        ) : null}
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {B.scoresOpslaan}
        </Button>
      </Fieldset>
    </form>
  );
}

/** One inschrijving as the voorzitter sees it: every beoordelaar's score per criterium, and the consensus to record. */
function ConsensusKaart({
  aanbestedingId,
  inschrijvingId,
  naam,
  criteria,
  scores: s,
  mijnId,
  open,
}: {
  aanbestedingId: string;
  inschrijvingId: string;
  naam: string;
  criteria: Criterium[];
  scores: Scores;
  mijnId: string;
  open: boolean;
}) {
  const queryClient = useQueryClient();
  const consensus = (c: string) =>
    s.consensusscores.find((x) => x.inschrijvingId === inschrijvingId && x.criteriumId === c);
  const [keuze, setKeuze] = useState<Record<string, { score: string; motivering: string }>>(() =>
    Object.fromEntries(
      criteria.map((c) => [
        c.id,
        { score: consensus(c.id) ? String(consensus(c.id)!.score) : '', motivering: consensus(c.id)?.motivering ?? '' },
      ]),
    ),
  );
  const [fouten, setFouten] = useState<Record<string, unknown>>({});
  const [bezig, setBezig] = useState(false);
  const [opgeslagen, setOpgeslagen] = useState(false);
  const prefix = `consensus-${inschrijvingId}`;

  async function vastleggen(e: FormEvent) {
    e.preventDefault();
    setBezig(true);
    setOpgeslagen(false);
    const nieuw: Record<string, unknown> = {};
    for (const c of criteria) {
      const k = keuze[c.id];
      const huidig = consensus(c.id);
      if (!k?.score) continue;
      if (huidig && String(huidig.score) === k.score && huidig.motivering === k.motivering) continue;
      try {
        await verwacht(
          api.POST('/api/v1/aanbestedingen/{id}/acties', {
            params: { path: { id: aanbestedingId } },
            body: {
              type: 'registreer_consensus',
              inschrijvingId,
              criteriumId: c.id,
              score: Number(k.score),
              motivering: k.motivering,
            },
          }),
        );
      } catch (err) {
        nieuw[c.id] = err;
      }
    }
    setFouten(nieuw);
    setBezig(false);
    setOpgeslagen(Object.keys(nieuw).length === 0);
    await queryClient.invalidateQueries({ queryKey: ['aanbesteding', aanbestedingId] });
    await queryClient.invalidateQueries({ queryKey: ['aanbestedingen'] });
  }

  return (
    <form onSubmit={vastleggen} className="keten-actie" aria-labelledby={`${prefix}-titel`} noValidate>
      <Fieldset>
        <FieldsetLegend id={`${prefix}-titel`}>{naam}</FieldsetLegend>
        {criteria.map((c) => {
          const veldId = `${prefix}-${c.id}`;
          const fout = fouten[c.id];
          const opScore = redenen(fout, 'score');
          const opMotivering = redenen(fout, 'motivering');
          const vastgesteld = consensus(c.id);
          return (
            <div key={c.id} role="group" aria-labelledby={`${veldId}-kop`}>
              <Heading3 id={`${veldId}-kop`} className="keten-kaartkop">
                {B.criterium(c)}
              </Heading3>
              <ul className="keten-scores" aria-label={B.individueel(c.naam)}>
                {s.beoordelaars.map((b) => {
                  const sc = s.kwaliteitsscores.find(
                    (k) => k.inschrijvingId === inschrijvingId && k.criteriumId === c.id && k.beoordelaar === b,
                  );
                  return (
                    <li key={b}>
                      {beoordelaarNaam(s, b, mijnId)}: {sc ? <strong>{sc.score}</strong> : B.nogNiet}
                    </li>
                  );
                })}
              </ul>
              {vastgesteld ? (
                <Paragraph className="keten-klein">
                  {B.vastgesteld(vastgesteld.score)} {vastgesteld.motivering}
                </Paragraph>
              ) : null}
              <Weigering fout={algemeen(fout)} />
              {open ? (
                <>
                  <ScoreVeld
                    id={`${veldId}-score`}
                    label={B.consensusscore}
                    schaal={c.schaal}
                    waarde={keuze[c.id]?.score ?? ''}
                    redenen={opScore}
                    onKies={(score) => setKeuze({ ...keuze, [c.id]: { ...keuze[c.id], score } })}
                  />
                  <FormField invalid={opMotivering.length > 0}>
                    <FormLabel htmlFor={`${veldId}-motivering`}>{B.motivering}</FormLabel>
                    {opMotivering.map((r, i) => (
                      <FormFieldErrorMessage key={i} id={`${veldId}-motivering-fout`}>
                        {r}
                      </FormFieldErrorMessage>
                    ))}
                    <Textarea
                      id={`${veldId}-motivering`}
                      value={keuze[c.id]?.motivering ?? ''}
                      invalid={opMotivering.length > 0}
                      aria-describedby={opMotivering.length ? `${veldId}-motivering-fout` : undefined}
                      onChange={(ev) => setKeuze({ ...keuze, [c.id]: { ...keuze[c.id], motivering: ev.target.value } })}
                    />
                  </FormField>
                </>
              ) : null}
            </div>
          );
        })}
        {open && opgeslagen ? (
          <Paragraph role="status" className="keten-klein">
            {B.opgeslagen}
          </Paragraph>
        ) : null}
        {open ? (
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {B.consensusVastleggen}
          </Button>
        ) : null}
      </Fieldset>
    </form>
  );
}

/** Read-only: every beoordelaar's score and the consensus (for whoever neither scores now nor chairs). */
function ScoreTabel({ items, scores: s, mijnId }: { items: Item[]; scores: Scores; mijnId: string }) {
  return (
    <TabelRand label={B.tabel}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{B.inschrijving}</TableHeaderCell>
            <TableHeaderCell scope="col">{B.criteriumKop}</TableHeaderCell>
            {s.beoordelaars.map((b) => (
              <TableHeaderCell key={b} scope="col" className="keten-getal">
                {beoordelaarNaam(s, b, mijnId)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="keten-getal">
              {B.consensus}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.flatMap(({ inschrijving, criteria }) =>
            criteria.map((c, n) => (
              <TableRow key={`${inschrijving.id}-${c.id}`}>
                <TableCell>{n === 0 ? (inschrijving.aanbieder?.naam ?? inschrijving.id) : ''}</TableCell>
                <TableCell>{B.criterium(c)}</TableCell>
                {s.beoordelaars.map((b) => (
                  <TableCell key={b} className="keten-getal">
                    {s.kwaliteitsscores.find(
                      (k) => k.inschrijvingId === inschrijving.id && k.criteriumId === c.id && k.beoordelaar === b,
                    )?.score ?? '—'}
                  </TableCell>
                ))}
                <TableCell className="keten-getal">
                  {s.consensusscores.find((k) => k.inschrijvingId === inschrijving.id && k.criteriumId === c.id)
                    ?.score ?? '—'}
                </TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </TabelRand>
  );
}
