import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { useAuth } from '../auth/auth';
import { clientFor } from './client';

/** Each signed-in user gets a client with an empty cache of their own; signing out drops it. */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  return <Provider value={clientFor(me)}>{children}</Provider>;
}
