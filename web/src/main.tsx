import '@navikt/ds-css';
import './styles.css';
import { Provider } from '@navikt/ds-react';
import { nb } from '@navikt/ds-react/locales';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { AuthProvider } from './auth/auth';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider locale={nb}>
      <BrowserRouter>
        <AuthProvider>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
