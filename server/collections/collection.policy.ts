// Who may see and curate a region's collections.
import type { Viewer } from '../auth/identity.js';
import { managesRegion } from '../auth/policy.js';

/** The region's directors and editors curate its collections. */
export const canCurate = (viewer: Viewer, collection: { regionCode: string }) => managesRegion(viewer, collection.regionCode);

/** Published collections are for everyone; unpublished ones for their curators. */
export const canViewCollection = (viewer: Viewer, collection: { regionCode: string; publishedAt: Date | null }) =>
  collection.publishedAt !== null || canCurate(viewer, collection);

/** What the viewer may do with the collection now, as Collection.viewerCan tells the web client. */
export const collectionViewerCanOf = (viewer: Viewer, collection: { regionCode: string; publishedAt: Date | null }) => ({
  curate: canCurate(viewer, collection),
  publish: collection.publishedAt === null && canCurate(viewer, collection),
});
