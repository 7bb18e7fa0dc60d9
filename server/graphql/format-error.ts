import type { GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '../common/errors.js';

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** The first broken rule of class-validator's tree, as a dotted field path and its message. */
function firstFailure(failures: ValidationFailure[], prefix = ''): { field: string; message: string } | undefined {
  for (const failure of failures) {
    const field = prefix ? `${prefix}.${failure.property}` : failure.property;
    const message = failure.constraints && Object.values(failure.constraints)[0];
    if (message) return { field, message };
    const nested = firstFailure(failure.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/** PostgreSQL's codes for a server that is shutting down, starting or not answering connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const UNAVAILABLE_SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** Whether the error (or what caused it) is the database being out of reach, not a fault of ours. */
function databaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_ERRORS.has(code))) return true;
  if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(error.message)) return true;
  const nested = [(error as { cause?: unknown }).cause, (error as { previous?: unknown }).previous];
  return nested.some((inner) => databaseUnavailable(inner, depth + 1));
}

/** Answers whose errors all say the database is out of reach are HTTP 503, as /healthz is then. */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (errors?.length && errors.every((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '2');
        }
      },
    };
  },
};

/**
 * Shapes every error the API returns: input validation gets a field and a readable message;
 * anything unexpected becomes INTERNAL_SERVER_ERROR, with no stack or SQL in production.
 */
export function createErrorFormatter(options: { production: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const failures = formatted.extensions?.validationErrors as ValidationFailure[] | undefined;
    if (code === ErrorCode.BAD_USER_INPUT && failures) {
      const failure = firstFailure(failures);
      return {
        message: failure ? failure.message : formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, field: failure?.field },
      };
    }
    if (code && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      if (!options.production) return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const cause = unwrapResolverError(error);
    if (databaseUnavailable(cause)) {
      return {
        message: 'The database cannot be reached right now: try again shortly',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    options.log(cause);
    return {
      message: options.production ? 'Internal server error' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: options.production
        ? { code: ErrorCode.INTERNAL_SERVER_ERROR }
        : { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
