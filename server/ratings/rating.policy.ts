// Who reads single ratings. Researchers never see a person: they get ratingStats and the export,
// never a rating with its comment, office or exact time.
import type { Viewer } from '../auth/identity.js';
import { Role } from '../auth/role.js';

/** Lists of single ratings (a practice's, an office's) are for everyone but researchers. */
export const readsSingleRatings = (viewer: Viewer) => viewer.role !== Role.RESEARCHER;
