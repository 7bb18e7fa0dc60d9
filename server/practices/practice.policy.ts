// Who may see and change a practice. Small predicates, one rule each; services turn a `false`
// into FORBIDDEN.
import type { Viewer } from '../auth/identity.js';
import { Role } from '../auth/role.js';
import type { Practice } from './practice.entity.js';
import { PracticeStatus } from './vocabulary.js';

/** The region of the practice's origin office, which the caller loads beforehand. */
export interface PracticeInRegion {
  practice: Practice;
  originRegionCode: string;
}

const isAuthor = (viewer: Viewer, practice: Practice) => practice.author?.id === viewer.id;

const directsRegionOf = (viewer: Viewer, { originRegionCode }: PracticeInRegion) =>
  viewer.role === Role.REGIONAL_DIRECTOR && viewer.regionCode === originRegionCode;

export const canWrite = (viewer: Viewer) => viewer.role !== Role.RESEARCHER;

export function canView(viewer: Viewer, subject: PracticeInRegion): boolean {
  if (subject.practice.status !== PracticeStatus.DRAFT) return true;
  return viewer.role === Role.ADMIN || isAuthor(viewer, subject.practice) || directsRegionOf(viewer, subject);
}

export function canEdit(viewer: Viewer, subject: PracticeInRegion): boolean {
  if (viewer.role === Role.ADMIN || directsRegionOf(viewer, subject)) return true;
  return (
    viewer.role === Role.CASEWORKER &&
    subject.practice.status === PracticeStatus.DRAFT &&
    isAuthor(viewer, subject.practice)
  );
}

export const canPublish = (viewer: Viewer, subject: PracticeInRegion) =>
  viewer.role === Role.ADMIN || directsRegionOf(viewer, subject);

export const canArchive = (viewer: Viewer) => viewer.role === Role.ADMIN;

/** Which drafts a viewer may see, besides every practice that is not a draft. */
export interface DraftAccess {
  all: boolean;
  /** Their own drafts. */
  authorId?: string;
  /** Drafts whose origin office is in this region (directors). */
  regionCode?: string;
}

export function draftAccessOf(viewer: Viewer): DraftAccess {
  if (viewer.role === Role.ADMIN) return { all: true };
  return {
    all: false,
    authorId: viewer.id,
    regionCode: viewer.role === Role.REGIONAL_DIRECTOR ? viewer.regionCode : undefined,
  };
}
