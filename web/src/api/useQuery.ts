import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../graphql/graphql';
import { request } from './client';
import { toApiError, type ApiError } from './errors';

export type QueryState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'error'; error: ApiError; data?: T }
  | { status: 'done'; data: T };

/**
 * Runs a query whenever its variables change. The last request always wins: an older answer that
 * arrives late is thrown away (and its request aborted), so results never flicker back.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): QueryState<TResult> & { reload: () => void; setData: (data: TResult) => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    request(document, variablesRef.current, { signal: controller.signal })
      .then((data) => setState({ status: 'done', data }))
      .catch((error) => {
        if (!controller.signal.aborted) setState((previous) => ({ status: 'error', error: toApiError(error), data: previous.data }));
      });
    return () => controller.abort();
  }, [document, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((data: TResult) => setState({ status: 'done', data }), []);
  return { ...state, reload, setData };
}
