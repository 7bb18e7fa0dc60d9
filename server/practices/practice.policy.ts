// Who may see and change a practice: one predicate per rule. Services turn a `false` into an
// error; Practice.viewerCan tells the web client the same answers.
import type { Viewer } from '../auth/identity.js';
import { canWrite, isEditor, managesRegion } from '../auth/policy.js';
import { Role } from '../auth/role.js';
import { PracticeKind, PracticeStatus } from './vocabulary.js';

/** What the rules need to know of a practice. */
export interface PracticeSubject {
  status: PracticeStatus;
  publishedAt: Date | null;
  authorId: string | null;
  originOffice: { region: { code: string } };
}

const isAuthor = (viewer: Viewer, practice: PracticeSubject) => practice.authorId === viewer.id;

const managesOrigin = (viewer: Viewer, practice: PracticeSubject) => managesRegion(viewer, practice.originOffice.region.code);

/** A draft, or a draft archived as it was: archiving never makes public what was never published. */
const wasNeverPublished = (practice: Pick<PracticeSubject, 'status' | 'publishedAt'>) =>
  practice.status === PracticeStatus.DRAFT || (practice.status === PracticeStatus.ARCHIVED && practice.publishedAt === null);

/**
 * What was never published is seen by its author, the directors of its region and editors; the
 * rest by all. See practices.queries.ts and the search engines for the same rule in their terms.
 */
export const canView = (viewer: Viewer, practice: PracticeSubject) =>
  !wasNeverPublished(practice) || isAuthor(viewer, practice) || managesOrigin(viewer, practice);

/** Only editors change an archived practice or take it out of the archive. */
const mayChangeInArchive = (viewer: Viewer, practice: PracticeSubject) => practice.status !== PracticeStatus.ARCHIVED || isEditor(viewer);

/** Caseworkers edit their own drafts; directors the practices of their region; editors all. */
export const canEdit = (viewer: Viewer, practice: PracticeSubject) =>
  mayChangeInArchive(viewer, practice) &&
  (managesOrigin(viewer, practice) ||
    (viewer.role === Role.CASEWORKER && practice.status === PracticeStatus.DRAFT && isAuthor(viewer, practice)));

/** The directors of its region and editors publish a practice; only editors one from the archive. */
export const canPublish = (viewer: Viewer, practice: PracticeSubject) => mayChangeInArchive(viewer, practice) && managesOrigin(viewer, practice);

/** Anyone who may edit a practice may call it LOCAL; only editors say it is statutory or a national method. */
export const canSetKind = (viewer: Viewer, kind: PracticeKind) => kind === PracticeKind.LOCAL || isEditor(viewer);

/** Only editors archive. */
export const canArchive = (viewer: Viewer) => isEditor(viewer);

/** Only published practices are rated and adopted, and only by those who write. */
export const canRate = (viewer: Viewer, practice: PracticeSubject) => practice.status === PracticeStatus.PUBLISHED && canWrite(viewer);

/** Recording an adoption also needs an office to record it for (a director or editor may name one). */
export const canAdopt = (viewer: Viewer, practice: PracticeSubject) =>
  canRate(viewer, practice) && (Boolean(viewer.officeEnhetsnummer) || viewer.role === Role.REGIONAL_DIRECTOR || isEditor(viewer));

/** Whether practices with these statuses may include some never published, so that who asks matters. */
export const mayIncludeNeverPublished = (statuses: readonly PracticeStatus[]) => statuses.some((status) => status !== PracticeStatus.PUBLISHED);

/** What the viewer may do with the practice now, as Practice.viewerCan tells the web client. */
export const viewerCanOf = (viewer: Viewer, practice: PracticeSubject) => ({
  edit: canWrite(viewer) && canEdit(viewer, practice),
  publish: practice.status !== PracticeStatus.PUBLISHED && canPublish(viewer, practice),
  archive: practice.status !== PracticeStatus.ARCHIVED && canArchive(viewer),
  rate: canRate(viewer, practice),
  adopt: canAdopt(viewer, practice),
});

/**
 * Which practices that were never published (see wasNeverPublished) a viewer may see, besides
 * every practice that was.
 */
export interface DraftAccess {
  all: boolean;
  /** Their own. */
  authorId?: string;
  /** Those whose origin office is in this region (directors). */
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
