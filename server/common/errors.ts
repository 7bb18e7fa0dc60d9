// The one error model of the API: every error a client sees is created here and carries a code.
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database cannot be reached for now (restarting, say): try again shortly. HTTP 503. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  /** `details`: more extensions for the client, e.g. the lines of a file that failed. */
  constructor(code: ErrorCode, message: string, field?: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(field ? { field } : {}), ...details } });
  }
}

/** `reason` names the rule broken more precisely than the code, e.g. STATUTORY_CANNOT_BE_STOPPED. */
export const badInput = (field: string, message: string, reason?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field, reason ? { reason } : undefined);

export const notFound = (what: string, field: string, value: string) =>
  new AppError(ErrorCode.NOT_FOUND, `No ${what} with ${field} "${value}"`, field);

export const unauthenticated = (message = 'A valid bearer token is required') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You may not do this') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const conflict = (message: string, field?: string) =>
  new AppError(ErrorCode.CONFLICT, message, field);

/** A line of an uploaded file that cannot be used, and why. Lines count from 1, the header included. */
export interface LineError {
  line: number;
  column?: string;
  message: string;
}

/** Refuses a file: the message sums up, `lineErrors` (extensions) lists the first lines at fault. */
export const badLines = (code: ErrorCode.BAD_USER_INPUT | ErrorCode.FORBIDDEN, field: string, message: string, errors: LineError[], total: number) =>
  new AppError(code, message, field, { lineErrors: errors, lineErrorCount: total });
