// Reading servers: one by id, and the filtered, sorted, paged listing of seed 002 (regex on name and IPs,
// exact matches elsewhere, status through the reverse state map, changes-since/before, tags).
import { BadRequest } from '../../model/errors';
import { statusFilter, statusOf, STATUSES, type ServerStatus } from '../../model/states';
import type { Caller, Port, Server } from '../../model/types';
import { isAdmin, type EngineContext } from '../context';
import { findServer } from './access';

export function getServer(ctx: EngineContext, caller: Caller, id: string): Server {
  return findServer(ctx, caller, id);
}

export const serverStatus = (s: Server): ServerStatus => statusOf(s.vmState, s.taskState);

export type SortKey =
  | 'created_at'
  | 'updated_at'
  | 'display_name'
  | 'name'
  | 'uuid'
  | 'id'
  | 'vm_state'
  | 'task_state'
  | 'power_state'
  | 'host'
  | 'node'
  | 'launched_at'
  | 'terminated_at'
  | 'availability_zone'
  | 'key_name'
  | 'project_id'
  | 'user_id'
  | 'hostname'
  | 'locked'
  | 'display_description'
  | 'instance_type_id'
  | 'image_ref'
  | 'progress'
  | 'config_drive';

export interface ServerQuery {
  name?: string;
  status?: string[];
  changesSince?: number;
  changesBefore?: number;
  ip?: string;
  ip6?: string;
  flavor?: string;
  image?: string;
  host?: string;
  node?: string;
  allTenants?: boolean;
  deleted?: boolean;
  locked?: boolean;
  projectId?: string;
  userId?: string;
  availabilityZone?: string;
  keyName?: string;
  reservationId?: string;
  uuid?: string;
  vmState?: string[];
  taskState?: string[];
  powerState?: number[];
  description?: string;
  hostname?: string;
  accessIPv4?: string;
  accessIPv6?: string;
  tags?: string[];
  tagsAny?: string[];
  notTags?: string[];
  notTagsAny?: string[];
  limit?: number;
  marker?: string;
  sort?: { key: SortKey; dir: 'asc' | 'desc' }[];
}

export interface ServerPage {
  servers: Server[];
  /** the last returned id, when another page may follow */ next: string | null;
}

function regex(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
}

export const portsByServer = (ctx: EngineContext, ids: string[]): Map<string, Port[]> => {
  const out = new Map<string, Port[]>();
  if (!ids.length) return out;
  const rows = ctx.store.ports.where(`device_id IN (${ids.map(() => '?').join(',')})`, ids);
  for (const p of rows) out.set(p.deviceId, [...(out.get(p.deviceId) ?? []), p]);
  return out;
};

const sortValue = (s: Server, key: SortKey): string | number | boolean | null => {
  switch (key) {
    case 'created_at':
      return s.createdAt;
    case 'updated_at':
      return s.updatedAt;
    case 'display_name':
    case 'name':
      return s.name;
    case 'uuid':
    case 'id':
      return s.id;
    case 'vm_state':
      return s.vmState;
    case 'task_state':
      return s.taskState;
    case 'power_state':
      return s.powerState;
    case 'host':
    case 'node':
      return s.host;
    case 'launched_at':
      return s.launchedAt;
    case 'terminated_at':
      return s.terminatedAt;
    case 'availability_zone':
      return s.availabilityZone;
    case 'key_name':
      return s.keyName;
    case 'project_id':
      return s.projectId;
    case 'user_id':
      return s.userId;
    case 'hostname':
      return s.hostname;
    case 'locked':
      return s.locked;
    case 'display_description':
      return s.description;
    case 'instance_type_id':
      return s.flavor.id;
    case 'image_ref':
      return s.imageId;
    case 'progress':
      return s.vmState === 'active' ? 100 : 0;
    case 'config_drive':
      return s.configDrive;
  }
};

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return a < b ? -1 : 1;
}

export function listServers(ctx: EngineContext, caller: Caller, q: ServerQuery = {}): ServerPage {
  const admin = isAdmin(caller);
  const wantsDeleted = q.deleted === true;
  const conds: string[] = [];
  const params: (string | number)[] = [];
  const scopeAll = admin && (q.allTenants || q.projectId);
  if (!scopeAll) {
    conds.push('project_id = ?');
    params.push(caller.projectId);
  } else if (q.projectId) {
    conds.push('project_id = ?');
    params.push(q.projectId);
  }
  // changes-since/before include servers deleted in the window, as Nova's do.
  if (!wantsDeleted && q.changesSince === undefined && q.changesBefore === undefined) conds.push('deleted_at IS NULL');
  if (wantsDeleted) conds.push('deleted_at IS NOT NULL');
  if (q.changesSince !== undefined) {
    conds.push('updated_at >= ?');
    params.push(q.changesSince);
  }
  if (q.changesBefore !== undefined) {
    conds.push('updated_at <= ?');
    params.push(q.changesBefore);
  }
  let rows = ctx.store.servers.where(conds.join(' AND ') || '1', params);

  const statusSets = (q.status ?? []).map((st) => {
    const upper = st.toUpperCase();
    if (!(STATUSES as readonly string[]).includes(upper)) throw new BadRequest(`Invalid status value`, 'status');
    return statusFilter(upper as ServerStatus);
  });
  const nameRe = q.name !== undefined ? regex(q.name) : null;
  const ports =
    q.ip !== undefined || q.ip6 !== undefined
      ? portsByServer(
          ctx,
          rows.map((s) => s.id),
        )
      : null;
  const ipRe = q.ip !== undefined ? regex(q.ip) : null;
  const ip6Re = q.ip6 !== undefined ? regex(q.ip6) : null;
  rows = rows.filter((s) => {
    if (nameRe && !nameRe.test(s.name)) return false;
    if (
      statusSets.length &&
      !statusSets.some(
        (f) =>
          f &&
          f.vmStates.includes(s.vmState as never) &&
          (!f.taskStates || f.taskStates.includes(s.taskState as never)),
      )
    )
      return false;
    if (q.flavor !== undefined && s.flavor.id !== q.flavor) return false;
    if (q.image !== undefined && s.imageId !== q.image) return false;
    if ((q.host !== undefined && s.host !== q.host) || (q.node !== undefined && s.host !== q.node)) return false;
    if (q.locked !== undefined && s.locked !== q.locked) return false;
    if (q.userId !== undefined && s.userId !== q.userId) return false;
    if (q.availabilityZone !== undefined && s.availabilityZone !== q.availabilityZone) return false;
    if (q.keyName !== undefined && s.keyName !== q.keyName) return false;
    if (q.reservationId !== undefined && s.reservationId !== q.reservationId) return false;
    if (q.uuid !== undefined && s.id !== q.uuid) return false;
    if (q.vmState && !q.vmState.includes(s.vmState)) return false;
    if (q.taskState && !q.taskState.includes(String(s.taskState))) return false;
    if (q.powerState && !q.powerState.includes(s.powerState)) return false;
    if (q.description !== undefined && !regex(q.description).test(s.description ?? '')) return false;
    if (q.hostname !== undefined && !regex(q.hostname).test(s.hostname)) return false;
    if (q.accessIPv4 !== undefined && !regex(q.accessIPv4).test(s.accessIPv4)) return false;
    if (q.accessIPv6 !== undefined && !regex(q.accessIPv6).test(s.accessIPv6)) return false;
    if (q.tags && !q.tags.every((t) => s.tags.includes(t))) return false;
    if (q.tagsAny && !q.tagsAny.some((t) => s.tags.includes(t))) return false;
    if (q.notTags && q.notTags.every((t) => s.tags.includes(t))) return false;
    if (q.notTagsAny && q.notTagsAny.some((t) => s.tags.includes(t))) return false;
    if (ports) {
      const addrs = (ports.get(s.id) ?? []).flatMap((p) => p.fixedIps.map((f) => f.ipAddress));
      if (ipRe && !addrs.some((a) => !a.includes(':') && ipRe.test(a))) return false;
      if (ip6Re && !addrs.some((a) => a.includes(':') && ip6Re.test(a))) return false;
    }
    return true;
  });

  const sort = q.sort?.length ? q.sort : [{ key: 'created_at' as const, dir: 'desc' as const }];
  const keys = [
    ...sort,
    ...(sort.some((k) => k.key === 'id' || k.key === 'uuid') ? [] : [{ key: 'id' as const, dir: sort[0].dir }]),
  ];
  rows.sort((a, b) => {
    for (const k of keys) {
      const c = compare(sortValue(a, k.key), sortValue(b, k.key));
      if (c) return k.dir === 'asc' ? c : -c;
    }
    return 0;
  });
  if (q.marker !== undefined) {
    const idx = rows.findIndex((s) => s.id === q.marker);
    if (idx < 0) throw new BadRequest(`marker [${q.marker}] not found`, 'marker');
    rows = rows.slice(idx + 1);
  }
  if (q.limit !== undefined) {
    const page = rows.slice(0, q.limit);
    // As Nova: a full page carries a next marker, even when nothing follows it.
    return { servers: page, next: q.limit > 0 && page.length === q.limit ? page[page.length - 1].id : null };
  }
  return { servers: rows, next: null };
}
