// Every error code the API can answer, and what we tell a person in Norwegian. One place.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

const MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Noe i skjemaet er ikke riktig utfylt.',
  UNAUTHENTICATED: 'Økten din er utløpt. Logg inn på nytt for å fortsette.',
  FORBIDDEN: 'Du har ikke tilgang til dette.',
  NOT_FOUND: 'Vi fant ikke det du lette etter. Det kan være flyttet eller slettet.',
  CONFLICT: 'Dette lar seg ikke gjøre akkurat nå, fordi noen har endret det i mellomtiden eller det ikke er publisert.',
  RATE_LIMITED: 'Du har gjort mange forespørsler på kort tid. Vent litt og prøv igjen.',
  SERVICE_UNAVAILABLE: 'Praksisbanken er utilgjengelig et øyeblikk. Prøv igjen om litt.',
  INTERNAL_SERVER_ERROR: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  NETWORK: 'Vi får ikke kontakt med Praksisbanken. Sjekk nettforbindelsen og prøv igjen.',
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** The input field the error is about, when the API names one. */
    readonly field?: string,
    readonly detail?: string,
  ) {
    super(MESSAGES[code]);
  }
}

export function messageFor(error: unknown): string {
  return error instanceof ApiError ? error.message : MESSAGES.INTERNAL_SERVER_ERROR;
}

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR');
}
