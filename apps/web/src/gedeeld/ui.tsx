// Small building blocks on top of the NL Design System components: loading, empty and error states, pagination.
import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react/dist/css-module';
import { ApiFout } from '../api/client';

export function Laden({ wat }: { wat: string }) {
  return (
    <Paragraph role="status" aria-live="polite">
      {wat} worden geladen…
    </Paragraph>
  );
}

/** An API error in plain Dutch: the API's own sentence, and each field's reason. */
export function FoutMelding({ fout, titel = 'Dat is niet gelukt' }: { fout: unknown; titel?: string }) {
  if (!fout) return null;
  const apiFout = fout instanceof ApiFout ? fout : null;
  const bericht = apiFout
    ? hoofdletter(apiFout.fout.bericht)
    : 'Keten is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.';
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{titel}.</strong> {bericht}
        {apiFout?.fout.correlatieId ? ` (kenmerk ${apiFout.fout.correlatieId})` : ''}
      </Paragraph>
      {apiFout?.fout.fouten?.length ? (
        <ul className="keten-foutlijst">
          {apiFout.fout.fouten.map((f, i) => (
            <li key={i}>
              <code>{f.veld}</code>: {f.reden}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

export function LegeStaat({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <div className="keten-leeg">
      <Paragraph>
        <strong>{titel}</strong>
      </Paragraph>
      <Paragraph>{children}</Paragraph>
    </div>
  );
}

/**
 * Server-side pages: the API takes limiet/offset and returns one page; a full page means there may be a next one.
 */
export function Paginering({
  offset,
  limiet,
  aantal,
  naar,
}: {
  offset: number;
  limiet: number;
  aantal: number;
  naar: (offset: number) => void;
}) {
  const pagina = Math.floor(offset / limiet) + 1;
  return (
    <nav aria-label="Paginering" className="keten-paginering">
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={offset === 0}
          onClick={() => naar(Math.max(0, offset - limiet))}
        >
          Vorige
        </Button>
        <span aria-live="polite">Pagina {pagina}</span>
        <Button appearance="secondary-action-button" disabled={aantal < limiet} onClick={() => naar(offset + limiet)}>
          Volgende
        </Button>
      </ButtonGroup>
    </nav>
  );
}

/** A page's title; it also becomes the document title and receives focus after navigation (for screen readers). */
export function PaginaTitel({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Keten`;
    ref.current?.focus();
  }, [children]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="keten-titel">
      {children}
    </Heading1>
  );
}

/** A wide table scrolls on its own at 320 px instead of widening the page. */
export function TabelRand({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="keten-tabelrand" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function hoofdletter(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
