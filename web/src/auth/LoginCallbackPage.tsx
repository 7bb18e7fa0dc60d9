import { Alert, Heading, Link, Loader, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useAuth } from './auth';
import { completeOidcLogin } from './oidc';
import { useLoginConfig } from './useLoginConfig';

/** Where the identity provider sends the browser back after login. */
export default function LoginCallbackPage() {
  const config = useLoginConfig();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (config.state !== 'ready' || config.value.mode !== 'oidc') return;
    completeOidcLogin(config.value)
      .then(async ({ token, returnTo, signOutUrl }) => {
        await signIn(token, signOutUrl);
        navigate(returnTo, { replace: true });
      })
      .catch(() => setError('Innloggingen ble ikke fullført.'));
  }, [config, signIn, navigate]);

  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Logger inn …
      </Heading>
      {error ? (
        <Alert variant="error">
          {error}{' '}
          <Link as={RouterLink} to="/logg-inn">
            Prøv igjen
          </Link>
        </Alert>
      ) : (
        <Loader title="Logger inn" />
      )}
    </VStack>
  );
}
