import type { Viewer } from '../auth/identity.js';
import { Role } from '../auth/role.js';

/** Directors curate their own region's collections; admins any region's. */
export const canCurate = (viewer: Viewer, regionCode: string) =>
  viewer.role === Role.ADMIN || (viewer.role === Role.REGIONAL_DIRECTOR && viewer.regionCode === regionCode);

/** Published collections are for everyone; unpublished ones for their curators. */
export const canViewCollection = (viewer: Viewer, collection: { regionCode: string; published: boolean }) =>
  collection.published || canCurate(viewer, collection.regionCode);
