import { useEffect, useState } from 'react';
import type { OidcSettings } from './oidc';

export type LoginConfig = { mode: 'development' } | ({ mode: 'oidc' } & OidcSettings);

type State = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: LoginConfig };

/** How this installation signs people in, from the API's /auth/config. */
export function useLoginConfig(): State {
  const [state, setState] = useState<State>({ state: 'loading' });
  useEffect(() => {
    fetch('/auth/config')
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((value: LoginConfig) => setState({ state: 'ready', value }))
      .catch(() => setState({ state: 'error', message: 'Vi får ikke kontakt med Praksisbanken. Prøv igjen om litt.' }));
  }, []);
  return state;
}
