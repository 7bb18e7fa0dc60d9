// Who may see and change a practice: one predicate per rule. Services turn a `false` into an
// error; Practice.viewerCan tells the web client the same answers.
import type { Viewer } from '../auth/identity.js';
import { canWrite, isEditor, managesRegion } from '../auth/policy.js';
import { Role } from '../auth/role.js';
import { PracticeStatus } from './vocabulary.js';

/** What the rules need to know of a practice. */
export interface PracticeSubject {
  status: PracticeStatus;
  authorId: string | null;
  originOffice: { region: { code: string } };
}

const isAuthor = (viewer: Viewer, practice: PracticeSubject) => practice.authorId === viewer.id;

const managesOrigin = (viewer: Viewer, practice: PracticeSubject) => managesRegion(viewer, practice.originOffice.region.code);

/** Drafts are seen by their author, the directors of their region and editors; the rest by all. */
export const canView = (viewer: Viewer, practice: PracticeSubject) =>
  practice.status !== PracticeStatus.DRAFT || isAuthor(viewer, practice) || managesOrigin(viewer, practice);

/** Caseworkers edit their own drafts; directors the practices of their region; editors all. */
export const canEdit = (viewer: Viewer, practice: PracticeSubject) =>
  managesOrigin(viewer, practice) ||
  (viewer.role === Role.CASEWORKER && practice.status === PracticeStatus.DRAFT && isAuthor(viewer, practice));

/** The directors of its region and editors publish a practice. */
export const canPublish = (viewer: Viewer, practice: PracticeSubject) => managesOrigin(viewer, practice);

/** Only editors archive. */
export const canArchive = (viewer: Viewer) => isEditor(viewer);

/** Only published practices are rated and adopted, and only by those who write. */
export const canRate = (viewer: Viewer, practice: PracticeSubject) => practice.status === PracticeStatus.PUBLISHED && canWrite(viewer);

/** Recording an adoption also needs an office to record it for (a director or editor may name one). */
export const canAdopt = (viewer: Viewer, practice: PracticeSubject) =>
  canRate(viewer, practice) && (Boolean(viewer.officeEnhetsnummer) || viewer.role === Role.REGIONAL_DIRECTOR || isEditor(viewer));

/** What the viewer may do with the practice now, as Practice.viewerCan tells the web client. */
export const viewerCanOf = (viewer: Viewer, practice: PracticeSubject) => ({
  edit: canWrite(viewer) && canEdit(viewer, practice),
  publish: practice.status !== PracticeStatus.PUBLISHED && canPublish(viewer, practice),
  archive: practice.status !== PracticeStatus.ARCHIVED && canArchive(viewer),
  rate: canRate(viewer, practice),
  adopt: canAdopt(viewer, practice),
});

/** Which drafts a viewer may see, besides every practice that is not a draft. */
export interface DraftAccess {
  all: boolean;
  /** Their own drafts. */
  authorId?: string;
  /** Drafts whose origin office is in this region (directors). */
  regionCode?: string;
}

export function draftAccessOf(viewer: Viewer): DraftAccess {
  if (isEditor(viewer)) return { all: true };
  return {
    all: false,
    authorId: viewer.id,
    regionCode: viewer.role === Role.REGIONAL_DIRECTOR ? viewer.regionCode : undefined,
  };
}
