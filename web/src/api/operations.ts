// The pages' way to urql: the typed documents of web/src/graphql in, answers and ApiErrors out.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient, useMutation as useUrqlMutation, useQuery as useUrqlQuery, type AnyVariables, type Client, type OperationResult, type RequestPolicy } from 'urql';
import type { TypedDocumentString } from '../graphql/graphql';
import { apiErrorOf } from './client';
import { ApiError } from './errors';

export interface QueryResult<TResult> {
  data: TResult | undefined;
  error: ApiError | undefined;
  /** True while the API is asked, also when the cache already answered. */
  fetching: boolean;
  /** Asks the API again, after a failure. */
  reload: () => void;
}

/** Queries asked for before their page rendered, by document and variables, with when (see `prefetch`). */
const prefetched = new Map<string, number>();
/** A prefetched answer not read this soon (the user went elsewhere) is asked for again as usual. */
const PREFETCH_FRESH_MS = 10_000;
const keyOf = (document: { toString(): string }, variables: AnyVariables) => `${document.toString()}\n${JSON.stringify(variables)}`;

/**
 * Asks for a page's data before the page renders (App.tsx, on a fresh start). The page's first read
 * of the same query then takes the answer, or the request on its way, as it is: it does not ask the
 * API a second time for what it was asked a moment ago.
 */
export function prefetch<TResult, TVariables extends AnyVariables>(client: Client, document: TypedDocumentString<TResult, TVariables>, variables: TVariables): void {
  prefetched.set(keyOf(document, variables), Date.now());
  client.query(document.toString(), variables).toPromise().catch(() => {});
}

/**
 * A query that stays current: it shows what the normalised cache holds, asks the API, and shows
 * any change to what it shows, wherever that change was made. A late answer for variables no longer
 * wanted never replaces the answer for the current ones.
 */
export function useQuery<TResult, TVariables extends AnyVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { pause?: boolean } = {},
): QueryResult<TResult> {
  // Chosen once, at mount: a page opened with its data just prefetched reads it from the cache.
  const [requestPolicy] = useState<RequestPolicy | undefined>(() => {
    const key = keyOf(document, variables);
    const askedAt = prefetched.get(key);
    prefetched.delete(key);
    return askedAt !== undefined && Date.now() - askedAt < PREFETCH_FRESH_MS ? 'cache-first' : undefined;
  });
  const [result, execute] = useUrqlQuery<TResult, TVariables>({ query: document.toString(), variables, pause: options.pause, requestPolicy });
  const error = useMemo(() => (result.error ? apiErrorOf(result.error) : undefined), [result.error]);
  const reload = useCallback(() => execute({ requestPolicy: 'network-only' }), [execute]);
  return { data: result.data, error, fetching: result.fetching || result.stale, reload };
}

export interface Mutation<TResult, TVariables> {
  /** Resolves with the API's answer, or rejects with an ApiError. */
  run: (variables: TVariables) => Promise<TResult>;
  /** True from `run` until the answer is in: the form's busy state. */
  fetching: boolean;
  /** The last run's error, until the next run. */
  error: ApiError | undefined;
}

/** A mutation; the cache applies its answer (and web/src/api/cache.ts what follows from it) everywhere. */
export function useMutation<TResult, TVariables extends AnyVariables>(document: TypedDocumentString<TResult, TVariables>): Mutation<TResult, TVariables> {
  const [state, execute] = useUrqlMutation<TResult, TVariables>(document.toString());
  const run = useCallback(
    async (variables: TVariables) => {
      const result = await execute(variables);
      if (result.error) throw apiErrorOf(result.error);
      if (!result.data) throw new ApiError('INTERNAL_SERVER_ERROR');
      return result.data;
    },
    [execute],
  );
  const error = useMemo(() => (state.error ? apiErrorOf(state.error) : undefined), [state.error]);
  return { run, fetching: state.fetching, error };
}

interface Page {
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/**
 * "Vis flere" on a list whose first page a page query loaded. Each further page is its own query on
 * the cache, so a change to an item on page three shows as surely as one on page one; and each page
 * follows the current end of the one before it, so when a change reorders the list (a new rating
 * goes first) the pages still join up without a gap.
 */
export function useMorePages<TResult, TVariables extends AnyVariables, TPage extends Page>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  pageOf: (data: TResult) => TPage | null | undefined,
  /** Where the first page ends: its pageInfo.endCursor. */
  firstEndCursor: string | null | undefined,
) {
  const client = useClient();
  const [wanted, setWanted] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [results, setResults] = useState<Record<string, OperationResult<TResult> | undefined>>({});
  const key = JSON.stringify(variables);

  const cursors: string[] = [];
  const pages: TPage[] = [];
  for (let cursor = firstEndCursor; cursor && cursors.length < wanted; ) {
    cursors.push(cursor);
    const data = results[cursor]?.data;
    const page = data ? pageOf(data) : undefined;
    if (!page) break;
    pages.push(page);
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  const chain = cursors.join('\n');

  useEffect(() => {
    if (!chain) return;
    const subscriptions = chain.split('\n').map((after) =>
      client
        .query<TResult>(document.toString(), { ...JSON.parse(key), after }, { requestPolicy: 'cache-first' })
        .subscribe((result) => setResults((current) => ({ ...current, [after]: result }))),
    );
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [client, document, key, chain, attempt]);

  const last = cursors.length > 0 ? results[cursors[cursors.length - 1]!] : undefined;
  const failed = cursors.length > pages.length && last?.error ? apiErrorOf(last.error) : undefined;
  const busy = cursors.length > pages.length && !failed;

  const loadMore = () => {
    if (busy) return;
    if (failed) {
      // The page that failed is asked for again; the pages before it stay.
      setResults((current) => ({ ...current, [cursors[cursors.length - 1]!]: undefined }));
      setAttempt((count) => count + 1);
    } else {
      setWanted(pages.length + 1);
    }
  };

  return { pages, busy, error: failed, loadMore };
}
