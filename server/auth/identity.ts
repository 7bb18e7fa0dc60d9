import type { JWTPayload } from 'jose';
import { badInput } from '../common/errors.js';
import { Role } from './role.js';

/** What the API knows about the caller once their token has been verified. */
export interface Identity {
  subject: string;
  name: string;
  username?: string;
  role: Role;
  officeEnhetsnummer?: string;
  regionCode?: string;
}

/** The signed-in user as resolvers see them. */
export interface Viewer extends Identity {
  id: string;
}

// Claims we read from a token. Identity providers differ; these are the names we document.
// `role` may also come as an array `roles`; the most powerful recognised role wins.
const ROLE_PRECEDENCE = [Role.ADMIN, Role.REGIONAL_DIRECTOR, Role.CASEWORKER, Role.RESEARCHER];

function roleFrom(payload: JWTPayload): Role | undefined {
  const given = [payload.role, ...(Array.isArray(payload.roles) ? payload.roles : [])]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.toUpperCase());
  return ROLE_PRECEDENCE.find((role) => given.includes(role));
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Reads an identity from verified claims; throws when a claim we need is missing or unknown. */
export function identityFromClaims(payload: JWTPayload): Identity {
  const subject = text(payload.sub);
  if (!subject) throw badInput('sub', 'The token has no subject');
  const role = roleFrom(payload);
  if (!role) throw badInput('role', `The token carries no known role (${ROLE_PRECEDENCE.join(', ')})`);
  const officeEnhetsnummer = text(payload.office);
  const regionCode = text(payload.region);
  return {
    subject,
    role,
    name: text(payload.name) ?? text(payload.preferred_username) ?? subject,
    username: text(payload.preferred_username),
    officeEnhetsnummer: officeEnhetsnummer && /^\d{4}$/.test(officeEnhetsnummer) ? officeEnhetsnummer : undefined,
    regionCode: regionCode && /^\d{2}$/.test(regionCode) ? regionCode : undefined,
  };
}

export function claimsFromIdentity(identity: Identity): JWTPayload {
  return {
    sub: identity.subject,
    name: identity.name,
    preferred_username: identity.username,
    role: identity.role,
    office: identity.officeEnhetsnummer,
    region: identity.regionCode,
  };
}
