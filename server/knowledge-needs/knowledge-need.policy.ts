import type { Viewer } from '../auth/identity.js';
import { Role } from '../auth/role.js';

/** Caseworkers and directors post and support needs for their own region; admins for any. */
export const canPostFor = (viewer: Viewer, regionCode: string) =>
  viewer.role === Role.ADMIN || (viewer.role !== Role.RESEARCHER && viewer.regionCode === regionCode);

/** Directors answer their region's needs with a practice; admins any region's. */
export const canAnswer = (viewer: Viewer, regionCode: string) =>
  viewer.role === Role.ADMIN || (viewer.role === Role.REGIONAL_DIRECTOR && viewer.regionCode === regionCode);

/** What a region's offices looked for in vain: for its directors, admins and researchers. */
export const canSeeGaps = (viewer: Viewer, regionCode: string) =>
  viewer.role === Role.ADMIN || viewer.role === Role.RESEARCHER || (viewer.role === Role.REGIONAL_DIRECTOR && viewer.regionCode === regionCode);
