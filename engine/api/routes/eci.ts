// CTyun ECI under /eci/api/v1/containers/: the `{statusCode, error, message, returnObj}` envelope with
// three-part error codes, the `regionId` header, and authentication by Keystone token or EOP signature.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Engine } from '../../engine';
import type { ContainerGroup } from '../../eci/model';
import { EciValidationError } from '../../eci/groups';
import { EngineError } from '../../model/errors';
import { stableId } from '../../model/seed';
import type { Caller } from '../../model/types';
import { asEngineError } from '../faults';
import { verifyToken } from '../tokens';
import { eopSignature, parseEopAuthorization, parseEopDate } from '../eop';
import { iso } from './services';

/** The ECI region id of a Keystone region: 32 hex characters, as CTyun's are. */
export const eciRegionId = (region: string) => stableId('eci-region', region);

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
};

export function envelopeError(status: number, message: string) {
  return {
    statusCode: status,
    error: `ECI.Openapi.StatusReason${REASONS[status] ?? 'InternalError'}`,
    message,
    returnObj: null,
  };
}

const ok = (returnObj: unknown) => ({ statusCode: 200, error: null, message: 'success', returnObj });

function containerView(g: ContainerGroup, init: boolean) {
  return g.containers
    .filter((c) => c.init === init)
    .map((c) => {
      const spec = [...g.spec.containers, ...(g.spec.initContainers ?? [])].find((x) => x.name === c.name);
      const state = (s: typeof c.current | null) =>
        s && {
          state: s.state,
          reason: s.reason,
          message: s.message,
          startTime: s.startTime === null ? null : iso(s.startTime),
          finishTime: s.finishTime === null ? null : iso(s.finishTime),
          exitCode: s.exitCode,
          signal: null,
        };
      return {
        name: c.name,
        image: c.image,
        cpu: spec?.cpu ?? null,
        memory: spec?.memory ?? null,
        gpu: spec?.gpu ?? null,
        ready: c.ready,
        restartCount: c.restartCount,
        currentState: state(c.current),
        previousState: state(c.previous),
        commands: spec?.command ?? [],
        args: spec?.args ?? [],
        ports: spec?.ports ?? [],
        environmentVars: spec?.environmentVar ?? [],
        volumeMounts: spec?.volumeMount ?? [],
      };
    });
}

/** describeContainerGroup: volumes flattened, and no registry credentials, sysctls, DNS or EIP settings echoed. */
export function groupView(g: ContainerGroup) {
  return {
    containerGroupId: g.id,
    containerGroupName: g.name,
    status: g.status,
    cpu: g.cpu,
    memory: g.memory,
    gpu: g.gpu,
    restartPolicy: g.spec.restartPolicy,
    intranetIp: g.intranetIp,
    internetIp: g.internetIp,
    ipv6Address: null,
    vpcId: g.spec.vpcId,
    vSwitchId: g.spec.vSwitchId,
    securityGroupId: g.spec.securityGroupId,
    tenantEniInstanceId: g.portId,
    epId: g.spec.epId ?? null,
    azName: g.spec.azInfo[0].azName,
    tags: g.spec.tags ?? [],
    containers: containerView(g, false),
    initContainers: containerView(g, true),
    volumes: (g.spec.volumes ?? []).map((v) => ({
      name: v.name,
      type: v.type,
      diskVolumeId: v.diskVolume?.volumeHandle ?? null,
      diskVolumeFsType: v.diskVolume?.fsType ?? null,
      nasSourcePath: v.nasVolume?.sourcePath ?? null,
      zosBucket: v.zosVolume?.bucket ?? null,
      emptyDirMedium: v.emptyDirVolume?.medium ?? null,
    })),
    events: g.events.map((e) => ({
      type: e.type,
      reason: e.reason,
      message: e.message,
      count: 1,
      firstTimestamp: iso(e.time),
      lastTimestamp: iso(e.time),
    })),
    creationTime: iso(g.creationTime),
    succeededTime: g.succeededTime === null ? null : iso(g.succeededTime),
    failedTime: g.failedTime === null ? null : iso(g.failedTime),
  };
}

/** The EOP gateway's own error shape (it answers before ECI sees the request). */
const gatewayError = (status: number, code: string, message: string) => ({
  statusCode: status,
  error: code,
  errorCode: code,
  message,
  returnObj: null,
});

const EOP_VALIDITY_MS = 15 * 60_000;

/** A Keystone token, or an EOP signature made with an access key the engine issued. */
function authenticate(engine: Engine, req: FastifyRequest): { caller: Caller } | { status: number; error: unknown } {
  const header = req.headers['eop-authorization'] as string | undefined;
  if (!header) {
    const claims = verifyToken(engine.store, req.headers['x-auth-token'] as string | undefined, Date.now());
    if (!claims)
      return {
        status: 401,
        error: envelopeError(
          401,
          'authentication required: a Keystone token (X-Auth-Token) or an EOP signature (Eop-Authorization)',
        ),
      };
    return { caller: { userId: claims.userId, projectId: claims.projectId, roles: claims.roles } };
  }
  const parsed = parseEopAuthorization(header);
  const requestId = req.headers['ctyun-eop-request-id'] as string | undefined;
  const date = req.headers['eop-date'] as string | undefined;
  if (!parsed || !requestId || !date) {
    return {
      status: 400,
      error: gatewayError(
        400,
        'openapi.parameter.signature',
        'Eop-Authorization, ctyun-eop-request-id and Eop-date are all required',
      ),
    };
  }
  const when = parseEopDate(date);
  if (when === undefined)
    return {
      status: 400,
      error: gatewayError(400, 'openapi.parameter.eopDate', `Eop-date ${date} is not yyyyMMddTHHmmssZ`),
    };
  if (Math.abs(engine.clock.now() - when) > EOP_VALIDITY_MS) {
    return {
      status: 401,
      error: gatewayError(401, 'openapi.signature.expired', 'Eop-date is more than 15 minutes from now (Beijing time)'),
    };
  }
  const key = engine.store.accessKeys.get(parsed.ak);
  if (!key)
    return {
      status: 401,
      error: gatewayError(401, 'openapi.accessKey.notFound', `access key ${parsed.ak} does not exist`),
    };
  const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
  const expected = eopSignature({ ak: parsed.ak, sk: key.secret, date, requestId, query, body: req.rawBody ?? '' });
  const given = Buffer.from(parsed.signature),
    want = Buffer.from(expected);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    return {
      status: 401,
      error: gatewayError(401, 'openapi.signature.invalid', 'the signature does not match the request'),
    };
  }
  const user = engine.store.users.get(key.userId);
  return { caller: { userId: key.userId, projectId: key.projectId, roles: user?.roles[key.projectId] ?? ['member'] } };
}

export function eciRoutes(engine: Engine, opts: { region: string }) {
  const regionId = eciRegionId(opts.region);
  return async (app: FastifyInstance) => {
    app.decorateRequest('eciCaller', null as unknown as Caller);
    app.setErrorHandler((err, _req, reply) => {
      if (err instanceof EciValidationError)
        return reply.code(400).send({ ...envelopeError(400, err.message), errors: err.errors });
      const e = asEngineError(err);
      return reply.code(e.status).send(envelopeError(e.status, e.message));
    });
    // preHandler, not onRequest: an EOP signature covers the body, which is parsed by then.
    app.addHook('preHandler', (req: FastifyRequest, reply: FastifyReply, done) => {
      reply.header('X-Request-Id', req.id);
      const auth = authenticate(engine, req);
      if ('error' in auth) {
        reply.code(auth.status).send(auth.error);
        return;
      }
      const region = req.headers.regionid as string | undefined;
      if (!region) {
        reply.code(400).send(envelopeError(400, 'the regionId header is required'));
        return;
      }
      // The region's ECI id (32 hex, as CTyun's are) or its Keystone id (what the catalog's region_id says).
      if (region !== regionId && region !== opts.region) {
        reply.code(404).send(envelopeError(404, `region ${region} not found`));
        return;
      }
      (req as FastifyRequest & { eciCaller: Caller }).eciCaller = { ...auth.caller, requestId: req.id };
      done();
    });
    const caller = (req: FastifyRequest) => (req as FastifyRequest & { eciCaller: Caller }).eciCaller;
    const id = (req: FastifyRequest) => (req.params as { id: string }).id;

    app.post('/containers/createContainerGroup', async (req) => {
      const body = req.body && typeof req.body === 'object' ? { ...(req.body as Record<string, unknown>) } : req.body;
      // The SDK repeats the region in the body; the regionId header (checked above) already carries it.
      if (body && typeof body === 'object') delete (body as Record<string, unknown>).regionId;
      const g = engine.eci.create(caller(req), regionId, body);
      return ok({ requestId: req.id, containerGroupId: g.id, masterOrderId: randomUUID().replace(/-/g, '') });
    });
    app.get('/containers/describeContainerGroup/:id', async (req) =>
      ok(groupView(engine.eci.get(caller(req), id(req)))),
    );
    app.post('/containers/describeContainerGroups', async (req) => {
      const b = (req.body ?? {}) as {
        containerGroupIds?: string;
        containerGroupName?: string;
        status?: string;
        tags?: { key?: string; value?: string }[];
        limit?: number;
        nextToken?: string;
      };
      const all = engine.eci.list(caller(req), {
        ids: b.containerGroupIds
          ? String(b.containerGroupIds)
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
          : undefined,
        name: b.containerGroupName,
        status: b.status,
        tags: b.tags,
      });
      const limit = b.limit && b.limit > 0 ? Number(b.limit) : 20;
      const start = b.nextToken ? Number(b.nextToken) : 0;
      if (!Number.isInteger(start) || start < 0)
        throw new EngineError(400, 'badRequest', `invalid nextToken ${b.nextToken}`, 'nextToken');
      const page = all.slice(start, start + limit);
      return ok({
        requestId: req.id,
        totalCount: all.length,
        nextToken: start + limit < all.length ? String(start + limit) : '',
        containerGroups: page.map(groupView),
      });
    });
    app.put('/containers/restartContainerGroup/:id', async (req) => {
      const g = engine.eci.restart(caller(req), id(req));
      return ok({ requestId: req.id, containerGroupId: g.id });
    });
    app.put('/containers/updateContainerGroup/:id', async (req) => {
      const g = engine.eci.update(caller(req), id(req), req.body);
      return ok({ requestId: req.id, containerGroupId: g.id });
    });
    app.delete('/containers/deleteContainerGroup/:id', async (req) => {
      const g = engine.eci.delete(caller(req), id(req));
      return ok({ requestId: req.id, containerGroupId: g.id });
    });
  };
}
