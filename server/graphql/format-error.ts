import type { GraphQLFormattedError } from 'graphql';
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
    options.log(unwrapResolverError(error));
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
