// Aksel's stylesheet in its own order, without its @font-face rules (they load the font from
// cdn.nav.no): the same font, Source Sans 3, comes from our own origin, so the CSP names no other host.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@fontsource-variable/source-sans-3/wght.css';
import '@fontsource-variable/source-sans-3/wght-italic.css';
import '@navikt/ds-css/dist/components.css';
import './styles.css';
import { Provider } from '@navikt/ds-react';
import { nb } from '@navikt/ds-react/locales';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { GraphQLProvider } from './api/GraphQLProvider';
import { AuthProvider } from './auth/auth';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider locale={nb}>
      <BrowserRouter>
        <AuthProvider>
          <GraphQLProvider>
            <App />
          </GraphQLProvider>
        </AuthProvider>
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
