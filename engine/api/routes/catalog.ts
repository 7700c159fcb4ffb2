// Flavors (+ extra specs), the image and nova-network proxies, keypairs, availability zones, limits,
// server groups and hypervisors.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine';
import { BadRequest, NotFound, policyDenied } from '../../model/errors';
import { invalid, onlyKnown, queryBool, required, wrapped } from '../body';
import { show } from '../../model/show';
import {
  availabilityZoneView,
  flavorSummary,
  flavorView,
  hypervisorView,
  imageView,
  keypairView,
  limitsView,
  osNetworkView,
  serverGroupView,
} from '../views/catalog';
import { selfLink } from '../views/common';
import { one, reply, route, until, type RouteInput } from './common';

function flavors(r: RouteInput, detail: boolean) {
  const admin = r.nova.view.admin;
  let list = r.engine.catalog.flavors(r.nova.caller);
  const isPublic = one(r.query.is_public);
  // Only admins may see private flavors; `is_public=None` (what OSC sends) means "all".
  if (!admin || (isPublic !== undefined && isPublic.toLowerCase() !== 'none' && queryBool(isPublic, 'is_public')))
    list = list.filter((f) => f.isPublic);
  const minDisk = one(r.query.minDisk),
    minRam = one(r.query.minRam);
  if (minDisk !== undefined) list = list.filter((f) => f.disk >= Number(minDisk));
  if (minRam !== undefined) list = list.filter((f) => f.ram >= Number(minRam));
  const key = one(r.query.sort_key) ?? 'flavorid',
    dir = one(r.query.sort_dir) ?? 'asc';
  const field: Partial<Record<string, (f: (typeof list)[number]) => string | number>> = {
    flavorid: (f) => f.id,
    id: (f) => f.id,
    name: (f) => f.name,
    memory_mb: (f) => f.ram,
    vcpus: (f) => f.vcpus,
    root_gb: (f) => f.disk,
    ephemeral_gb: (f) => f.ephemeral,
    swap: (f) => f.swap,
    rxtx_factor: (f) => f.rxtxFactor,
  };
  // sort_key is the caller's: only the table's own keys count (not `constructor`, `toString`, …).
  const get = Object.hasOwn(field, key) ? field[key] : undefined;
  if (!get) throw new BadRequest(`Invalid input for query parameters sort_key. Value: ${key}.`, 'sort_key');
  list = [...list].sort((a, b) => (get(a) < get(b) ? -1 : get(a) > get(b) ? 1 : 0) * (dir === 'desc' ? -1 : 1));
  const marker = one(r.query.marker);
  if (marker !== undefined) {
    const i = list.findIndex((f) => f.id === marker);
    if (i < 0) throw new BadRequest(`marker [${marker}] not found`, 'marker');
    list = list.slice(i + 1);
  }
  const limit = one(r.query.limit);
  const page = limit !== undefined ? list.slice(0, Number(limit)) : list;
  const body: Record<string, unknown> = {
    flavors: page.map((f) => (detail ? flavorView(r.nova.view, f) : flavorSummary(r.nova.view, f))),
  };
  if (limit !== undefined && page.length === Number(limit) && page.length) {
    const listLink = selfLink(r.nova.view, 'flavors', detail ? 'detail' : '');
    const lastId = page[page.length - 1].id;
    body.flavors_links = [{ rel: 'next', href: `${listLink}?limit=${limit}&marker=${lastId}` }];
  }
  return reply(200, body);
}

/** The caller's flavor id (a string or a number), or a fresh UUID when absent or empty. */
function flavorId(value: unknown): string {
  if (!value) return crypto.randomUUID();
  // An object or array would otherwise be stored as the id "[object Object]".
  if (typeof value !== 'string' && typeof value !== 'number')
    throw invalid('id', value, `${show(value)} is not of type 'string', 'integer'`);
  return String(value);
}

export async function catalogRoutes(app: FastifyInstance, engine: Engine): Promise<void> {
  route(app, engine, 'GET', '/flavors', (r) => flavors(r, false));
  route(app, engine, 'GET', '/flavors/detail', (r) => flavors(r, true));
  route(app, engine, 'GET', '/flavors/:id', (r) =>
    reply(200, { flavor: flavorView(r.nova.view, r.engine.catalog.flavor(r.params.id)) }),
  );
  route(app, engine, 'POST', '/flavors', (r) => {
    const f = onlyKnown(
      wrapped(r.body, 'flavor'),
      'flavor',
      [
        'name',
        'id',
        'ram',
        'vcpus',
        'disk',
        'OS-FLV-EXT-DATA:ephemeral',
        'swap',
        'rxtx_factor',
        'os-flavor-access:is_public',
        ['description', 55],
      ],
      r.nova.mv,
    );
    required(f, 'flavor', ['name', 'ram', 'vcpus', 'disk']);
    const created = r.engine.catalog.createFlavor(r.nova.caller, {
      id: flavorId(f.id),
      name: String(f.name),
      ram: Number(f.ram),
      vcpus: Number(f.vcpus),
      disk: Number(f.disk),
      ephemeral: Number(f['OS-FLV-EXT-DATA:ephemeral'] ?? 0),
      swap: Number(f.swap ?? 0),
      rxtxFactor: Number(f.rxtx_factor ?? 1),
      isPublic: f['os-flavor-access:is_public'] !== false,
      description: (f.description as string | undefined) ?? null,
    });
    return reply(200, { flavor: flavorView(r.nova.view, created) });
  });
  route(app, engine, 'DELETE', '/flavors/:id', (r) => {
    r.engine.catalog.deleteFlavor(r.nova.caller, r.params.id);
    return reply(202);
  });
  route(app, engine, 'GET', '/flavors/:id/os-extra_specs', (r) =>
    reply(200, { extra_specs: r.engine.catalog.flavor(r.params.id).extraSpecs }),
  );
  route(app, engine, 'POST', '/flavors/:id/os-extra_specs', (r) => {
    const specs = wrapped(r.body, 'extra_specs');
    for (const [k, v] of Object.entries(specs))
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
        throw invalid(`extra_specs.${k}`, v, 'is not a string');
    const f = r.engine.catalog.setExtraSpecs(
      r.nova.caller,
      r.params.id,
      Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, String(v)])),
    );
    return reply(200, { extra_specs: f.extraSpecs });
  });
  route(app, engine, 'GET', '/flavors/:id/os-extra_specs/:key', (r) => {
    const specs = r.engine.catalog.flavor(r.params.id).extraSpecs;
    if (!(r.params.key in specs))
      throw new NotFound(`Flavor ${r.params.id} has no extra specs with key ${r.params.key}.`);
    return reply(200, { [r.params.key]: specs[r.params.key] });
  });
  route(app, engine, 'PUT', '/flavors/:id/os-extra_specs/:key', (r) => {
    const body = r.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object' || Object.keys(body).length !== 1 || !(r.params.key in body))
      throw new BadRequest('Request body and URI mismatch');
    r.engine.catalog.setExtraSpecs(r.nova.caller, r.params.id, { [r.params.key]: String(body[r.params.key]) });
    return reply(200, { [r.params.key]: String(body[r.params.key]) });
  });
  route(app, engine, 'DELETE', '/flavors/:id/os-extra_specs/:key', (r) => {
    r.engine.catalog.deleteExtraSpec(r.nova.caller, r.params.id, r.params.key);
    return reply(200);
  });

  // Image proxy (removed at 2.36).
  route(app, engine, 'GET', '/images', (r) => {
    until(r, 36);
    return reply(200, { images: r.engine.catalog.images(r.nova.caller).map((i) => imageView(r.nova.view, i, false)) });
  });
  route(app, engine, 'GET', '/images/detail', (r) => {
    until(r, 36);
    return reply(200, { images: r.engine.catalog.images(r.nova.caller).map((i) => imageView(r.nova.view, i)) });
  });
  route(app, engine, 'GET', '/images/:id', (r) => {
    until(r, 36);
    return reply(200, { image: imageView(r.nova.view, r.engine.catalog.image(r.nova.caller, r.params.id)) });
  });
  route(app, engine, 'DELETE', '/images/:id', (r) => {
    until(r, 36);
    r.engine.catalog.deleteImage(r.nova.caller, r.params.id);
    return reply(204);
  });

  // nova-network proxy (removed at 2.36), as the ECS guide lists networks.
  const osNetwork = (r: RouteInput, id: string) => {
    const n = r.engine.catalog.networks(r.nova.caller).find((x) => x.id === id);
    if (!n) throw new NotFound(`Network ${id} could not be found.`);
    const subnet = r.engine.store.subnets.get(n.subnetIds[0]);
    return osNetworkView(n, subnet?.cidr ?? null, subnet?.gatewayIp ?? null);
  };
  route(app, engine, 'GET', '/os-networks', (r) => {
    until(r, 36);
    return reply(200, { networks: r.engine.catalog.networks(r.nova.caller).map((n) => osNetwork(r, n.id)) });
  });
  route(app, engine, 'GET', '/os-networks/:id', (r) => {
    until(r, 36);
    return reply(200, { network: osNetwork(r, r.params.id) });
  });

  // Keypairs: codes and fields per microversion.
  const userId = (r: RouteInput) => (r.nova.mv.atLeast(2, 10) ? one(r.query.user_id) : undefined);
  route(app, engine, 'GET', '/os-keypairs', (r) => {
    let list = r.engine.keypairs.list(r.nova.caller, userId(r));
    const marker = r.nova.mv.atLeast(2, 35) ? one(r.query.marker) : undefined;
    if (marker !== undefined) {
      const i = list.findIndex((k) => k.name === marker);
      if (i < 0) throw new BadRequest(`marker [${marker}] not found`, 'marker');
      list = list.slice(i + 1);
    }
    const limit = r.nova.mv.atLeast(2, 35) ? one(r.query.limit) : undefined;
    if (limit !== undefined) list = list.slice(0, Number(limit));
    const body: Record<string, unknown> = { keypairs: list.map((k) => ({ keypair: keypairView(r.nova.view, k) })) };
    if (limit !== undefined && list.length === Number(limit) && list.length) {
      const listLink = selfLink(r.nova.view, 'os-keypairs', '');
      const lastName = encodeURIComponent(list[list.length - 1].name);
      body.keypairs_links = [{ rel: 'next', href: `${listLink}?limit=${limit}&marker=${lastName}` }];
    }
    return reply(200, body);
  });
  route(app, engine, 'POST', '/os-keypairs', (r) => {
    const { mv } = r.nova;
    const body = onlyKnown(
      wrapped(r.body, 'keypair'),
      'keypair',
      ['name', 'public_key', ['type', 2], ['user_id', 10]],
      mv,
    );
    required(body, 'keypair', ['name', ...(mv.atLeast(2, 92) ? ['public_key'] : [])]);
    const name = mv.legacy && typeof body.name === 'string' ? body.name.trim() : body.name;
    const pattern = mv.atLeast(2, 92) ? /^[_\-@. a-zA-Z0-9]+$/ : /^[_\- a-zA-Z0-9]+$/;
    if (typeof name !== 'string' || !pattern.test(name))
      throw invalid('name', name, `'${String(name)}' does not match '${pattern.source}'`);
    const { keypair, privateKey } = r.engine.keypairs.create(r.nova.caller, { ...body, name });
    return reply(mv.atLeast(2, 2) ? 201 : 200, {
      keypair: keypairView(r.nova.view, keypair, { create: true, privateKey }),
    });
  });
  route(app, engine, 'GET', '/os-keypairs/:name', (r) =>
    reply(200, {
      keypair: keypairView(r.nova.view, r.engine.keypairs.get(r.nova.caller, r.params.name, userId(r)), { show: true }),
    }),
  );
  route(app, engine, 'DELETE', '/os-keypairs/:name', (r) => {
    r.engine.keypairs.delete(r.nova.caller, r.params.name, userId(r));
    return reply(r.nova.mv.atLeast(2, 2) ? 204 : 202);
  });

  // Availability zones.
  route(app, engine, 'GET', '/os-availability-zone', (r) =>
    reply(200, availabilityZoneView(r.engine.catalog.availabilityZones(), false)),
  );
  route(app, engine, 'GET', '/os-availability-zone/detail', (r) => {
    if (!r.nova.view.admin) throw policyDenied('os_compute_api:os-availability-zone:detail');
    return reply(200, availabilityZoneView(r.engine.catalog.availabilityZones(), true));
  });

  // Limits (an admin may ask for another project's with tenant_id).
  route(app, engine, 'GET', '/limits', (r) => {
    const project = (r.nova.view.admin && one(r.query.tenant_id)) || r.nova.caller.projectId;
    const groups = r.engine.store.serverGroups.scalar('COUNT(*)', 'project_id = ?', [project]);
    return reply(
      200,
      limitsView(
        r.nova.view,
        r.engine.quotas.limits(r.nova.caller, project),
        r.engine.quotas.usage(r.nova.caller, project),
        groups,
      ),
    );
  });

  // Server groups.
  route(app, engine, 'GET', '/os-server-groups', (r) => {
    const all = one(r.query.all_projects);
    let list = r.engine.serverGroups.list(
      r.nova.caller,
      all !== undefined && r.nova.view.admin && queryBool(all, 'all_projects', { emptyIsTrue: true }),
    );
    const offset = Number(one(r.query.offset) ?? 0),
      limit = one(r.query.limit);
    list = list.slice(offset, limit === undefined ? undefined : offset + Number(limit));
    return reply(200, { server_groups: list.map((g) => serverGroupView(r.nova.view, g)) });
  });
  route(app, engine, 'GET', '/os-server-groups/:id', (r) =>
    reply(200, { server_group: serverGroupView(r.nova.view, r.engine.serverGroups.get(r.nova.caller, r.params.id)) }),
  );
  route(app, engine, 'POST', '/os-server-groups', (r) => {
    const { mv } = r.nova;
    const body = onlyKnown(
      wrapped(r.body, 'server_group'),
      'server_group',
      mv.atLeast(2, 64) ? ['name', 'policy', 'rules'] : ['name', 'policies'],
      mv,
    );
    let policy: unknown;
    if (mv.atLeast(2, 64)) {
      required(body, 'server_group', ['name', 'policy']);
      policy = body.policy;
    } else {
      required(body, 'server_group', ['name', 'policies']);
      const p = body.policies;
      if (!Array.isArray(p) || p.length !== 1)
        throw invalid('policies', p, 'must be a list holding exactly one policy');
      policy = p[0];
      if (mv.below(2, 15) && (policy === 'soft-affinity' || policy === 'soft-anti-affinity'))
        throw invalid('policies', p, `'${String(policy)}' is not one of ['anti-affinity', 'affinity']`);
    }
    const g = r.engine.serverGroups.create(r.nova.caller, {
      name: body.name as string,
      policy: policy as string,
      rules: body.rules as never,
    });
    return reply(200, { server_group: serverGroupView(r.nova.view, g) });
  });
  route(app, engine, 'DELETE', '/os-server-groups/:id', (r) => {
    r.engine.serverGroups.delete(r.nova.caller, r.params.id);
    return reply(204);
  });

  // Hypervisors (admin).
  const hypervisors = (r: RouteInput, detail: boolean) => {
    const hosts = r.engine.hosts.list(r.nova.caller);
    const counts = new Map<string, number>();
    for (const row of r.engine.store
      .sql('SELECT host, COUNT(*) AS n FROM servers WHERE deleted_at IS NULL AND host IS NOT NULL GROUP BY host')
      .all() as { host: string; n: number }[])
      counts.set(row.host, row.n);
    const pattern = one(r.query.hypervisor_hostname_pattern);
    return hosts
      .map((h, i) => ({ h, i }))
      .filter(({ h }) => !pattern || h.name.includes(pattern))
      .map(({ h, i }) => hypervisorView(r.nova.view, h, i, detail, counts.get(h.name) ?? 0));
  };
  route(app, engine, 'GET', '/os-hypervisors', (r) => reply(200, { hypervisors: hypervisors(r, false) }));
  route(app, engine, 'GET', '/os-hypervisors/detail', (r) => reply(200, { hypervisors: hypervisors(r, true) }));
  route(app, engine, 'GET', '/os-hypervisors/:id', (r) => {
    const all = hypervisors(r, true);
    const h = all.find((x) => String(x.id) === r.params.id);
    if (!h) throw new NotFound(`Hypervisor with ID '${r.params.id}' could not be found.`);
    return reply(200, { hypervisor: h });
  });
}
