import { Alert, BodyShort, Box, Button, Heading, HStack, Loader, ReadMore, VStack } from '@navikt/ds-react';
import { startTransition, useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { request } from '../api/client';
import { messageFor } from '../api/errors';
import { graphql } from '../graphql';
import type { DevUsersQuery } from '../graphql/graphql';
import { ROLE } from '../labels';
import { usePageTitle } from '../layout/usePageTitle';
import { useAuth } from './auth';
import type { OidcSettings } from './oidc';
import { useLoginConfig } from './useLoginConfig';

const DevUsersDocument = graphql(`
  query DevUsers {
    devUsers { username name role office region }
  }
`);

const DevLoginDocument = graphql(`
  mutation DevLogin($username: String!) {
    devLogin(username: $username) { token }
  }
`);

type DevUser = DevUsersQuery['devUsers'][number];

export default function LoginPage() {
  usePageTitle('Logg inn');
  const { me, expired } = useAuth();
  const [params] = useSearchParams();
  const returnTo = params.get('til') ?? '/';
  const config = useLoginConfig();

  if (me) return <Navigate to={returnTo} replace />;
  return (
    <VStack gap="space-24" className="narrow">
      <Heading level="1" size="xlarge">
        Logg inn i Praksisbanken
      </Heading>
      {expired && (
        <Alert variant="warning" role="status">
          Økten din er utløpt. Logg inn på nytt for å fortsette.
        </Alert>
      )}
      {config.state === 'loading' && <Loader title="Henter innlogging" />}
      {config.state === 'error' && <Alert variant="error">{config.message}</Alert>}
      {config.state === 'ready' && config.value.mode === 'development' && <DevLogin />}
      {config.state === 'ready' && config.value.mode === 'oidc' && <OidcLogin settings={config.value} returnTo={returnTo} />}
    </VStack>
  );
}

/** The OIDC client loads only when someone signs in with it: the login page itself does not need it. */
const signInWithProvider = async (settings: OidcSettings, returnTo: string) => (await import('./oidc')).startOidcLogin(settings, returnTo);

function OidcLogin({ settings, returnTo }: { settings: OidcSettings; returnTo: string }) {
  const [error, setError] = useState<string>();
  return (
    <VStack gap="space-16">
      <BodyShort>Du logger inn med Nav-brukeren din.</BodyShort>
      {error && <Alert variant="error">{error}</Alert>}
      <div>
        <Button onClick={() => signInWithProvider(settings, returnTo).catch(() => setError('Innloggingstjenesten svarer ikke. Prøv igjen om litt.'))}>
          Logg inn
        </Button>
      </div>
    </VStack>
  );
}

function DevLogin() {
  const { signIn } = useAuth();
  const [users, setUsers] = useState<DevUser[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [showDemo, setShowDemo] = useState(false);

  useEffect(() => {
    request(DevUsersDocument)
      .then((data) => startTransition(() => setUsers(data.devUsers)))
      .catch((e) => setError(messageFor(e)));
  }, []);

  async function login(username: string) {
    setBusy(username);
    setError(undefined);
    try {
      const { devLogin } = await request(DevLoginDocument, { username });
      await signIn(devLogin.token);
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(undefined);
    }
  }

  if (!users && !error) return <Loader title="Henter brukere" />;
  const named = users?.filter((user) => !/^veileder\.\d+$/.test(user.username)) ?? [];
  const demo = users?.filter((user) => /^veileder\.\d+$/.test(user.username)) ?? [];
  const list = (people: DevUser[]) => (
    <ul className="plain-list">
      {people.map((user) => (
        <li key={user.username}>
          <Box padding="space-16" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
            <HStack justify="space-between" align="center" gap="space-16" wrap={false}>
              <div>
                <BodyShort weight="semibold">{user.name}</BodyShort>
                <BodyShort size="small">
                  {user.username} · {ROLE[user.role]}
                  {user.office ? ` · ${user.office}` : user.region ? ` · ${user.region}` : ''}
                </BodyShort>
              </div>
              <Button
                size="small"
                variant="secondary"
                loading={busy === user.username}
                onClick={() => login(user.username)}
                aria-label={`Logg inn som ${user.name} (${user.username})`}
              >
                Logg inn
              </Button>
            </HStack>
          </Box>
        </li>
      ))}
    </ul>
  );
  return (
    <VStack gap="space-16">
      <Alert variant="info" size="small">
        Dette er utviklingsinnlogging: velg en av testbrukerne. I produksjon logger du inn med Nav-brukeren din.
      </Alert>
      {error && <Alert variant="error">{error}</Alert>}
      {list(named)}
      {demo.length > 0 && (
        // Closed, the list is left out rather than hidden: a hundred more rows would slow the first paint.
        <ReadMore header={`Flere testbrukere (${demo.length} veiledere)`} open={showDemo} onOpenChange={setShowDemo}>
          {showDemo && list(demo)}
        </ReadMore>
      )}
    </VStack>
  );
}
