// `npm run oidc-provider`: the tests' OpenID provider on a fixed port, for starting the app locally
// as production runs it (NODE_ENV=production, tokens from an identity provider). Prints the
// environment to start the app with. For this machine only: its login asks for no password.
import { startOidcProvider } from './oidc-provider.js';

const port = Number(process.env.OIDC_PROVIDER_PORT || 4010);
const appPort = Number(process.env.PORT || 4000);
const appOrigins = [`http://localhost:${appPort}`, `http://127.0.0.1:${appPort}`];

const provider = await startOidcProvider({ port, appOrigins });
const { issuer, audience, jwksUrl, clientId, scope } = provider.appConfig;
const env = [
  'NODE_ENV=production',
  `PORT=${appPort}`,
  `OIDC_ISSUER=${issuer}`,
  `OIDC_AUDIENCE=${audience}`,
  `OIDC_JWKS_URL=${jwksUrl}`,
  `OIDC_CLIENT_ID=${clientId}`,
  `OIDC_SCOPE='${scope}'`,
  // Fixed, so that researchers' pseudonyms stay the same between local starts; never a real secret.
  'RESEARCH_PSEUDONYM_SECRET=local-production-like-start-0123456789',
];
console.log(`OpenID provider for local testing at ${issuer} (users: the seeded ones, no password).
Start the app against it in another terminal:

  ${env.join(' \\\n  ')} \\
  npm start

Then open ${appOrigins[0]}/logg-inn. Ctrl-C stops the provider.`);

const stop = () => provider.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
