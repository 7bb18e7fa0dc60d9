import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => tokenStore.get() !== null);
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
    setExpired(false);
    setMe(data.me);
  }, []);

  useEffect(() => {
    if (!tokenStore.get()) return;
    request(MeDocument)
      .then((data) => setMe(data.me))
      .catch(() => tokenStore.clear())
      .finally(() => setLoading(false));
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
