import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react/dist/css-module';
import { api, download, verwacht } from '../../api/client';
import { euro, periode } from '../../gedeeld/formaat';
import { DECLARATIE_STATUS, DOMEIN } from '../../gedeeld/teksten';
import { FoutMelding, Laden, PaginaTitel } from '../../gedeeld/ui';
import { PrestatiesTabel } from './prestaties-tabel';
import { T } from './teksten';

export function DeclaratiePage() {
  const { id = '' } = useParams();
  const [downloadFout, setDownloadFout] = useState<unknown>(null);
  const declaratie = useQuery({
    queryKey: ['declaratie', id],
    queryFn: () => verwacht(api.GET('/api/v1/declaraties/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.status === 'ontvangen' ? 1500 : false),
  });

  if (declaratie.isPending) return <Laden wat="De declaratie" />;
  if (declaratie.isError) return <FoutMelding fout={declaratie.error} />;
  const d = declaratie.data;
  const beoordeeld = d.status === 'beoordeeld';
  return (
    <>
      <PaginaTitel>{T.detailTitel(d.declaratieNummer)}</PaginaTitel>
      <DataList className="keten-gegevens">
        <DataListItem>
          <DataListKey>{T.status}</DataListKey>
          <DataListValue>{DECLARATIE_STATUS[d.status]}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.gemeente}</DataListKey>
          <DataListValue>
            {d.gemeenteCode} ({DOMEIN[d.domein]})
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.periode}</DataListKey>
          <DataListValue>{periode(d.declaratiePeriode)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.ingediend}</DataListKey>
          <DataListValue>{euro(d.totaalIngediend)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.toegekend}</DataListKey>
          <DataListValue>{beoordeeld ? euro(d.totaalToegekend) : '—'}</DataListValue>
        </DataListItem>
      </DataList>
      {!beoordeeld ? (
        <Paragraph role="status">{T.nogNietBeoordeeld}</Paragraph>
      ) : (
        <Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setDownloadFout(null);
              download(`/api/v1/declaraties/${d.id}/antwoord`, `325-${d.declaratieNummer}.xml`).catch(setDownloadFout);
            }}
          >
            {T.download325}
          </Button>
        </Paragraph>
      )}
      <FoutMelding fout={downloadFout} />
      {d.bevindingen.length ? (
        <>
          <Heading2>{T.declaratieBevindingen}</Heading2>
          <ul>
            {d.bevindingen.map((b, i) => (
              <li key={i}>
                {b.toelichting} ({b.regel})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading2>{T.prestaties}</Heading2>
      <PrestatiesTabel prestaties={d.prestaties ?? []} label={T.prestaties} />
    </>
  );
}
