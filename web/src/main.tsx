// Aksel's stylesheet in its own order, without its @font-face rules (they load the font from
// cdn.nav.no): the same font, Source Sans 3, comes from our own origin, so the CSP names no other host.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@fontsource-variable/source-sans-3/wght.css';
import '@fontsource-variable/source-sans-3/wght-italic.css';
// Only the stylesheets of the Aksel components the app uses (test/unit/aksel-css.test.ts keeps the
// list complete): all of components.css is render-blocking and more than half of it unused.
import '@navikt/ds-css/dist/component/theme.css';
import '@navikt/ds-css/dist/component/typography.css';
import '@navikt/ds-css/dist/component/primitives.css';
import '@navikt/ds-css/dist/component/loader.css';
import '@navikt/ds-css/dist/component/button.css';
import '@navikt/ds-css/dist/component/link.css';
import '@navikt/ds-css/dist/component/alert.css';
import '@navikt/ds-css/dist/component/tag.css';
import '@navikt/ds-css/dist/component/list.css';
import '@navikt/ds-css/dist/component/form.css';
import '@navikt/ds-css/dist/component/popover.css';
import '@navikt/ds-css/dist/component/date.css';
import '@navikt/ds-css/dist/component/readmore.css';
import '@navikt/ds-css/dist/component/pagination.css';
import '@navikt/ds-css/dist/component/table.css';
import '@navikt/ds-css/dist/component/progressbar.css';
import '@navikt/ds-css/dist/component/modal.css';
import '@navikt/ds-css/dist/component/linkcard.css';
import '@navikt/ds-css/dist/component/internalheader.css';
import '@navikt/ds-css/dist/component/actionmenu.css';
import './styles.css';
import { Provider } from '@navikt/ds-react';
import { nb } from '@navikt/ds-react/locales';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, loadPage } from './App';
import { GraphQLProvider } from './api/GraphQLProvider';
import { AuthProvider } from './auth/auth';

// The page the browser opened is loaded before the first render; index.html's header shows meanwhile.
// Rendered before its code is in, the page would first show "Laster siden", and React holds back
// what replaces a loading state a moment longer, so that it does not flicker. The first render is a
// transition, so React renders it in slices the browser can answer input between, not in one long task.
void loadPage(window.location.pathname).then(() =>
  startTransition(() =>
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
    ),
  ),
);
