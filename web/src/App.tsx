import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import LoginPage from './auth/LoginPage';
import { ACCESSIBILITY_STATEMENT_PATH, AppLayout } from './layout/AppLayout';
import { Loading } from './layout/PageState';
import { RequireLogin } from './layout/RequireLogin';
import { NotFoundPage } from './layout/NotFoundPage';
import SearchPage from './search/SearchPage';

// Every page but search loads on demand, so the first load carries only what search needs.
const PracticePage = lazy(() => import('./practice/PracticePage'));
const OfficePage = lazy(() => import('./office/OfficePage'));
const ProposePage = lazy(() => import('./propose/ProposePage'));
const EditPracticePage = lazy(() => import('./propose/EditPracticePage'));
const DraftsPage = lazy(() => import('./drafts/DraftsPage'));
const LoginCallbackPage = lazy(() => import('./auth/LoginCallbackPage'));
const RegionPage = lazy(() => import('./region/RegionPage'));
const CollectionPage = lazy(() => import('./collections/CollectionPage'));
const NeedsPage = lazy(() => import('./needs/NeedsPage'));
const GapMapPage = lazy(() => import('./evidence/GapMapPage'));
const WhoSucceedsPage = lazy(() => import('./indicators/WhoSucceedsPage'));
const IndicatorImportPage = lazy(() => import('./indicators/ImportPage'));
const AccessibilityStatementPage = lazy(() => import('./accessibility/AccessibilityStatementPage'));

const guarded = (page: React.ReactNode) => <RequireLogin>{page}</RequireLogin>;

export function App() {
  return (
    <AppLayout>
      <Suspense fallback={<Loading title="Laster siden" />}>
        <Routes>
          <Route path="/" element={guarded(<SearchPage />)} />
          <Route path="/praksis/:slug" element={guarded(<PracticePage />)} />
          <Route path="/praksis/:slug/rediger" element={guarded(<EditPracticePage />)} />
          <Route path="/kontor/:enhetsnummer" element={guarded(<OfficePage />)} />
          <Route path="/foresla" element={guarded(<ProposePage />)} />
          <Route path="/utkast" element={guarded(<DraftsPage />)} />
          <Route path="/region/:code" element={guarded(<RegionPage />)} />
          <Route path="/samling/:id" element={guarded(<CollectionPage />)} />
          <Route path="/kunnskapsbehov" element={guarded(<NeedsPage />)} />
          <Route path="/kunnskapskart" element={guarded(<GapMapPage />)} />
          <Route path="/hvem-lykkes" element={guarded(<WhoSucceedsPage />)} />
          <Route path="/hvem-lykkes/last-inn" element={guarded(<IndicatorImportPage />)} />
          <Route path="/logg-inn" element={<LoginPage />} />
          <Route path="/innlogging" element={<LoginCallbackPage />} />
          <Route path={ACCESSIBILITY_STATEMENT_PATH} element={<AccessibilityStatementPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}
