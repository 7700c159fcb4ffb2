// The engine's HTTP API (fastify): Keystone v3 under /identity, Nova v2.1 under /v2.1 (with and without the
// project segment) and the legacy ECS paths under /v2/{tenant_id}. Request ids, microversion headers,
// authentication and the fault shape are handled here, once, for every route.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Engine } from '../engine';
import { EngineError } from '../model/errors';
import { asEngineError, keystoneError, novaFault } from './faults';
import { LEGACY_V2, negotiate } from './microversion';
import { computeRoutes } from './routes/compute';
import { controlRoutes } from './routes/control';
import { eciRoutes } from './routes/eci';
import { identityRoutes } from './routes/identity';
import { imageRoutes } from './routes/image';
import { networkRoutes } from './routes/network';
import { volumeRoutes } from './routes/volume';
import { tokenCaller } from './routes/services';
import { versionRoutes } from './routes/versions';
import type { NovaRequest } from './request';
import { verifyToken } from './tokens';
import { viewContext } from './views/common';

/** Nova's oslo sizelimit default. */
export const MAX_BODY_BYTES = 114_688;

export interface AppOptions {
  logger?: boolean | { level: string };
  /** Region name in the catalog (and, later, the ECI region id). */
  region?: string;
}

/** scheme://host:port as the client addressed us (X-Forwarded-* honoured), so hrefs lead back here. */
function originOf(req: FastifyRequest): string {
  const h = req.headers;
  const proto = (h['x-forwarded-proto'] as string | undefined)?.split(',')[0].trim() ?? 'http';
  const host = (h['x-forwarded-host'] as string | undefined)?.split(',')[0].trim() ?? h.host ?? '127.0.0.1';
  return `${proto}://${host}`;
}

export function buildApp(engine: Engine, opts: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    exposeHeadRoutes: false,
    genReqId: () => `req-${randomUUID()}`,
    // Tokens and passwords never reach the logs.
    ...(opts.logger
      ? {
          logger: {
            ...(typeof opts.logger === 'object' ? opts.logger : {}),
            redact: ['req.headers["x-auth-token"]', 'req.headers["x-subject-token"]', 'req.headers.authorization'],
          },
        }
      : {}),
  });

  // Nova parses a missing or text/plain content type as JSON; other types are refused (415).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/vnd.openstack.compute+json', 'text/plain', 'application/octet-stream'],
    { parseAs: 'string' },
    (req, body, done) => {
      const text = String(body);
      req.rawBody = text; // EOP signatures cover the exact bytes
      if (!text.length) return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(new EngineError(400, 'badRequest', 'Malformed request body'), undefined);
      }
    },
  );
  app.addContentTypeParser('*', (_req, _payload, done) =>
    done(new EngineError(415, 'badRequest', 'Unsupported Content-Type'), undefined),
  );

  app.decorateRequest('nova', null as unknown as NovaRequest);
  app.decorateRequest('origin', '');
  // Callback-style hooks: on the hot path they cost less than async ones.
  app.addHook('onRequest', (req, reply, done) => {
    req.origin = originOf(req);
    reply.header('x-openstack-request-id', req.id);
    done();
  });
  // Injected faults (control API): answered before any handler runs, so a faulted request changes nothing.
  app.addHook('onRequest', (req, reply, done) => {
    const urlPath = req.url.split('?')[0];
    if (urlPath.startsWith('/_novaform')) return done();
    const project =
      verifyToken(engine.store, req.headers['x-auth-token'] as string | undefined, Date.now())?.projectId ?? null;
    const fault = engine.control.matchFault(req.method, urlPath, project);
    if (!fault) return done();
    const answer = () => {
      if (fault.status === undefined) return done();
      if (fault.retryAfter !== undefined) reply.header('Retry-After', String(fault.retryAfter));
      reply
        .code(fault.status)
        .send(novaFault(fault.status, fault.message ?? `Injected fault (novaform control API rule ${fault.id})`));
    };
    if (fault.latencyMs) setTimeout(answer, fault.latencyMs);
    else answer();
  });

  app.setErrorHandler((err, req, reply) => {
    const e = asEngineError(err);
    if (e.status >= 500) req.log.error({ err }, 'unexpected error');
    if (req.url.startsWith('/identity')) return reply.code(e.status).send(keystoneError(e.status, e.message));
    return reply
      .code(e.status)
      .send(novaFault(e.status, e.message, e.fault === 'requestEntityTooLarge' ? 'overLimit' : e.fault));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/identity'))
      return reply.code(404).send(keystoneError(404, 'The resource could not be found.'));
    return reply.code(404).send(novaFault(404, 'The resource could not be found.', 'itemNotFound'));
  });

  app.register(versionRoutes);
  app.register(identityRoutes(engine, { region: opts.region ?? 'RegionOne' }), { prefix: '/identity' });
  app.register(controlRoutes(engine), { prefix: '/_novaform' });
  app.register(imageRoutes(engine), { prefix: '/image' });
  app.register(eciRoutes(engine, { region: opts.region ?? 'RegionOne' }), { prefix: '/eci/api/v1' });
  app.register(networkRoutes(engine), { prefix: '/network' });
  app.register(volumeRoutes(engine), { prefix: '/volume' });
  for (const [prefix, legacy] of [
    ['/v2.1', false],
    ['/v2.1/:project_id', false],
    ['/v2', true],
    ['/v2/:project_id', true],
  ] as const) {
    app.register(
      async (scope) => {
        scope.addHook('onRequest', (req, reply, done) => {
          try {
            if (prepareCompute(engine, req, reply, legacy)) done();
          } catch (e) {
            done(e as Error);
          }
        });
        await computeRoutes(scope, engine);
      },
      { prefix },
    );
  }
  return app;
}

/** Authenticates, negotiates the microversion and checks the project segment; false once it has replied. */
function prepareCompute(engine: Engine, req: FastifyRequest, reply: FastifyReply, legacy: boolean): boolean {
  reply.header('x-compute-request-id', req.id);
  const caller = tokenCaller(engine, req, reply);
  if (!caller) return false;
  const mv = legacy ? LEGACY_V2 : negotiate(req.headers);
  if (!legacy) {
    reply.header('OpenStack-API-Version', `compute ${mv.toString()}`);
    reply.header('X-OpenStack-Nova-API-Version', String(mv));
    reply.header('Vary', 'OpenStack-API-Version, X-OpenStack-Nova-API-Version');
  }
  const project = (req.params as { project_id?: string }).project_id ?? null;
  if (project !== null) {
    if (!/^[0-9a-f-]+$/.test(project)) {
      reply.code(404).send(novaFault(404, 'The resource could not be found.', 'itemNotFound'));
      return false;
    }
    if (project !== caller.projectId) {
      throw new EngineError(
        400,
        'badRequest',
        `Malformed request URL: URL's project_id '${project}' doesn't match Context's project_id '${caller.projectId}'`,
      );
    }
  }
  req.nova = {
    mv,
    caller: { ...caller, requestId: req.id },
    legacy,
    view: viewContext(mv, caller, req.origin, legacy ? 'v2' : 'v2.1', project),
  };
  return true;
}
