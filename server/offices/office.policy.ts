import type { Viewer } from '../auth/identity.js';
import { Role } from '../auth/role.js';

/**
 * May act on behalf of this office (propose a practice from it, record what it adopts): a
 * caseworker for their own office, a director for the offices of their region, an admin for any.
 */
export function canActFor(viewer: Viewer, office: { enhetsnummer: string; regionCode: string }): boolean {
  switch (viewer.role) {
    case Role.ADMIN:
      return true;
    case Role.REGIONAL_DIRECTOR:
      return viewer.regionCode === office.regionCode || viewer.officeEnhetsnummer === office.enhetsnummer;
    case Role.CASEWORKER:
      return viewer.officeEnhetsnummer === office.enhetsnummer;
    default:
      return false;
  }
}
