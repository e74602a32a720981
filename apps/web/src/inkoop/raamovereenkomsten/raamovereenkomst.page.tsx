import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/dist/css-module';
import { api, verwacht } from '../../api/client';
import { useIk } from '../../auth/ik';
import { euro, korteDatum } from '../../gedeeld/formaat';
import { DOMEIN, EENHEID } from '../../gedeeld/teksten';
import { FoutMelding, Laden, PaginaTitel, TabelRand } from '../../gedeeld/ui';
import { Indexatie } from './indexatie';
import { Tariefblad } from './tariefblad';
import { T } from './teksten';

export function RaamovereenkomstPage() {
  const { id = '' } = useParams();
  const ik = useIk();
  const ro = useQuery({
    queryKey: ['raamovereenkomst', id],
    queryFn: () => verwacht(api.GET('/api/v1/raamovereenkomsten/{id}', { params: { path: { id } } })),
  });
  if (ro.isPending) return <Laden wat="De raamovereenkomst" />;
  if (ro.isError) return <FoutMelding fout={ro.error} />;
  const r = ro.data;
  const rol = ik.data?.rol;
  return (
    <>
      <PaginaTitel>{r.naam}</PaginaTitel>
      <DataList className="keten-gegevens">
        <DataListItem>
          <DataListKey>{T.nummer}</DataListKey>
          <DataListValue>{r.nummer}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.aanbieder}</DataListKey>
          <DataListValue>
            {r.aanbieder.naam} (AGB {r.aanbieder.code})
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.domein}</DataListKey>
          <DataListValue>{DOMEIN[r.domein]}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.gemeenten}</DataListKey>
          <DataListValue>{r.gemeenten.map((g) => g.naam).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.looptijd}</DataListKey>
          <DataListValue>
            {korteDatum(r.ingangsdatum)} t/m {korteDatum(r.einddatum)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.maxWaarde}</DataListKey>
          <DataListValue>{euro(r.maximaleWaardeCenten)}</DataListValue>
        </DataListItem>
      </DataList>

      <section aria-labelledby="producten">
        <Heading2 id="producten">{T.producten}</Heading2>
        <TabelRand label={T.producten}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{T.product}</TableHeaderCell>
                <TableHeaderCell scope="col">{T.eenheid}</TableHeaderCell>
                <TableHeaderCell scope="col" className="keten-getal">
                  {T.tarief}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{T.geldig}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.producten.flatMap((p) =>
                p.tarieven.map((t, i) => (
                  <TableRow key={`${p.productcode}-${t.id}`}>
                    <TableCell>{i === 0 ? `${p.productcategorie}/${p.productcode} ${p.omschrijving}` : ''}</TableCell>
                    <TableCell>{EENHEID[t.eenheid] ?? t.eenheid}</TableCell>
                    <TableCell className="keten-getal">{euro(t.bedragCenten)}</TableCell>
                    <TableCell className="keten-datum">
                      {korteDatum(t.ingangsdatum)} t/m {t.einddatum ? korteDatum(t.einddatum) : T.onbepaald}
                    </TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        </TabelRand>
      </section>

      <Tariefblad raamovereenkomst={r} magUploaden={rol === 'inkoopadviseur' || rol === 'beheerder'} />

      {rol === 'inkoopadviseur' || rol === 'controller' || rol === 'beheerder' ? (
        <Indexatie raamovereenkomst={r} magToepassen={rol !== 'controller'} />
      ) : null}
    </>
  );
}
