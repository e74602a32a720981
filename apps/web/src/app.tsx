import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { InloggenPage } from './auth/inloggen.page';
import { useIk } from './auth/ik';
import { Layout } from './layout/layout';
import { startpaginaVoor } from './layout/menu';
import { ToewijzingenPage } from './aanbieder/toewijzingen/toewijzingen.page';
import { DeclaratiesPage } from './aanbieder/declaraties/declaraties.page';
import { DeclaratiePage } from './aanbieder/declaraties/declaratie.page';
import { IndienenPage } from './aanbieder/declaraties/indienen.page';
import { AanbestedingenPage } from './inkoop/aanbestedingen/aanbestedingen.page';
import { AanbestedingPage } from './inkoop/aanbestedingen/aanbesteding.page';
import { RaamovereenkomstenPage } from './inkoop/raamovereenkomsten/raamovereenkomsten.page';
import { RaamovereenkomstPage } from './inkoop/raamovereenkomsten/raamovereenkomst.page';
import { Laden, LegeStaat, PaginaTitel } from './gedeeld/ui';
import { BerichtenPage } from './aanbieder/berichten/berichten.page';
import { SignalenPage } from './sturing/signalen/signalen.page';
import { BetaalbatchesPage } from './sturing/betaalbatches/betaalbatches.page';
import { BetaalbatchPage } from './sturing/betaalbatches/betaalbatch.page';
import { GebruikersPage } from './beheer/gebruikers/gebruikers.page';
import { TokensPage } from './beheer/tokens/tokens.page';

// ECharts is large: only the dashboard loads it.
const DashboardPage = lazy(() =>
  import('./sturing/dashboard/dashboard.page').then((m) => ({ default: m.DashboardPage })),
);

function Start() {
  const ik = useIk();
  if (ik.isSuccess && ik.data === null) return <Navigate to="/inloggen" replace />;
  return ik.data ? <Navigate to={startpaginaVoor(ik.data.rol)} replace /> : null;
}

function NietGevonden() {
  return (
    <>
      <PaginaTitel>Pagina niet gevonden</PaginaTitel>
      <LegeStaat titel="Deze pagina bestaat niet">Kies een onderdeel in het menu hierboven.</LegeStaat>
    </>
  );
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Start />} />
        <Route path="inloggen" element={<InloggenPage />} />
        <Route path="aanbieder/toewijzingen" element={<ToewijzingenPage />} />
        <Route path="aanbieder/declaraties" element={<DeclaratiesPage />} />
        <Route path="aanbieder/declaraties/indienen" element={<IndienenPage />} />
        <Route path="aanbieder/declaraties/:id" element={<DeclaratiePage />} />
        <Route path="inkoop/aanbestedingen" element={<AanbestedingenPage />} />
        <Route path="inkoop/aanbestedingen/:id" element={<AanbestedingPage />} />
        <Route path="inkoop/raamovereenkomsten" element={<RaamovereenkomstenPage />} />
        <Route path="inkoop/raamovereenkomsten/:id" element={<RaamovereenkomstPage />} />
        <Route
          path="sturing/dashboard"
          element={
            <Suspense fallback={<Laden wat="Het dashboard" />}>
              <DashboardPage />
            </Suspense>
          }
        />
        <Route path="aanbieder/berichten" element={<BerichtenPage />} />
        <Route path="sturing/signalen" element={<SignalenPage />} />
        <Route path="sturing/betaalbatches" element={<BetaalbatchesPage />} />
        <Route path="sturing/betaalbatches/:id" element={<BetaalbatchPage />} />
        <Route path="beheer/gebruikers" element={<GebruikersPage />} />
        <Route path="beheer/tokens" element={<TokensPage />} />
        <Route path="*" element={<NietGevonden />} />
      </Route>
    </Routes>
  );
}
