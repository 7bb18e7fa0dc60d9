import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useAuth } from '../auth/auth';
import { sessionClient } from './client';

/** Each signed-in user gets a client with an empty cache of their own; signing out drops it. */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const id = me?.id ?? null;
  const enhetsnummer = me?.office?.enhetsnummer ?? null;
  const client = useMemo(() => sessionClient(id ? { office: enhetsnummer ? { enhetsnummer } : null } : null), [id, enhetsnummer]);
  return <Provider value={client}>{children}</Provider>;
}
