// Who may post, support and answer knowledge needs.
import type { Viewer } from '../auth/identity.js';
import { canWrite, isEditor, managesRegion } from '../auth/policy.js';

/** Caseworkers and directors post and support needs for their own region; editors for any. */
export const canPostFor = (viewer: Viewer, regionCode: string) =>
  isEditor(viewer) || (canWrite(viewer) && viewer.regionCode === regionCode);

/** A need is answered with a practice by those who manage its region. */
export const canAnswer = (viewer: Viewer, need: { regionCode: string }) => managesRegion(viewer, need.regionCode);

/** What the viewer may do with the need now, as KnowledgeNeed.viewerCan tells the web client. */
export const knowledgeNeedViewerCanOf = (viewer: Viewer, need: { regionCode: string }) => ({
  support: canPostFor(viewer, need.regionCode),
});
