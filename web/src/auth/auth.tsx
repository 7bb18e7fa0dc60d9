import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onSessionEnded, request } from '../api/client';
import { graphql } from '../graphql';
import type { MeQuery } from '../graphql/graphql';
import { tokenStore } from './token-store';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      username
      role
      office { enhetsnummer name }
      region { code name viewerCan { seeOverview } }
      viewerCan { actFor propose postKnowledgeNeeds seeEveryRegion readRatings }
    }
  }
`);

export type Me = MeQuery['me'];

interface AuthState {
  me: Me | null;
  /** True until we know whether the stored token still works. */
  loading: boolean;
  /** Set when the session ended by itself (expired token), for the login page to explain. */
  expired: boolean;
  /** `providerSignOutUrl`: after signing in with an identity provider, where signing out ends its session too. */
  signIn(token: string, providerSignOutUrl?: string): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * The user as the API last described them is kept with the token, so that a signed-in page starts
 * at once instead of after a round trip to ask. It is kept with the query that asked, so a profile
 * saved by an older version of the client (with other fields) is not used.
 */
interface SavedProfile {
  query: string;
  me: Me;
}

const saveProfile = (me: Me) => tokenStore.setProfile({ query: MeDocument.toString(), me } satisfies SavedProfile);

function savedProfile(): Me | null {
  const saved = tokenStore.profile() as Partial<SavedProfile> | null;
  return saved?.query === MeDocument.toString() && saved.me ? saved.me : null;
}

const hasToken = tokenStore.get() !== null;
const saved = hasToken ? savedProfile() : null;

/** The user as kept beside the token when the client started, for asking for a page's data before the first render. */
export const userAtStart = (): Me | null => saved;

/** Who the stored token belongs to, asked again as the client starts: the token may have expired, the user's office or role changed. */
const storedSession: Promise<Me> | null = hasToken ? request(MeDocument).then((data) => data.me) : null;

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(saved);
  const [loading, setLoading] = useState(storedSession !== null && saved === null);
  const [expired, setExpired] = useState(false);

  const signOut = useCallback(() => {
    const providerSignOut = tokenStore.providerSignOutUrl();
    tokenStore.clear();
    setMe(null);
    if (providerSignOut) window.location.assign(providerSignOut);
  }, []);

  const signIn = useCallback(async (token: string, providerSignOutUrl?: string) => {
    tokenStore.set(token, providerSignOutUrl);
    const data = await request(MeDocument);
    saveProfile(data.me);
    setExpired(false);
    setMe(data.me);
  }, []);

  useEffect(() => {
    if (!storedSession) return;
    storedSession
      .then((current) => {
        if (saved && JSON.stringify(current) === JSON.stringify(saved)) return;
        saveProfile(current);
        // The first signed-in page is a big render: as a transition, React renders it in slices.
        startTransition(() => setMe(current));
      })
      .catch(() => {
        tokenStore.clear();
        setMe(null);
      })
      .finally(() => startTransition(() => setLoading(false)));
  }, []);

  useEffect(() => {
    const stop = onSessionEnded(() => {
      tokenStore.clear();
      setMe(null);
      setExpired(true);
    });
    return () => void stop();
  }, []);

  const value = useMemo(() => ({ me, loading, expired, signIn, signOut }), [me, loading, expired, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user; only for pages behind RequireLogin. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
