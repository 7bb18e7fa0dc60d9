import { BodyShort, InternalHeader, Link as AkselLink, Page, Spacer, VStack } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth/auth';
import { ROLE } from '../labels';

/** The accessibility statement, linked from every page's footer. */
export const ACCESSIBILITY_STATEMENT_PATH = '/tilgjengelighet';

export function AppLayout({ children }: { children: ReactNode }) {
  const { me, signOut } = useAuth();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page, as a full page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <Page footer={<SiteFooter />}>
      <a className="skip-link" href="#hovedinnhold">
        Hopp til hovedinnhold
      </a>
      <InternalHeader>
        <InternalHeader.Title as={Link} to="/">
          Praksisbanken
        </InternalHeader.Title>
        {me && (
          <nav aria-label="Hovedmeny" className="header-nav">
            <NavLink to="/" end>
              Søk
            </NavLink>
            <NavLink to="/foresla">Foreslå praksis</NavLink>
            <NavLink to="/utkast">Utkast</NavLink>
            {me.office && <NavLink to={`/kontor/${me.office.enhetsnummer}`}>Mitt kontor</NavLink>}
            {me.region?.viewerCan.seeOverview ? (
              <NavLink to={`/region/${me.region.code}`}>Min region</NavLink>
            ) : (
              me.viewerCan.seeEveryRegion && <NavLink to="/region/velg">Regioner</NavLink>
            )}
            <NavLink to="/kunnskapsbehov">Kunnskapsbehov</NavLink>
          </nav>
        )}
        <Spacer />
        {me && (
          <>
            <InternalHeader.User name={me.name} description={`${ROLE[me.role]}${me.office ? `, ${me.office.name}` : me.region ? `, ${me.region.name}` : ''}`} />
            <InternalHeader.Button onClick={signOut}>Logg ut</InternalHeader.Button>
          </>
        )}
      </InternalHeader>
      <Page.Block as="main" id="hovedinnhold" ref={main} tabIndex={-1} width="xl" gutters className="main">
        {children}
      </Page.Block>
    </Page>
  );
}

function SiteFooter() {
  return (
    <VStack as="footer" gap="space-8" align="center" className="site-footer">
      <BodyShort>Praksisbanken – Nav-kontorer lærer av hverandre</BodyShort>
      <AkselLink as={Link} to={ACCESSIBILITY_STATEMENT_PATH}>
        Tilgjengelighetserklæring
      </AkselLink>
    </VStack>
  );
}
