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
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message, { extensions: field ? { code, field } : { code } });
  }
}

export const badInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field);

export const notFound = (what: string, field: string, value: string) =>
  new AppError(ErrorCode.NOT_FOUND, `No ${what} with ${field} "${value}"`, field);

export const unauthenticated = (message = 'A valid bearer token is required') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You may not do this') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const conflict = (message: string, field?: string) =>
  new AppError(ErrorCode.CONFLICT, message, field);
