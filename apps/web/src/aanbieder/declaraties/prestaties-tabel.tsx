import {
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/dist/css-module';
import type { Schemas } from '../../api/client';
import { PRESTATIE_STATUS } from '../../gedeeld/teksten';
import { TabelRand } from '../../gedeeld/ui';
import { T } from './teksten';

type Prestatie = Schemas['PrestatieResultaatDto'];

/** Per prestatie: the status and, in plain Dutch, why (the API's bevindingen with the rule and its numbers). */
export function PrestatiesTabel({ prestaties, label }: { prestaties: Prestatie[]; label: string }) {
  return (
    <TabelRand label={label}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.referentie}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.status}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.waarom}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.retourcodes}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {prestaties.map((p) => (
            <TableRow key={p.referentieNummer} data-status={p.status}>
              <TableCell>{p.referentieNummer}</TableCell>
              <TableCell>
                <StatusBadge
                  status={p.status === 'goedgekeurd' ? 'safe' : p.status === 'afgekeurd' ? 'danger' : 'neutral'}
                >
                  {PRESTATIE_STATUS[p.status] ?? p.status}
                </StatusBadge>
              </TableCell>
              <TableCell>
                {p.bevindingen.length ? (
                  <ul className="keten-bevindingen">
                    {p.bevindingen.map((b, i) => (
                      <li key={i}>
                        {b.toelichting} <span className="keten-klein">({b.regel})</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  (p.toelichting ?? (p.status === 'goedgekeurd' ? T.goedgekeurdZonderOpmerking : '—'))
                )}
              </TableCell>
              <TableCell>{p.retourcodes.join(', ') || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TabelRand>
  );
}
