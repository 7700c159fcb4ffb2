// Shared plumbing for the non-compute services (Glance, Neutron, Cinder): token authentication and the
// generic exact-match filters their list calls take.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Engine } from '../../engine';
import type { Caller } from '../../model/types';
import { verifyToken } from '../tokens';
import { keystoneError } from '../faults';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

/** Registers the token check for a service scope (401 in keystonemiddleware's shape). */
export function requireToken(app: FastifyInstance, engine: Engine): void {
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done) => {
    const caller = tokenCaller(engine, req, reply);
    if (!caller) return;
    req.caller = { ...caller, requestId: req.id };
    done();
  });
}

/**
 * keystonemiddleware's check: the caller of a valid X-Auth-Token, or null once it has answered 401 (with
 * WWW-Authenticate).
 */
export function tokenCaller(engine: Engine, req: FastifyRequest, reply: FastifyReply): Caller | null {
  const claims = verifyToken(engine.store, req.headers['x-auth-token'] as string | undefined, Date.now());
  if (!claims) {
    reply
      .code(401)
      .header('WWW-Authenticate', `Keystone uri="${req.origin}/identity"`)
      .send(keystoneError(401, 'The request you have made requires authentication.'));
    return null;
  }
  return { userId: claims.userId, projectId: claims.projectId, roles: claims.roles };
}

/**
 * Neutron/Glance/Cinder-style list filtering: every query parameter that names a scalar field of the
 * view must match exactly (repeated parameters match any of their values); paging keys are skipped.
 */
export function exactFilter<T extends Record<string, unknown>>(
  items: T[],
  query: Record<string, string | string[]>,
  skip: string[] = [],
): T[] {
  const entries = Object.entries(query).filter(([k]) => !skip.includes(k));
  return items.filter((item) =>
    entries.every(([k, v]) => {
      if (!(k in item)) return true; // unknown filters are ignored, as Neutron does for unknown attributes
      const values = Array.isArray(v) ? v : [v];
      const actual = item[k];
      return values.some(
        (x) => String(actual) === x || (typeof actual === 'boolean' && String(actual) === x.toLowerCase()),
      );
    }),
  );
}

export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Neutron's error body. */
export function neutronError(type: string, message: string) {
  return { NeutronError: { type, message, detail: '' } };
}
