import { LeaveIcon, MenuHamburgerIcon } from '@navikt/aksel-icons';
import { ActionMenu, BodyShort, Detail, InternalHeader, Spacer } from '@navikt/ds-react';
import { Link, NavLink } from 'react-router';
import { useAuth, type Me } from '../auth/auth';
import { ROLE } from '../labels';

interface MainLink {
  to: string;
  label: string;
  /** Marked as the current page only on this very path, not below it. */
  end?: boolean;
}

/** The pages of the main menu; which ones depends on what the user may see. */
function mainLinks(me: Me): MainLink[] {
  const links: MainLink[] = [
    { to: '/', label: 'Søk', end: true },
    { to: '/foresla', label: 'Foreslå praksis' },
    { to: '/utkast', label: 'Utkast' },
  ];
  if (me.office) links.push({ to: `/kontor/${me.office.enhetsnummer}`, label: 'Mitt kontor' });
  if (me.region?.viewerCan.seeOverview) links.push({ to: `/region/${me.region.code}`, label: 'Mitt fylke' });
  else if (me.viewerCan.seeEveryRegion) links.push({ to: '/region/velg', label: 'Fylker' });
  links.push({ to: '/hvem-lykkes', label: 'Hvem lykkes?' });
  links.push({ to: '/kunnskapskart', label: 'Kunnskapskart' });
  links.push({ to: '/kunnskapsbehov', label: 'Kunnskapsbehov' });
  return links;
}

const describe = (me: Me) => `${ROLE[me.role]}${me.office ? `, ${me.office.name}` : me.region ? `, ${me.region.name}` : ''}`;

/**
 * Aksel's InternalHeader. From 80em wide the main menu, the user and "Logg ut" sit in one row; on
 * narrower screens and at high zoom they would run off the dark header, so they move into a "Meny"
 * button with an ActionMenu (Aksel's menu for InternalHeader). Both are in the page; CSS shows one.
 */
export function SiteHeader() {
  const { me, signOut } = useAuth();
  const links = me ? mainLinks(me) : [];
  return (
    <InternalHeader className="site-header">
      <InternalHeader.Title as={Link} to="/">
        Praksisbanken
      </InternalHeader.Title>
      {me && (
        <nav aria-label="Hovedmeny" className="header-nav header-wide">
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          ))}
        </nav>
      )}
      <Spacer />
      {me && (
        <>
          <InternalHeader.User name={me.name} description={describe(me)} className="header-wide" />
          <InternalHeader.Button onClick={signOut} className="header-wide">
            Logg ut
          </InternalHeader.Button>
          <ActionMenu>
            <ActionMenu.Trigger>
              <InternalHeader.Button className="header-narrow">
                <MenuHamburgerIcon aria-hidden fontSize="1.5rem" />
                Meny
              </InternalHeader.Button>
            </ActionMenu.Trigger>
            <ActionMenu.Content align="end" className="header-menu">
              <ActionMenu.Label>
                <BodyShort as="span" size="small" weight="semibold">
                  {me.name}
                </BodyShort>
                <Detail as="span">{describe(me)}</Detail>
              </ActionMenu.Label>
              <ActionMenu.Divider />
              <ActionMenu.Group aria-label="Hovedmeny">
                {links.map((link) => (
                  <ActionMenu.Item key={link.to} as={NavLink} to={link.to} end={link.end}>
                    {link.label}
                  </ActionMenu.Item>
                ))}
              </ActionMenu.Group>
              <ActionMenu.Divider />
              <ActionMenu.Item onSelect={signOut} icon={<LeaveIcon aria-hidden />}>
                Logg ut
              </ActionMenu.Item>
            </ActionMenu.Content>
          </ActionMenu>
        </>
      )}
    </InternalHeader>
  );
}
