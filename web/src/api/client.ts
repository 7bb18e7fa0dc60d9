import { Client, fetchExchange, mapExchange, type AnyVariables, type CombinedError, type Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { startTransition } from 'react';
import { make, pipe, subscribe } from 'wonka';
import type { TypedDocumentString } from '../graphql/graphql';
import { tokenStore } from '../auth/token-store';
import { cacheConfig, type Viewer } from './cache';
import { ApiError, type ErrorCode } from './errors';

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/** Listeners told when the API says the token no longer works. */
const sessionEnded = new Set<() => void>();
export const onSessionEnded = (listener: () => void) => {
  sessionEnded.add(listener);
  return () => sessionEnded.delete(listener);
};

/** What urql reports, as the error with a code the UI has a Norwegian text for. */
export function apiErrorOf(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  if (first) {
    const raw = typeof first.extensions?.code === 'string' ? first.extensions.code : '';
    const code = (KNOWN_CODES.has(raw) ? raw : raw.startsWith('GRAPHQL_') ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR') as ErrorCode;
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
    return new ApiError(code, field, first.message);
  }
  // No GraphQL answer at all: the request never arrived, or something other than the API answered.
  const status = error.response?.status ?? 0;
  return new ApiError(status === 503 ? 'SERVICE_UNAVAILABLE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
}

const endSessionOnUnauthenticated = mapExchange({
  onError(error) {
    if (apiErrorOf(error).code === 'UNAUTHENTICATED') sessionEnded.forEach((listener) => listener());
  },
});

/**
 * Every answer reaches the pages as a transition. An answer can make a big page (a practice with all
 * its sections, forty search hits with their facets); as a transition React renders it in slices
 * between which the browser paints and answers input, instead of in one long task that blocks the
 * page. What the user does (typing, a checkbox) still renders at once: it is not an answer.
 */
const answersAsTransitions: Exchange =
  ({ forward }) =>
  (operations) =>
    make((observer) => {
      const { unsubscribe } = pipe(
        forward(operations),
        subscribe((result) => startTransition(() => observer.next(result))),
      );
      return unsubscribe;
    });

function clientWith(cache: Exchange | null): Client {
  const exchanges = cache ? [endSessionOnUnauthenticated, cache, fetchExchange] : [endSessionOnUnauthenticated, fetchExchange];
  return new Client({
    url: '/graphql',
    exchanges: [answersAsTransitions, ...exchanges],
    // The API answers GraphQL over POST only (its CSRF protection refuses a plain GET).
    preferGetMethod: false,
    // A page shown again shows what the cache holds at once, and what the API says a moment later.
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = tokenStore.get();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}

/**
 * The client of one signed-in session, with its own normalised cache: nothing one user saw is
 * shown to the next one who signs in on the same browser.
 */
const sessionClient = (viewer: Viewer | null): Client => clientWith(cacheExchange(cacheConfig(viewer)));

let current: { key: string; client: Client } | null = null;

/**
 * The client of the signed-in user's session (null: signed out), made once per user and office: a
 * page's data asked for before the first render (App.tsx, `prefetch`) lands in the cache the page reads.
 */
export function clientFor(user: { id: string; office: { enhetsnummer: string } | null } | null): Client {
  const viewer: Viewer | null = user ? { office: user.office ? { enhetsnummer: user.office.enhetsnummer } : null } : null;
  const key = JSON.stringify([user?.id ?? null, viewer]);
  if (current?.key !== key) current = { key, client: sessionClient(viewer) };
  return current.client;
}

/** Sign-in and the user's own profile go around the cache: they decide which session's cache to use. */
const uncached = clientWith(null);

/** Runs one GraphQL operation outside any page; throws ApiError with a code the UI has a Norwegian text for. */
export async function request<TResult, TVariables extends AnyVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const query = document.toString();
  const run = /^\s*mutation\b/.test(query) ? uncached.mutation.bind(uncached) : uncached.query.bind(uncached);
  const result = await run<TResult, TVariables>(query, variables ?? ({} as TVariables), { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw apiErrorOf(result.error);
  if (!result.data) throw new ApiError('INTERNAL_SERVER_ERROR');
  return result.data;
}
