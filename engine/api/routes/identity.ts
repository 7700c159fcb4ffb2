// A minimal Keystone v3: version documents, tokens (password, token and application-credential
// methods, project scope), token validation/revocation, application credentials, and the catalog that
// sends every client back to this same server.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Engine } from '../../engine';
import { findProject, findUser, Unauthorized } from '../../domain/identity';
import { BadRequest, EngineError, NotFound } from '../../model/errors';
import type { ApplicationCredential, Project, User } from '../../model/types';
import { issueToken, revokeToken, TOKEN_TTL_MS, verifyToken, type TokenClaims } from '../tokens';
import { isoZ } from '../views/common';

const V3_UPDATED = '2023-09-01T00:00:00Z';
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '000Z');

function versionEntry(origin: string) {
  return {
    id: 'v3.14',
    status: 'stable',
    updated: V3_UPDATED,
    links: [{ rel: 'self', href: `${origin}/identity/v3/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
  };
}

/** Service catalog: every service on this server, public/internal/admin, in one region. */
export function catalog(origin: string, projectId: string, region: string) {
  const entry = (type: string, name: string, url: string) => ({
    type,
    name,
    id: createHash('md5').update(type).digest('hex'),
    endpoints: ['public', 'internal', 'admin'].map((iface) => ({
      id: createHash('md5').update(`${type}:${iface}`).digest('hex'),
      interface: iface,
      region,
      region_id: region,
      url,
    })),
  });
  return [
    entry('identity', 'keystone', `${origin}/identity`),
    entry('compute', 'nova', `${origin}/v2.1`),
    entry('image', 'glance', `${origin}/image`),
    entry('network', 'neutron', `${origin}/network`),
    entry('volumev3', 'cinderv3', `${origin}/volume/v3/${projectId}`),
    entry('block-storage', 'cinder', `${origin}/volume/v3/${projectId}`),
    // ECI clients append /eci/api/v1/containers/… to the root, and send the region's ECI id as `regionId`.
    entry('eci', 'eci', origin),
  ];
}

const domain = { id: 'default', name: 'Default' };
const unauthorized = () => new Unauthorized('The request you have made requires authentication.');

function lookupUser(
  engine: Engine,
  u: { id?: string; name?: string; domain?: { id?: string; name?: string } } | undefined,
): User {
  if (!u || (!u.id && !u.name))
    throw new BadRequest(
      'Expecting to find user id or name in identity - the server could not comply with the request ' +
        'since it is either malformed or otherwise incorrect.',
    );
  if (u.name && u.domain && u.domain.id !== 'default' && u.domain.name?.toLowerCase() !== 'default')
    throw unauthorized();
  const user = findUser(engine.ctx, u.id ?? u.name!);
  if (!user || (u.id && user.id !== u.id) || (u.name && !u.id && user.name !== u.name)) throw unauthorized();
  return user;
}

function lookupProject(engine: Engine, p: { id?: string; name?: string } | undefined): Project {
  const project = p && findProject(engine.ctx, p.id ?? p.name ?? '');
  if (!project) throw unauthorized();
  return project;
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a),
    y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
const hashSecret = (s: string) => createHash('sha256').update(s).digest('hex');

interface AuthBody {
  auth?: {
    identity?: {
      methods?: string[];
      password?: { user?: { id?: string; name?: string; password?: string; domain?: { id?: string; name?: string } } };
      token?: { id?: string };
      application_credential?: {
        id?: string;
        name?: string;
        secret?: string;
        user?: { id?: string; name?: string; domain?: { id?: string; name?: string } };
      };
    };
    scope?: { project?: { id?: string; name?: string; domain?: { id?: string; name?: string } } } | 'unscoped';
  };
}

/** Resolves an auth request body to the token's claims (without id), as Keystone does. */
function authenticate(engine: Engine, body: AuthBody | null | undefined, req: FastifyRequest): Omit<TokenClaims, 'id'> {
  const auth = body?.auth;
  const identity = auth?.identity;
  const methods = identity?.methods;
  if (!Array.isArray(methods) || !methods.length)
    throw new BadRequest("Invalid input for field 'identity/methods': [] is too short");
  const now = Date.now();
  let user: User;
  let projectId: string | null = null;
  let roles: string[] | null = null;
  let appCredentialId: string | undefined;
  let expiresAt = now + TOKEN_TTL_MS;
  const method = methods[0];
  if (method === 'password') {
    const u = identity?.password?.user;
    user = lookupUser(engine, u);
    if (typeof u?.password !== 'string' || !sameSecret(user.password, u.password)) throw unauthorized();
  } else if (method === 'token') {
    const prior = verifyToken(
      engine.store,
      identity?.token?.id ?? (req.headers['x-auth-token'] as string | undefined),
      now,
    );
    if (!prior) throw unauthorized();
    user = engine.store.users.get(prior.userId)!;
    expiresAt = prior.expiresAt; // a re-scoped token never outlives the one it came from
  } else if (method === 'application_credential') {
    const ac = identity?.application_credential;
    const cred = ac?.id
      ? engine.store.appCredentials.get(ac.id)
      : ac?.name
        ? engine.store.appCredentials.first('user_id = ? AND name = ?', [lookupUser(engine, ac.user).id, ac.name])
        : undefined;
    if (!cred || typeof ac?.secret !== 'string' || !sameSecret(cred.secretHash, hashSecret(ac.secret)))
      throw unauthorized();
    if (cred.expiresAt !== null && cred.expiresAt <= now) throw unauthorized();
    if (auth?.scope && auth.scope !== 'unscoped')
      throw new EngineError(401, 'unauthorized', 'Application credentials cannot request a scope.');
    user = engine.store.users.get(cred.userId)!;
    projectId = cred.projectId;
    roles = cred.roles;
    appCredentialId = cred.id;
  } else {
    throw new EngineError(401, 'unauthorized', `Attempted to authenticate with an unsupported method: ${method}`);
  }
  if (!projectId) {
    const scope = auth?.scope;
    const project =
      scope && scope !== 'unscoped' && scope.project
        ? lookupProject(engine, scope.project)
        : engine.store.projects.get(user.defaultProjectId);
    if (!project) throw unauthorized();
    projectId = project.id;
  }
  roles ??= user.roles[projectId] ?? [];
  if (!roles.length) throw unauthorized();
  return { userId: user.id, projectId, roles, methods: [method], issuedAt: now, expiresAt, appCredentialId };
}

function tokenBody(engine: Engine, claims: TokenClaims, origin: string, region: string, withCatalog: boolean) {
  const user = engine.store.users.get(claims.userId)!;
  const project = engine.store.projects.get(claims.projectId)!;
  const roleIds = (name: string) => createHash('md5').update(`role:${name}`).digest('hex');
  const token: Record<string, unknown> = {
    methods: claims.methods,
    user: { id: user.id, name: user.name, domain, password_expires_at: null },
    audit_ids: [Buffer.from(claims.id.slice(0, 16), 'hex').toString('base64url')],
    expires_at: iso(claims.expiresAt),
    issued_at: iso(claims.issuedAt),
    project: { id: project.id, name: project.name, domain },
    is_domain: false,
    roles: claims.roles.map((name) => ({ id: roleIds(name), name })),
  };
  if (withCatalog) token.catalog = catalog(origin, project.id, region);
  if (claims.appCredentialId) {
    const ac = engine.store.appCredentials.get(claims.appCredentialId);
    token.application_credential = { id: claims.appCredentialId, name: ac?.name ?? '', restricted: !ac?.unrestricted };
  }
  return { token };
}

export function identityRoutes(engine: Engine, opts: { region: string }) {
  return async (app: FastifyInstance) => {
    app.addHook('onSend', async (_req, reply) => {
      reply.header('Vary', 'X-Auth-Token');
    });
    app.get('/', async (req, reply) => reply.code(300).send({ versions: { values: [versionEntry(req.origin)] } }));
    for (const path of ['/v3', '/v3/']) app.get(path, async (req) => ({ version: versionEntry(req.origin) }));

    app.post('/v3/auth/tokens', async (req, reply) => {
      const { token, claims } = issueToken(engine.store, authenticate(engine, req.body as AuthBody | null, req));
      const nocatalog = 'nocatalog' in (req.query as object);
      return reply
        .code(201)
        .header('X-Subject-Token', token)
        .send(tokenBody(engine, claims, req.origin, opts.region, !nocatalog));
    });

    const subject = (req: FastifyRequest) => {
      const now = Date.now();
      if (!verifyToken(engine.store, req.headers['x-auth-token'] as string | undefined, now)) throw unauthorized();
      const claims = verifyToken(engine.store, req.headers['x-subject-token'] as string | undefined, now);
      if (!claims) throw new NotFound('Could not find token.');
      return claims;
    };
    app.get('/v3/auth/tokens', async (req, reply) => {
      const claims = subject(req);
      return reply
        .header('X-Subject-Token', req.headers['x-subject-token'])
        .send(tokenBody(engine, claims, req.origin, opts.region, !('nocatalog' in (req.query as object))));
    });
    app.head('/v3/auth/tokens', async (req, reply) => {
      subject(req);
      return reply.code(200).send();
    });
    app.delete('/v3/auth/tokens', async (req, reply) => {
      revokeToken(engine.store, subject(req));
      return reply.code(204).send();
    });

    const caller = (req: FastifyRequest) => {
      const claims = verifyToken(engine.store, req.headers['x-auth-token'] as string | undefined, Date.now());
      if (!claims) throw unauthorized();
      return claims;
    };
    app.get('/v3/auth/catalog', async (req) => ({ catalog: catalog(req.origin, caller(req).projectId, opts.region) }));
    app.get('/v3/auth/projects', async (req) => {
      const c = caller(req);
      const user = engine.store.users.get(c.userId)!;
      return {
        projects: Object.keys(user.roles)
          .map((id) => engine.store.projects.get(id))
          .filter(Boolean)
          .map((p) => ({ id: p!.id, name: p!.name, domain_id: 'default', enabled: true, is_domain: false })),
      };
    });

    // Application credentials: created by a user for their current project, secret shown once.
    const acView = (a: ApplicationCredential, secret?: string) => ({
      id: a.id,
      name: a.name,
      description: a.description,
      project_id: a.projectId,
      roles: a.roles.map((name) => ({ name })),
      expires_at: a.expiresAt === null ? null : isoZ(a.expiresAt),
      unrestricted: a.unrestricted,
      ...(secret ? { secret } : {}),
    });
    const ownUser = (req: FastifyRequest) => {
      const c = caller(req);
      const uid = (req.params as { user_id: string }).user_id;
      if (uid !== c.userId)
        throw new EngineError(403, 'forbidden', 'You are not authorized to perform the requested action.');
      return c;
    };
    app.post('/v3/users/:user_id/application_credentials', async (req, reply) => {
      const c = ownUser(req);
      const body = (
        req.body as {
          application_credential?: {
            name?: string;
            secret?: string;
            description?: string;
            expires_at?: string;
            unrestricted?: boolean;
            roles?: { name: string }[];
          };
        } | null
      ) // a POST without a body
      ?.application_credential;
      if (!body?.name)
        throw new BadRequest("Invalid input for field 'application_credential': 'name' is a required property");
      if (engine.store.appCredentials.first('user_id = ? AND name = ?', [c.userId, body.name]))
        throw new EngineError(
          409,
          'conflictingRequest',
          'Conflict occurred attempting to store application_credential - ' +
            `Duplicate entry found with name ${body.name}.`,
        );
      const roles = body.roles?.length ? body.roles.map((r) => r.name) : c.roles;
      if (roles.some((r) => !c.roles.includes(r)))
        throw new EngineError(403, 'forbidden', 'You are not authorized to delegate roles you do not hold.');
      const secret = body.secret ?? randomBytes(32).toString('base64url');
      const cred: ApplicationCredential = {
        id: randomUUID().replace(/-/g, ''),
        name: body.name,
        description: body.description ?? null,
        userId: c.userId,
        projectId: c.projectId,
        roles,
        secretHash: hashSecret(secret),
        expiresAt: body.expires_at ? Date.parse(body.expires_at) : null,
        unrestricted: !!body.unrestricted,
        createdAt: Date.now(),
      };
      engine.store.tx(() => engine.store.appCredentials.put(cred));
      return reply.code(201).send({ application_credential: acView(cred, secret) });
    });
    app.get('/v3/users/:user_id/application_credentials', async (req) => {
      const c = ownUser(req);
      return {
        application_credentials: engine.store.appCredentials.where('user_id = ?', [c.userId]).map((a) => acView(a)),
      };
    });
    app.delete('/v3/users/:user_id/application_credentials/:id', async (req, reply) => {
      const c = ownUser(req);
      const a = engine.store.appCredentials.get((req.params as { id: string }).id);
      if (!a || a.userId !== c.userId) throw new NotFound('Could not find application credential.');
      engine.store.tx(() => engine.store.appCredentials.delete(a.id));
      return reply.code(204).send();
    });
  };
}
