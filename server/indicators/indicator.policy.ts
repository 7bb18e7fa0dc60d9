// Who may load indicator values: editors for every office, directors for their region's offices.
import type { Viewer } from '../auth/identity.js';
import { isEditor, managesRegion } from '../auth/policy.js';
import { Role } from '../auth/role.js';

/** May import indicator values at all (for some office). */
export const canImportIndicatorValues = (viewer: Viewer) =>
  isEditor(viewer) || (viewer.role === Role.REGIONAL_DIRECTOR && Boolean(viewer.regionCode));

/** May import values for an office of this region. */
export const canImportForRegion = (viewer: Viewer, regionCode: string) => managesRegion(viewer, regionCode);
