// The GraphQL explorer for researchers at /graphiql: GraphiQL from npm, bundled here (no CDN),
// sending the signed-in user's token.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { tokenStore } from '../auth/token-store';

const EXAMPLE = `# Praksisbanken: try a query. Your token from the web client is sent with it.
query Adoptions {
  adoptionTimeline(theme: WORK_INCLUSION, interval: YEAR) {
    period
    piloting
    inUse
  }
}
`;

const token = tokenStore.get();
// The token goes with every request; headers typed in the editor are added on top.
const fetcher = createGraphiQLFetcher({ url: '/graphql', headers: token ? { Authorization: `Bearer ${token}` } : undefined });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={EXAMPLE}
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
