import type { DevIssuer } from '../auth/dev-issuer.js';
import type { Viewer } from '../auth/identity.js';
import { unauthenticated } from '../common/errors.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

export interface Context {
  viewer: Viewer | null;
  services: Services;
  /** Request-scoped batch loaders of rows. */
  loaders: Loaders;
  /** The development issuer's signing, when it runs. */
  devIssuer?: DevIssuer;
}

/** The signed-in caller; the HTTP layer has already refused anonymous operations. */
export function viewerOf(context: Context): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}
