import { useEffect } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react/dist/css-module';
import { opAuthWijziging } from '../auth/auth';
import { IK_SLEUTEL, uitloggen, useIk } from '../auth/ik';
import { ROL } from '../gedeeld/teksten';
import { FoutMelding, Laden } from '../gedeeld/ui';
import { menuVoor } from './menu';

/** Page header with the role's menu (NL Design System page layout), then the route's page. */
export function Layout() {
  const navigeer = useNavigate();
  const locatie = useLocation();
  const queryClient = useQueryClient();
  // The session ended (sign-out, or a 401 on any request): forget every cached answer; the effect below redirects.
  useEffect(
    () =>
      opAuthWijziging(() => {
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== IK_SLEUTEL[0] });
        queryClient.setQueryData(IK_SLEUTEL, null);
      }),
    [queryClient],
  );
  const ik = useIk();
  const uitgelogd = ik.isSuccess && ik.data === null;

  useEffect(() => {
    if (uitgelogd && locatie.pathname !== '/inloggen') navigeer('/inloggen', { replace: true });
  }, [uitgelogd, locatie.pathname, navigeer]);

  const menu = ik.data ? menuVoor(ik.data.rol) : [];
  return (
    <Page className="keten-pagina">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="keten-kop">
        <div className="keten-kop__balk">
          <a href="/" className="keten-logo" aria-label="Keten, naar de startpagina">
            Keten
          </a>
          {ik.data ? (
            <div className="keten-wie">
              <span>
                {ik.data.organisatie?.naam ?? ik.data.gebruiker.naam} · {ROL[ik.data.rol] ?? ik.data.rol}
              </span>
              <Button
                appearance="subtle-button"
                onClick={() => {
                  void uitloggen().then(() => navigeer('/inloggen'));
                }}
              >
                Uitloggen
              </Button>
            </div>
          ) : null}
        </div>
        {menu.length ? (
          <nav aria-label="Hoofdmenu" className="keten-menu">
            <ul>
              {menu.map((m) => (
                <li key={m.pad}>
                  <NavLink to={m.pad} end>
                    {m.tekst}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </PageHeader>
      <PageContent>
        <main id="inhoud" className="keten-inhoud">
          {ik.isPending ? <Laden wat="Uw gegevens" /> : ik.isError ? <FoutMelding fout={ik.error} /> : <Outlet />}
        </main>
      </PageContent>
      <PageFooter className="keten-voet">
        <Paragraph>
          Keten · inkoop en bekostiging sociaal domein · <a href="/api/docs">API-documentatie</a>
        </Paragraph>
      </PageFooter>
    </Page>
  );
}
