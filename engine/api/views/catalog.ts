// Views for the compute API's other resources: flavors, the image proxy, keypairs, attachments, server
// groups, availability zones, hypervisors, limits and instance actions — each shaped per microversion.
import { capacity } from '../../placement/capacity';
import type {
  AttachedVolume,
  Flavor,
  Host,
  Image,
  InstanceAction,
  Keypair,
  Network,
  Port,
  QuotaSet,
} from '../../model/types';
import type { ServerGroupView } from '../../domain/serverGroups';
import type { ComputeUsage } from '../../domain/quotas';
import { bookmarkLink, isoZ, links, naive, selfLink, type ViewContext } from './common';
import { hostIdOf } from './server';

export function flavorSummary(v: ViewContext, f: Flavor) {
  const out: Record<string, unknown> = { id: f.id, name: f.name, links: links(v, 'flavors', f.id) };
  if (v.mv.atLeast(2, 55)) out.description = f.description;
  return out;
}

export function flavorView(v: ViewContext, f: Flavor) {
  const out: Record<string, unknown> = {
    id: f.id,
    name: f.name,
    ram: f.ram,
    disk: f.disk,
    vcpus: f.vcpus,
    // Nova shows a zero swap as "" until 2.75.
    swap: f.swap === 0 && v.mv.below(2, 75) ? '' : f.swap,
    'OS-FLV-EXT-DATA:ephemeral': f.ephemeral,
    'OS-FLV-DISABLED:disabled': f.disabled,
    'os-flavor-access:is_public': f.isPublic,
    rxtx_factor: f.rxtxFactor,
    links: links(v, 'flavors', f.id),
  };
  if (v.mv.atLeast(2, 55)) out.description = f.description;
  if (v.mv.atLeast(2, 61)) out.extra_specs = f.extraSpecs;
  return out;
}

const IMAGE_STATUS: Record<Image['status'], string> = {
  queued: 'SAVING',
  saving: 'SAVING',
  active: 'ACTIVE',
  deleted: 'DELETED',
};

export function imageView(v: ViewContext, i: Image, detail = true) {
  const base = {
    id: i.id,
    name: i.name,
    links: [
      ...links(v, 'images', i.id),
      { rel: 'alternate', type: 'application/vnd.openstack.image', href: `${v.origin}/image/v2/images/${i.id}` },
    ],
  };
  if (!detail) return base;
  const out: Record<string, unknown> = {
    ...base,
    status: IMAGE_STATUS[i.status],
    progress: i.status === 'active' ? 100 : 25,
    minDisk: i.minDisk,
    minRam: i.minRam,
    created: isoZ(i.createdAt),
    updated: isoZ(i.updatedAt),
    metadata: i.metadata,
    'OS-EXT-IMG-SIZE:size': i.size,
  };
  if (i.serverId) out.server = { id: i.serverId, links: links(v, 'servers', i.serverId) };
  if ('auto_disk_config' in i.metadata)
    out['OS-DCF:diskConfig'] = i.metadata.auto_disk_config.toLowerCase() === 'true' ? 'AUTO' : 'MANUAL';
  return out;
}

/** Keypair entry; `full` adds the show-only fields, `privateKey` appears only on a generating create. */
export function keypairView(
  v: ViewContext,
  k: Keypair,
  opts: { show?: boolean; create?: boolean; privateKey?: string } = {},
) {
  const out: Record<string, unknown> = { name: k.name, public_key: k.publicKey, fingerprint: k.fingerprint };
  if (opts.create || opts.show) out.user_id = k.userId;
  if (opts.privateKey) out.private_key = opts.privateKey;
  if (opts.show)
    Object.assign(out, {
      created_at: naive(k.createdAt),
      updated_at: null,
      deleted: false,
      deleted_at: null,
      id: keypairNumber(k.id),
    });
  if (v.mv.atLeast(2, 2)) out.type = k.type;
  return out;
}
/** Nova's keypair `id` is an integer row id; derive a stable one. */
const keypairNumber = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 8), 16) % 1_000_000;

export function interfaceView(v: ViewContext, p: Port) {
  const out: Record<string, unknown> = {
    port_state: p.status,
    fixed_ips: p.fixedIps.map((f) => ({ subnet_id: f.subnetId, ip_address: f.ipAddress })),
    port_id: p.id,
    net_id: p.networkId,
    mac_addr: p.macAddress,
  };
  if (v.mv.atLeast(2, 70)) out.tag = p.tag ?? null;
  return out;
}

/** The attach (POST) response: Nova builds it by hand, so it keeps `id` and never has attachment_id. */
export function volumeAttachedView(v: ViewContext, serverId: string, a: AttachedVolume) {
  const out: Record<string, unknown> = { id: a.volumeId, serverId, volumeId: a.volumeId, device: a.device };
  if (v.mv.atLeast(2, 70)) out.tag = a.tag;
  if (v.mv.atLeast(2, 79)) out.delete_on_termination = a.deleteOnTermination;
  return out;
}

/** List and show entries. */
export function volumeAttachmentView(v: ViewContext, serverId: string, a: AttachedVolume) {
  const out: Record<string, unknown> = {};
  if (v.mv.below(2, 89)) out.id = a.volumeId;
  Object.assign(out, { serverId, volumeId: a.volumeId, device: a.device });
  if (v.mv.atLeast(2, 70)) out.tag = a.tag;
  if (v.mv.atLeast(2, 79)) out.delete_on_termination = a.deleteOnTermination;
  if (v.mv.atLeast(2, 89)) Object.assign(out, { attachment_id: a.attachmentId, bdm_uuid: a.attachmentId });
  return out;
}

export function serverGroupView(v: ViewContext, g: ServerGroupView) {
  const out: Record<string, unknown> = { id: g.id, name: g.name };
  if (v.mv.atLeast(2, 64)) Object.assign(out, { policy: g.policy, rules: g.rules });
  else out.policies = [g.policy];
  out.members = g.members;
  if (v.mv.below(2, 64)) out.metadata = g.metadata;
  if (v.mv.atLeast(2, 13)) Object.assign(out, { project_id: g.projectId, user_id: g.userId });
  return out;
}

const service = { available: true, active: true, updated_at: null };
/** The detailed listing starts, as Nova's does, with the `internal` zone of the control services. */
const INTERNAL_ZONE = {
  zoneName: 'internal',
  zoneState: { available: true },
  hosts: { conductor: { 'nova-conductor': service }, scheduler: { 'nova-scheduler': service } },
};

export function availabilityZoneView(zones: { name: string; hosts: Host[] }[], detail: boolean) {
  return {
    availabilityZoneInfo: [
      ...(detail ? [INTERNAL_ZONE] : []),
      ...zones.map((z) => ({
        zoneName: z.name,
        zoneState: { available: z.hosts.some((h) => h.enabled && h.up) },
        hosts: detail
          ? Object.fromEntries(
              z.hosts.map((h) => [
                h.name,
                {
                  'nova-compute': { available: h.up, active: h.enabled, updated_at: null },
                },
              ]),
            )
          : null,
      })),
    ],
  };
}

const CPU_INFO = {
  arch: 'x86_64',
  model: 'Nehalem',
  vendor: 'Intel',
  features: ['pge', 'clflush'],
  topology: { cores: 1, threads: 1, sockets: 4 },
};

/** Hypervisor ids are uuids from 2.53 (integers before). */
export function hypervisorView(v: ViewContext, h: Host, index: number, detail: boolean, serverCount: number) {
  const id = v.mv.atLeast(2, 53) ? h.id : index + 1;
  const out: Record<string, unknown> = {
    id,
    hypervisor_hostname: h.name,
    state: h.up ? 'up' : 'down',
    status: h.enabled ? 'enabled' : 'disabled',
  };
  if (!detail) return out;
  const cap = capacity(h);
  Object.assign(out, {
    host_ip: `192.0.2.${(index % 250) + 1}`,
    hypervisor_type: 'novaform',
    hypervisor_version: 1002003,
    service: { host: h.name, id: v.mv.atLeast(2, 53) ? h.id : index + 1, disabled_reason: h.disabledReason },
  });
  if (v.mv.below(2, 88)) {
    Object.assign(out, {
      vcpus: h.total.vcpus,
      memory_mb: h.total.ram,
      local_gb: h.total.disk,
      vcpus_used: h.used.vcpus,
      memory_mb_used: h.used.ram + h.reserved.ram,
      local_gb_used: h.used.disk,
      free_ram_mb: cap.ram - h.used.ram,
      free_disk_gb: cap.disk - h.used.disk,
      current_workload: 0,
      running_vms: serverCount,
      disk_available_least: cap.disk - h.used.disk,
      // A JSON string until 2.28, an object from it.
      cpu_info: v.mv.atLeast(2, 28) ? CPU_INFO : JSON.stringify(CPU_INFO),
    });
  } else {
    out.uptime = null;
  }
  return out;
}

export function limitsView(v: ViewContext, q: QuotaSet, used: ComputeUsage, groupsUsed: number) {
  const absolute: Record<string, number> = {
    maxTotalInstances: q.instances,
    maxTotalCores: q.cores,
    maxTotalRAMSize: q.ram,
    maxServerMeta: q.metadata_items,
    maxTotalKeypairs: q.key_pairs,
    maxServerGroups: q.server_groups,
    maxServerGroupMembers: q.server_group_members,
    totalInstancesUsed: used.instances,
    totalCoresUsed: used.cores,
    totalRAMUsed: used.ram,
    totalServerGroupsUsed: groupsUsed,
  };
  if (v.mv.below(2, 57))
    Object.assign(absolute, { maxPersonality: q.injected_files, maxPersonalitySize: q.injected_file_content_bytes });
  if (v.mv.below(2, 39)) absolute.maxImageMeta = 128;
  if (v.mv.below(2, 36)) {
    Object.assign(absolute, {
      maxSecurityGroups: 10,
      maxSecurityGroupRules: 20,
      maxTotalFloatingIps: 10,
      totalSecurityGroupsUsed: 0,
      totalFloatingIpsUsed: 0,
    });
  }
  return { limits: { rate: [], absolute } };
}

export function instanceActionView(v: ViewContext, a: InstanceAction, withEvents: boolean) {
  const out: Record<string, unknown> = {
    action: a.action,
    instance_uuid: a.serverId,
    request_id: a.requestId,
    user_id: a.userId,
    project_id: a.projectId,
    start_time: naive(a.startTime),
    message: a.message,
  };
  if (v.mv.atLeast(2, 58)) out.updated_at = naive(a.updatedAt);
  if (withEvents) {
    out.events = a.events.map((e) => {
      const ev: Record<string, unknown> = {
        event: e.event,
        start_time: naive(e.startTime),
        finish_time: naive(e.finishTime),
        result: e.result,
        traceback: null,
      };
      if (v.mv.atLeast(2, 62) && v.admin) ev.host = e.host;
      if (v.mv.atLeast(2, 62)) ev.hostId = e.host ? hostIdOf(a.projectId, e.host) : '';
      if (v.mv.atLeast(2, 84) && v.admin) ev.details = null;
      return ev;
    });
  }
  return out;
}

/** GET /os-networks (nova-network proxy, as the ECS guide uses it). */
export function osNetworkView(n: Network, cidr: string | null, gateway: string | null) {
  return {
    id: n.id,
    label: n.name,
    broadcast: null,
    cidr,
    dns1: null,
    dns2: null,
    gateway,
    netmask: null,
    cidr_v6: null,
    gateway_v6: null,
    netmask_v6: null,
  };
}

export { selfLink, bookmarkLink };
