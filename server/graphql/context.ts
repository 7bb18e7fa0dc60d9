import type { EntityManager } from '@mikro-orm/postgresql';
import type { DevIssuer } from '../auth/dev-issuer.js';
import type { Viewer } from '../auth/identity.js';
import { unauthenticated } from '../common/errors.js';
import type { ResearchService } from '../research/research.service.js';
import type { SearchService } from '../search/search.service.js';
import type { UsersService } from '../users/users.service.js';
import type { Loaders } from './loaders.js';

export interface Context {
  /** A request-scoped entity manager: its identity map lives as long as the request. */
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  auth: { users: UsersService; devIssuer?: DevIssuer };
  search: SearchService;
  research: ResearchService;
}

/** The signed-in caller; the HTTP layer has already refused anonymous operations. */
export function viewerOf(context: Context): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}
