import { useState } from 'react';
import { Button } from '@utrecht/component-library-react/dist/css-module';
import { download } from '../api/client';
import { FoutMelding } from '../gedeeld/ui';

/** The same view as an Excel workbook, from the API (`?formaat=xlsx`), so the numbers match the screen. */
export function ExcelKnop({
  pad,
  query,
  bestandsnaam,
  tekst = 'Download als Excel',
}: {
  pad: string;
  query: Record<string, string | number>;
  bestandsnaam: string;
  tekst?: string;
}) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<unknown>(null);
  const zoek = new URLSearchParams(Object.entries({ ...query, formaat: 'xlsx' }).map(([k, v]) => [k, String(v)]));
  return (
    <div className="keten-download">
      <Button
        appearance="secondary-action-button"
        busy={bezig}
        disabled={bezig}
        onClick={() => {
          setBezig(true);
          setFout(null);
          download(`${pad}?${zoek.toString()}`, bestandsnaam)
            .catch(setFout)
            .finally(() => setBezig(false));
        }}
      >
        {tekst}
      </Button>
      <FoutMelding fout={fout} titel="Downloaden is niet gelukt" />
    </div>
  );
}
