// Security headers for everything the app serves, with a Content-Security-Policy the built web
// client passes: no inline scripts, nothing from other hosts (the font is ours too).
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export function contentSecurityPolicy(options: { oidcIssuer?: string; explorer?: boolean }) {
  const connect = ["'self'"];
  // Signing in with the identity provider fetches its discovery document and token endpoint.
  if (options.oidcIssuer) connect.push(new URL(options.oidcIssuer).origin);
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      // Components set style attributes (Aksel's layout primitives, the chart); stylesheets come from us.
      'style-src': options.explorer ? ["'self'", "'unsafe-inline'"] : ["'self'"],
      'style-src-attr': ["'unsafe-inline'"],
      'font-src': ["'self'", ...(options.explorer ? ['data:'] : [])],
      'img-src': ["'self'", 'data:'],
      'connect-src': connect,
      // The GraphQL explorer's editor runs language services in web workers.
      'worker-src': options.explorer ? ["'self'", 'blob:'] : ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  };
}

export async function securityHeaders(app: FastifyInstance, options: { oidcIssuer?: string }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: contentSecurityPolicy(options),
    crossOriginEmbedderPolicy: false,
  });
}
