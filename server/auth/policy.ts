// Rules about people that several features share. A feature's own rules live in its policy module
// and are built from these; services and resolvers ask the policies, never a role directly.
import type { Viewer } from './identity.js';
import { Role } from './role.js';

/** Editors (admins) may do everything. */
export const isEditor = (viewer: Viewer) => viewer.role === Role.ADMIN;

/** Everyone but researchers, who only read, may write: rate, adopt, propose, post needs. */
export const canWrite = (viewer: Viewer) => viewer.role !== Role.RESEARCHER;

/** The region's directors and editors manage it: publish its practices, curate, answer its needs. */
export const managesRegion = (viewer: Viewer, regionCode: string) =>
  isEditor(viewer) || (viewer.role === Role.REGIONAL_DIRECTOR && viewer.regionCode === regionCode);

/** What spreads in a region and what its offices search for in vain: its managers and researchers. */
export const seesRegionInsights = (viewer: Viewer, regionCode: string) =>
  managesRegion(viewer, regionCode) || viewer.role === Role.RESEARCHER;

/** Researchers and editors use the research data: statistics and the ratings export. */
export const usesResearchData = (viewer: Viewer) => viewer.role === Role.RESEARCHER || isEditor(viewer);

/** Editors and researchers look at every region; directors at their own. */
export const seesEveryRegion = (viewer: Viewer) => isEditor(viewer) || viewer.role === Role.RESEARCHER;

/** The offices a viewer may act for (see canActForOffice), as the web client offers them. */
export enum ActingScope {
  NONE = 'NONE',
  OWN_OFFICE = 'OWN_OFFICE',
  REGION = 'REGION',
  ALL = 'ALL',
}

export function actingScopeOf(viewer: Viewer): ActingScope {
  if (isEditor(viewer)) return ActingScope.ALL;
  if (viewer.role === Role.REGIONAL_DIRECTOR && viewer.regionCode) return ActingScope.REGION;
  if (canWrite(viewer) && viewer.officeEnhetsnummer) return ActingScope.OWN_OFFICE;
  return ActingScope.NONE;
}

/**
 * May act on behalf of this office (propose a practice from it, record what it adopts): a
 * caseworker for their own office, a director for the offices of their region, an editor for any.
 */
export function canActForOffice(viewer: Viewer, office: { enhetsnummer: string; regionCode: string }): boolean {
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
