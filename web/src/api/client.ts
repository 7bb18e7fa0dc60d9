import type { TypedDocumentString } from '../graphql/graphql';
import { ApiError, type ErrorCode } from './errors';
import { tokenStore } from '../auth/token-store';

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** Listeners told when the API says the token no longer works. */
const sessionEnded = new Set<() => void>();
export const onSessionEnded = (listener: () => void) => {
  sessionEnded.add(listener);
  return () => sessionEnded.delete(listener);
};

/** Runs one GraphQL operation; throws ApiError with a code the UI has a Norwegian text for. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TResult> {
  const token = tokenStore.get();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError('NETWORK');
  }
  let body: { data?: TResult; errors?: GraphQLErrorBody[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
  }
  const first = body.errors?.[0];
  if (first) {
    const raw = first.extensions?.code ?? '';
    const code = (KNOWN_CODES.has(raw) ? raw : raw.startsWith('GRAPHQL_') ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR') as ErrorCode;
    if (code === 'UNAUTHENTICATED') sessionEnded.forEach((listener) => listener());
    throw new ApiError(code, first.extensions?.field, first.message);
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR');
  return body.data;
}
