// /servers: list (summary and detail, with Nova's filters, sorting and paging), create, show, update,
// delete. Shapes come from views/server; semantics from the engine.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine';
import type { CreateServerRequest } from '../../domain/servers/create';
import type { ServerQuery, SortKey } from '../../domain/servers/read';
import { BadRequest, Forbidden, policyDenied } from '../../model/errors';
import { invalid, onlyKnown, queryBool, required, wrapped, type Allowed } from '../body';
import { show } from '../../model/show';
import { loadViewData, serverSummary, serverView } from '../views/server';
import { links, selfLink } from '../views/common';
import { many, one, reply, route, type RouteInput } from './common';

const MAX_LIMIT = 1000;

/** Filters every caller may use, with the microversion they appeared in. */
const USER_FILTERS: [string, number][] = [
  ['name', 1],
  ['status', 1],
  ['image', 1],
  ['flavor', 1],
  ['ip', 1],
  ['reservation_id', 1],
  ['changes-since', 1],
  ['ip6', 5],
  ['tags', 26],
  ['tags-any', 26],
  ['not-tags', 26],
  ['not-tags-any', 26],
  ['changes-before', 66],
  ['locked', 73],
  ['availability_zone', 83],
  ['config_drive', 83],
  ['key_name', 83],
  ['created_at', 83],
  ['launched_at', 83],
  ['terminated_at', 83],
  ['power_state', 83],
  ['task_state', 83],
  ['vm_state', 83],
  ['progress', 83],
  ['user_id', 83],
  ['hostname', 90],
];
const ADMIN_FILTERS = [
  'host',
  'node',
  'project_id',
  'tenant_id',
  'uuid',
  'deleted',
  'description',
  'access_ip_v4',
  'access_ip_v6',
  'hostname',
  'user_id',
  'vm_state',
  'task_state',
  'power_state',
  'key_name',
  'availability_zone',
  'locked',
  'config_drive',
];
const PAGING = ['limit', 'marker', 'sort_key', 'sort_dir', 'all_tenants'];
const JOINED = [
  'metadata',
  'system_metadata',
  'info_cache',
  'security_groups',
  'pci_devices',
  'services',
  'block_device_mapping',
];
const SORT_KEYS = new Set([
  'access_ip_v4',
  'access_ip_v6',
  'auto_disk_config',
  'availability_zone',
  'config_drive',
  'created_at',
  'display_description',
  'display_name',
  'host',
  'hostname',
  'image_ref',
  'instance_type_id',
  'kernel_id',
  'key_name',
  'launch_index',
  'launched_at',
  'locked_by',
  'node',
  'power_state',
  'progress',
  'project_id',
  'ramdisk_id',
  'root_device_name',
  'task_state',
  'terminated_at',
  'updated_at',
  'user_id',
  'uuid',
  'vm_state',
  'locked',
]);
/** The sort keys the store can order by; the other SORT_KEYS are accepted and ignored, as Nova does. */
const SUPPORTED_SORT: Partial<Record<string, SortKey>> = {
  created_at: 'created_at',
  updated_at: 'updated_at',
  display_name: 'display_name',
  uuid: 'uuid',
  vm_state: 'vm_state',
  task_state: 'task_state',
  power_state: 'power_state',
  host: 'host',
  node: 'node',
  launched_at: 'launched_at',
  terminated_at: 'terminated_at',
  availability_zone: 'availability_zone',
  key_name: 'key_name',
  project_id: 'project_id',
  user_id: 'user_id',
  hostname: 'hostname',
  locked: 'locked',
  display_description: 'display_description',
  instance_type_id: 'instance_type_id',
  image_ref: 'image_ref',
  progress: 'progress',
  config_drive: 'config_drive',
};

function parseTime(value: string, name: string): number {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(t))
    throw new BadRequest(
      `Invalid input for query parameters ${name}. Value: ${value}. '${value}' is not a 'date-time'`,
      name,
    );
  return t;
}

function listQuery(r: RouteInput, detail: boolean): ServerQuery {
  const { mv } = r.nova;
  const admin = r.nova.view.admin;
  const q: ServerQuery = {};
  const known = new Set([
    ...USER_FILTERS.filter(([, m]) => mv.atLeast(2, m)).map(([n]) => n),
    ...PAGING,
    ...ADMIN_FILTERS,
  ]);
  for (const key of Object.keys(r.query)) {
    if (JOINED.includes(key) || key.startsWith('_')) throw new BadRequest(`Invalid filter field: ${key}.`, key);
    if (!known.has(key) && mv.atLeast(2, 75))
      throw new BadRequest(
        `Invalid input for query parameters ${key}. Additional properties are not allowed ('${key}' was unexpected)`,
        key,
      );
  }
  const userAllowed = new Set(USER_FILTERS.filter(([, m]) => mv.atLeast(2, m)).map(([n]) => n));
  const get = (name: string): string | undefined =>
    admin || userAllowed.has(name) || PAGING.includes(name) ? one(r.query[name]) : undefined;
  const list = (name: string) =>
    get(name) === undefined
      ? undefined
      : many(r.query[name])
          .flatMap((v) => v.split(','))
          .filter(Boolean);

  const allTenants = one(r.query.all_tenants);
  if (allTenants !== undefined) {
    if (!admin) throw policyDenied(`os_compute_api:servers:${detail ? 'detail' : 'index'}:get_all_tenants`);
    q.allTenants = queryBool(allTenants, 'all_tenants', { emptyIsTrue: true });
  }
  if (q.allTenants) q.projectId = get('project_id') ?? get('tenant_id');
  const str = (name: string) => get(name);
  q.name = str('name');
  const statuses = many(r.query.status);
  if (statuses.length) {
    if (statuses.some((s) => s.toUpperCase() === 'DELETED') && !admin)
      throw new Forbidden('Only administrators may list deleted instances');
    q.status = statuses;
  }
  q.image = str('image');
  q.flavor = str('flavor');
  q.ip = str('ip');
  q.ip6 = str('ip6');
  q.reservationId = str('reservation_id');
  q.uuid = str('uuid');
  q.host = str('host');
  q.node = str('node');
  q.userId = str('user_id');
  q.keyName = str('key_name');
  q.availabilityZone = str('availability_zone');
  q.hostname = str('hostname');
  q.description = str('description');
  q.accessIPv4 = str('access_ip_v4');
  q.accessIPv6 = str('access_ip_v6');
  q.vmState = list('vm_state');
  q.taskState = list('task_state');
  const power = list('power_state');
  if (power) q.powerState = power.map(Number);
  q.tags = list('tags');
  q.tagsAny = list('tags-any');
  q.notTags = list('not-tags');
  q.notTagsAny = list('not-tags-any');
  const locked = get('locked');
  if (locked !== undefined) q.locked = queryBool(locked, 'locked');
  const deleted = get('deleted');
  if (deleted !== undefined) q.deleted = queryBool(deleted, 'deleted');
  if (statuses.some((s) => s.toUpperCase() === 'DELETED')) q.deleted = true;
  const since = get('changes-since'),
    before = get('changes-before');
  if (since !== undefined) q.changesSince = parseTime(since, 'changes-since');
  if (before !== undefined) q.changesBefore = parseTime(before, 'changes-before');
  if (q.changesSince !== undefined && q.changesBefore !== undefined && q.changesSince > q.changesBefore) {
    throw new BadRequest('The value of changes-since must be less than or equal to changes-before.', 'changes-before');
  }
  const limit = one(r.query.limit);
  if (limit !== undefined) {
    if (!/^\d+$/.test(limit))
      throw new BadRequest(
        `Invalid input for query parameters limit. Value: ${limit}. '${limit}' does not match '^[0-9]*$'`,
        'limit',
      );
    q.limit = Math.min(Number(limit), MAX_LIMIT);
  } else {
    q.limit = MAX_LIMIT;
  }
  q.marker = one(r.query.marker);
  const keys = many(r.query.sort_key);
  // Fewer directions than keys is allowed: a key without its own direction takes the first one.
  const dirs: (string | undefined)[] = many(r.query.sort_dir);
  if (keys.length) {
    q.sort = [];
    keys.forEach((k, i) => {
      if (!SORT_KEYS.has(k)) {
        if (mv.atLeast(2, 75))
          throw new BadRequest(`Invalid input for query parameters sort_key. Value: ${k}.`, 'sort_key');
        return; // legacy keys are ignored quietly before 2.75
      }
      if ((k === 'host' || k === 'node') && !admin) throw new Forbidden('Only administrators can sort servers by host');
      if (k === 'locked' && mv.below(2, 73)) return;
      const dir = (dirs[i] ?? dirs[0] ?? 'desc').toLowerCase();
      if (dir !== 'asc' && dir !== 'desc')
        throw new BadRequest(
          `Invalid input for query parameters sort_dir. Value: ${dir}. '${dir}' is not one of ['asc', 'desc']`,
          'sort_dir',
        );
      const mapped = SUPPORTED_SORT[k];
      if (mapped) q.sort!.push({ key: mapped, dir });
    });
  }
  return q;
}

function list(r: RouteInput, detail: boolean) {
  const q = listQuery(r, detail);
  const page = r.engine.servers.list(r.nova.caller, q);
  const v = r.nova.view;
  const body: Record<string, unknown> = {};
  if (detail) {
    const data = loadViewData(r.engine.store, page.servers);
    body.servers = page.servers.map((s) => serverView(v, s, data, 'detail'));
  } else {
    body.servers = page.servers.map((s) => serverSummary(v, s));
  }
  if (page.next) {
    const params = new URLSearchParams();
    for (const [k, val] of Object.entries(r.query))
      if (k !== 'marker' && k !== 'limit') for (const x of many(val)) params.append(k, x);
    params.set('limit', String(q.limit));
    params.set('marker', page.next);
    const listLink = selfLink(v, 'servers', detail ? 'detail' : '');
    body.servers_links = [{ rel: 'next', href: `${listLink}?${params.toString()}` }];
  }
  return reply(200, body);
}

/** Create-body properties per microversion (nova/api/openstack/compute/schemas/servers.py). */
const CREATE_PROPS: Allowed[] = [
  'name',
  'imageRef',
  'flavorRef',
  'adminPass',
  'metadata',
  'networks',
  'OS-DCF:diskConfig',
  'accessIPv4',
  'accessIPv6',
  ['personality', 1, 57],
  'key_name',
  'user_data',
  'security_groups',
  'availability_zone',
  'block_device_mapping',
  'block_device_mapping_v2',
  'config_drive',
  'min_count',
  'max_count',
  'return_reservation_id',
  ['description', 19],
  ['tags', 52],
  ['trusted_image_certificates', 63],
  ['host', 74],
  ['hypervisor_hostname', 74],
  ['hostname', 90],
];

function create(r: RouteInput) {
  const { mv, view: v } = r.nova;
  const body = r.body as Record<string, unknown> | null;
  let server = wrapped(body, 'server');
  server = onlyKnown(server, 'server', CREATE_PROPS, mv);
  required(server, 'server', ['name', 'flavorRef', ...(mv.atLeast(2, 37) ? ['networks'] : [])]);
  if (typeof server.name === 'string' && mv.legacy) server.name = server.name.trim();
  const networks = server.networks;
  if (networks !== undefined && !Array.isArray(networks)) {
    if (!(mv.atLeast(2, 37) && (networks === 'auto' || networks === 'none')))
      throw invalid('networks', networks, `${JSON.stringify(networks)} is not of type 'array'`);
  }
  if (Array.isArray(networks)) {
    const seen = new Set<string>();
    // Entries are the caller's JSON: anything, until checked.
    networks.forEach((entry: unknown, i) => {
      if (!entry || typeof entry !== 'object') throw invalid(`networks[${i}]`, entry, "is not of type 'object'");
      const n = entry as Record<string, unknown>;
      if (n.port && n.fixed_ip)
        throw new BadRequest(
          `Invalid input for field/attribute networks. fixed_ip cannot be used with port ${show(n.port)}`,
          `networks[${i}]`,
        );
      if (!n.port && !n.uuid) throw new BadRequest("Bad network format: missing 'uuid'", `networks[${i}]`);
      if (n.uuid && !/^[0-9a-fA-F-]{32,36}$/.test(show(n.uuid)) && n.uuid !== 'auto')
        throw new BadRequest(
          `Bad networks format: network uuid is not in proper format (${show(n.uuid)})`,
          `networks[${i}].uuid`,
        );
      if (n.port) {
        const port = show(n.port);
        if (seen.has(port)) throw new BadRequest(`Duplicate port ${port} in the networks list.`, `networks[${i}].port`);
        seen.add(port);
      }
    });
  }
  if (server.block_device_mapping && server.block_device_mapping_v2)
    throw new BadRequest(
      'Using different block_device_mapping syntaxes is not allowed in the same request.',
      'block_device_mapping',
    );
  // Below 2.19 Nova records the name as the description.
  if (mv.below(2, 19)) server.description = server.name;
  // Before 2.37 an empty networks list (what OSC sends without --network) means "choose for me".
  if (Array.isArray(networks) && networks.length === 0) delete server.networks;
  const hints = ((body as Record<string, unknown>)['os:scheduler_hints'] ??
    (body as Record<string, unknown>)['OS-SCH-HNT:scheduler_hints'] ??
    {}) as Record<string, unknown>;
  const result = r.engine.servers.create(r.nova.caller, server as unknown as CreateServerRequest, hints);
  if (
    server.return_reservation_id === true ||
    server.return_reservation_id === 'true' ||
    server.return_reservation_id === 'True'
  ) {
    return reply(202, { reservation_id: result.reservationId });
  }
  const s = result.servers[0];
  const groups = r.engine.store.securityGroups;
  const created: Record<string, unknown> = {
    id: s.id,
    links: links(v, 'servers', s.id),
    'OS-DCF:diskConfig': s.diskConfig,
    security_groups: s.securityGroups.map((g) => ({ name: groups.get(g)?.name ?? g })),
    adminPass: result.adminPass,
  };
  return reply(202, { server: created }, { Location: selfLink(v, 'servers', s.id) });
}

const UPDATE_PROPS: Allowed[] = [
  'name',
  'accessIPv4',
  'accessIPv6',
  'OS-DCF:diskConfig',
  ['description', 19],
  ['hostname', 90],
];

export async function serverRoutes(app: FastifyInstance, engine: Engine): Promise<void> {
  route(app, engine, 'GET', '/servers', (r) => list(r, false));
  route(app, engine, 'GET', '/servers/detail', (r) => list(r, true));
  route(app, engine, 'POST', '/servers', create);
  // OTC's boot-from-volume alias, removed upstream at 2.103 (above this engine's maximum).
  route(app, engine, 'POST', '/os-volumes_boot', create);
  route(app, engine, 'GET', '/servers/:id', (r) => {
    const s = r.engine.servers.get(r.nova.caller, r.params.id);
    return reply(200, { server: serverView(r.nova.view, s, loadViewData(r.engine.store, [s]), 'show') });
  });
  route(app, engine, 'PUT', '/servers/:id', (r) => {
    const body = onlyKnown(wrapped(r.body, 'server'), 'server', UPDATE_PROPS, r.nova.mv);
    const s = r.engine.servers.update(r.nova.caller, r.params.id, body);
    return reply(200, { server: serverView(r.nova.view, s, loadViewData(r.engine.store, [s]), 'update') });
  });
  route(app, engine, 'DELETE', '/servers/:id', (r) => {
    r.engine.servers.delete(r.nova.caller, r.params.id);
    return reply(204);
  });
}
