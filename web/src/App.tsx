import { lazy, Suspense, useState, type ComponentType } from 'react';
import { matchPath, Route, Routes, type Params } from 'react-router';
import { userAtStart, type Me } from './auth/auth';
import LoginPage from './auth/LoginPage';
import { loadPracticeDescription } from './practice/load-practice-description';
import { prefetchPracticePage } from './practice/practice-page-query';
import { ACCESSIBILITY_STATEMENT_PATH, AppLayout } from './layout/AppLayout';
import { Loading } from './layout/PageState';
import { RequireLogin } from './layout/RequireLogin';
import { NotFoundPage } from './layout/NotFoundPage';
import SearchPage from './search/SearchPage';

// Every page but search loads on demand, so the first load carries only what search needs.
const pages = {
  practice: page('/praksis/:slug', () => import('./practice/PracticePage'), {
    alsoLoad: [loadPracticeDescription],
    prefetch: ({ slug }, me) => {
      if (slug) prefetchPracticePage(slug, me);
    },
  }),
  editPractice: page('/praksis/:slug/rediger', () => import('./propose/EditPracticePage')),
  office: page('/kontor/:enhetsnummer', () => import('./office/OfficePage')),
  propose: page('/foresla', () => import('./propose/ProposePage')),
  drafts: page('/utkast', () => import('./drafts/DraftsPage')),
  loginCallback: page('/innlogging', () => import('./auth/LoginCallbackPage')),
  region: page('/region/:code', () => import('./region/RegionPage')),
  collection: page('/samling/:id', () => import('./collections/CollectionPage')),
  needs: page('/kunnskapsbehov', () => import('./needs/NeedsPage')),
  gapMap: page('/kunnskapskart', () => import('./evidence/GapMapPage')),
  whoSucceeds: page('/hvem-lykkes', () => import('./indicators/WhoSucceedsPage')),
  indicatorImport: page('/hvem-lykkes/last-inn', () => import('./indicators/ImportPage')),
  accessibility: page(ACCESSIBILITY_STATEMENT_PATH, () => import('./accessibility/AccessibilityStatementPage')),
};

interface PageExtras {
  /** Chunks of its own that it needs at once, loaded beside it. */
  alsoLoad?: (() => Promise<unknown>)[];
  /** Asks for the page's data beside its code, when the user is known before the first render. */
  prefetch?: (params: Params, me: Me) => void;
}

/**
 * A page loaded on demand. Once its code is in, it renders at once: React.lazy suspends on its first
 * render even then, and the "Laster siden" it shows is held a moment longer so it does not flicker.
 */
function page(path: string, load: () => Promise<{ default: ComponentType }>, { alsoLoad = [], prefetch }: PageExtras = {}) {
  let loaded: ComponentType | null = null;
  const loadCode = () => load().then((module) => ((loaded = module.default), module));
  const Lazy = lazy(loadCode);
  function Component() {
    // Chosen once per mount: switching from the lazy one to the loaded one would remount the page.
    const [Page] = useState(() => loaded ?? Lazy);
    return <Page />;
  }
  const start = async (params: Params, me: Me | null) => {
    if (me && prefetch) prefetch(params, me);
    for (const more of alsoLoad) more().catch(() => {});
    await loadCode();
  };
  return { path, start, Component };
}

const guarded = (page: React.ReactNode) => <RequireLogin>{page}</RequireLogin>;

/**
 * Starts the page at `pathname`: its code (nothing for search and the login page, which come with the
 * app) and, for a user known from the last visit, its data. Resolves when the code is in, or failed:
 * the page then shows its own error when it renders.
 */
export async function loadPage(pathname: string): Promise<void> {
  for (const { path, start } of Object.values(pages)) {
    const match = matchPath(path, pathname);
    if (match) return start(match.params, userAtStart()).catch(() => {});
  }
}

export function App() {
  return (
    <AppLayout>
      <Suspense fallback={<Loading title="Laster siden" />}>
        <Routes>
          <Route path="/" element={guarded(<SearchPage />)} />
          <Route path={pages.practice.path} element={guarded(<pages.practice.Component />)} />
          <Route path={pages.editPractice.path} element={guarded(<pages.editPractice.Component />)} />
          <Route path={pages.office.path} element={guarded(<pages.office.Component />)} />
          <Route path={pages.propose.path} element={guarded(<pages.propose.Component />)} />
          <Route path={pages.drafts.path} element={guarded(<pages.drafts.Component />)} />
          <Route path={pages.region.path} element={guarded(<pages.region.Component />)} />
          <Route path={pages.collection.path} element={guarded(<pages.collection.Component />)} />
          <Route path={pages.needs.path} element={guarded(<pages.needs.Component />)} />
          <Route path={pages.gapMap.path} element={guarded(<pages.gapMap.Component />)} />
          <Route path={pages.whoSucceeds.path} element={guarded(<pages.whoSucceeds.Component />)} />
          <Route path={pages.indicatorImport.path} element={guarded(<pages.indicatorImport.Component />)} />
          <Route path="/logg-inn" element={<LoginPage />} />
          <Route path={pages.loginCallback.path} element={<pages.loginCallback.Component />} />
          <Route path={pages.accessibility.path} element={<pages.accessibility.Component />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}
