import { BodyShort, Link as AkselLink, Page, VStack } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { SavedMessage } from './SavedMessage';
import { SiteHeader } from './SiteHeader';

/** The accessibility statement, linked from every page's footer. */
export const ACCESSIBILITY_STATEMENT_PATH = '/tilgjengelighet';

export function AppLayout({ children }: { children: ReactNode }) {
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
    <Page footer={<SiteFooter />} footerPosition="belowFold">
      <a className="skip-link" href="#hovedinnhold">
        Hopp til hovedinnhold
      </a>
      <SiteHeader />
      <Page.Block as="main" id="hovedinnhold" ref={main} tabIndex={-1} width="xl" gutters className="main">
        <SavedMessage />
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
