// What the viewer may do in a region, as Region.viewerCan tells the web client.
import type { Viewer } from '../auth/identity.js';
import { managesRegion, seesRegionInsights } from '../auth/policy.js';

export const regionViewerCanOf = (viewer: Viewer, regionCode: string) => ({
  seeOverview: seesRegionInsights(viewer, regionCode),
  curate: managesRegion(viewer, regionCode),
});
