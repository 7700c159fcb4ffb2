// The server representation per microversion (nova/api/openstack/compute/views/servers.py): exactly the
// fields of the requested version — an extra field is as wrong as a missing one for strict clients.
import { createHash } from 'node:crypto';
import { statusOf } from '../../model/states';
import type { Network, Port, Server } from '../../model/types';
import type { Store } from '../../store/store';
import { bookmarkLink, isoZ, links, naive, type ViewContext } from './common';

/** Which server view: show/detail carry everything; update/rebuild below 2.75 a basic subset; create a stub. */
export type ServerViewKind = 'show' | 'detail' | 'update' | 'rebuild';

const PROGRESS_STATUSES = new Set(['ACTIVE', 'BUILD', 'REBUILD', 'RESIZE', 'VERIFY_RESIZE', 'MIGRATING']);

const hostIds = new Map<string, string>();
/** Nova's hostId: sha224 of project id + host, stable per pair (so memoised). */
export function hostIdOf(projectId: string, host: string): string {
  const key = projectId + host;
  let id = hostIds.get(key);
  if (!id) {
    id = createHash('sha224').update(key).digest('hex');
    if (hostIds.size > 100_000) hostIds.clear();
    hostIds.set(key, id);
  }
  return id;
}
export const hostId = (s: Server) => (s.host ? hostIdOf(s.projectId, s.host) : '');

/** Lookups a batch of server views share, loaded once per response (only what these servers reference). */
export interface ServerViewData {
  ports: Map<string, Port[]>;
  networks: Map<string, Network>;
  groupNames: Map<string, string>;
  hostUp(host: string): boolean | undefined;
}

export function loadViewData(store: Store, servers: Server[]): ServerViewData {
  const ids = servers.map((s) => s.id);
  const ports = new Map<string, Port[]>();
  if (ids.length) {
    const rows =
      ids.length > 500
        ? store.ports.where("device_id != ''")
        : store.ports.where(`device_id IN (${ids.map(() => '?').join(',')})`, ids);
    for (const p of rows) ports.set(p.deviceId, [...(ports.get(p.deviceId) ?? []), p]);
  }
  const networks = new Map<string, Network>();
  for (const list of ports.values()) {
    for (const p of list)
      if (!networks.has(p.networkId)) {
        const n = store.networks.get(p.networkId);
        if (n) networks.set(n.id, n);
      }
  }
  const groupNames = new Map<string, string>();
  for (const s of servers) {
    for (const g of s.securityGroups) if (!groupNames.has(g)) groupNames.set(g, store.securityGroups.get(g)?.name ?? g);
  }
  const hosts = store.allHosts();
  return {
    ports,
    networks,
    groupNames,
    hostUp: (name) => {
      const h = hosts.get(name);
      return h ? h.up && h.enabled : undefined;
    },
  };
}

export function addresses(s: Server, data: ServerViewData, withExtensions = true): Record<string, unknown[]> {
  if (s.vmState === 'building') return {};
  const out: Record<string, unknown[]> = {};
  const ports = data.ports.get(s.id) ?? [];
  // NICs in the order the server got them, each listed under its network's name.
  const ordered = [
    ...s.nics.map((n) => ports.find((p) => p.id === n.portId)).filter((p): p is Port => !!p),
    ...ports.filter((p) => !s.nics.some((n) => n.portId === p.id)),
  ];
  for (const p of ordered) {
    const name = data.networks.get(p.networkId)?.name ?? p.networkId;
    for (const ip of p.fixedIps) {
      const entry: Record<string, unknown> = { version: ip.ipAddress.includes(':') ? 6 : 4, addr: ip.ipAddress };
      if (withExtensions) Object.assign(entry, { 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': p.macAddress });
      (out[name] ??= []).push(entry);
    }
  }
  return out;
}

function flavorView(v: ViewContext, s: Server) {
  if (v.mv.below(2, 47))
    return { id: s.flavor.id, links: [{ rel: 'bookmark', href: bookmarkLink(v, 'flavors', s.flavor.id) }] };
  return {
    vcpus: s.flavor.vcpus,
    ram: s.flavor.ram,
    disk: s.flavor.disk,
    ephemeral: s.flavor.ephemeral,
    swap: s.flavor.swap,
    original_name: s.flavor.name,
    extra_specs: s.flavor.extraSpecs,
  };
}

function imageView(v: ViewContext, s: Server) {
  return s.imageId ? { id: s.imageId, links: [{ rel: 'bookmark', href: bookmarkLink(v, 'images', s.imageId) }] } : '';
}

function hostStatus(s: Server, data: ServerViewData): string {
  if (!s.host) return '';
  const up = data.hostUp(s.host);
  return up === undefined ? 'UNKNOWN' : up ? 'UP' : 'DOWN';
}

export function serverView(
  v: ViewContext,
  s: Server,
  data: ServerViewData,
  kind: ServerViewKind = 'show',
): Record<string, unknown> {
  const status = statusOf(s.vmState, s.taskState);
  const full = kind === 'show' || kind === 'detail' || v.mv.atLeast(2, 75);
  const out: Record<string, unknown> = {
    id: s.id,
    name: s.name,
    status,
    tenant_id: s.projectId,
    user_id: s.userId,
    metadata: s.metadata,
    hostId: hostId(s),
    image: imageView(v, s),
    flavor: flavorView(v, s),
    created: isoZ(s.createdAt),
    updated: isoZ(s.updatedAt),
    addresses: addresses(s, data, full),
    accessIPv4: s.accessIPv4,
    accessIPv6: s.accessIPv6,
    links: links(v, 'servers', s.id),
    'OS-DCF:diskConfig': s.diskConfig,
  };
  if (PROGRESS_STATUSES.has(status)) out.progress = 0;
  if ((status === 'ERROR' || status === 'DELETED') && s.fault) {
    const f: Record<string, unknown> = { code: s.fault.code, created: isoZ(s.fault.created), message: s.fault.message };
    if (v.admin || s.fault.code !== 500) f.details = s.fault.details;
    out.fault = f;
  }
  if (full) {
    Object.assign(out, {
      'OS-EXT-AZ:availability_zone': s.availabilityZone ?? '',
      config_drive: s.configDrive ? 'True' : '',
      key_name: s.keyName,
      'OS-SRV-USG:launched_at': naive(s.launchedAt),
      'OS-SRV-USG:terminated_at': naive(s.terminatedAt),
      'OS-EXT-STS:task_state': s.taskState,
      'OS-EXT-STS:vm_state': s.vmState,
      'OS-EXT-STS:power_state': s.powerState,
      'os-extended-volumes:volumes_attached': s.volumes.map((a) =>
        v.mv.atLeast(2, 3) ? { id: a.volumeId, delete_on_termination: a.deleteOnTermination } : { id: a.volumeId },
      ),
    });
    // Nova lists the security groups of the server's ports; a server with no port shows none.
    if (s.nics.length)
      out.security_groups = [...new Set(s.securityGroups.map((g) => data.groupNames.get(g) ?? g))].map((name) => ({
        name,
      }));
    // Admins see where a server runs; so does every tenant on the legacy ECS /v2 paths (as seed 000 shows).
    if (v.admin || v.mv.legacy) {
      Object.assign(out, {
        'OS-EXT-SRV-ATTR:host': s.host,
        'OS-EXT-SRV-ATTR:hypervisor_hostname': s.host,
        'OS-EXT-SRV-ATTR:instance_name': s.instanceName,
      });
    }
    if (v.admin) {
      if (v.mv.atLeast(2, 3)) {
        Object.assign(out, {
          'OS-EXT-SRV-ATTR:hostname': s.hostname,
          'OS-EXT-SRV-ATTR:kernel_id': '',
          'OS-EXT-SRV-ATTR:ramdisk_id': '',
          'OS-EXT-SRV-ATTR:launch_index': s.launchIndex,
          'OS-EXT-SRV-ATTR:reservation_id': s.reservationId,
          'OS-EXT-SRV-ATTR:root_device_name': '/dev/vda',
          'OS-EXT-SRV-ATTR:user_data': s.userData,
        });
      }
    } else if (v.mv.atLeast(2, 90)) {
      out['OS-EXT-SRV-ATTR:hostname'] = s.hostname;
    }
  }
  if (v.mv.atLeast(2, 9)) out.locked = s.locked;
  if (v.mv.atLeast(2, 16) && v.admin && full) out.host_status = hostStatus(s, data);
  if (v.mv.atLeast(2, 19)) out.description = s.description;
  if (v.mv.atLeast(2, 26)) out.tags = s.tags;
  if (v.mv.atLeast(2, 63)) out.trusted_image_certificates = null;
  if (v.mv.atLeast(2, 71) && kind !== 'detail') out.server_groups = s.groupId ? [s.groupId] : [];
  if (v.mv.atLeast(2, 73)) out.locked_reason = s.lockedReason;
  if (v.mv.atLeast(2, 96)) out.pinned_availability_zone = s.requestedAz;
  return out;
}

/** The summary entry of GET /servers: id, name, links. */
export const serverSummary = (v: ViewContext, s: Server) => ({
  id: s.id,
  name: s.name,
  links: links(v, 'servers', s.id),
});
