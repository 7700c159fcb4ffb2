// What the credentials can see of the actual state, read through the API: the project's servers (state,
// lock, flavor, zone, host when admin), keypairs, absolute limits, flavors, images, networks, zones, and —
// with admin credentials only — each hypervisor's free RAM and disk.
import type { Connection } from '../../client/connection';
import { textOf } from '../../schema/values';

export interface ServerNow {
  id: string;
  name: string;
  vmState: string;
  taskState: string | null;
  locked: boolean;
  lockedReason: string | null;
  flavor: { name: string; vcpus: number; ram: number; disk: number };
  imageId: string | null;
  az: string | null;
  host: string | null;
  keyName: string | null;
}
export interface FlavorNow {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  swap: number;
  isPublic: boolean;
}
export interface HostNow {
  name: string;
  az: string;
  freeRam: number;
  freeDisk: number;
  enabled: boolean;
  up: boolean;
}

export interface ActualState {
  projectId: string;
  admin: boolean;
  servers: ServerNow[];
  keypairs: { name: string; publicKey: string; type: string }[];
  /** Nova's absolute limits (maxTotalInstances, totalInstancesUsed, …). */
  limits: Record<string, number>;
  flavors: FlavorNow[];
  images: { id: string; name: string; minDisk: number; minRam: number }[];
  networks: {
    id: string;
    name: string;
    shared: boolean;
    external: boolean;
    own: boolean;
    subnets: { id: string; name: string; cidr: string; gateway: string | null }[];
  }[];
  zones: string[];
  /** The project's volumes and what they are attached to. */
  volumes: {
    id: string;
    name: string;
    size: number;
    volumeType: string;
    attachments: { serverId: string; device: string | null }[];
  }[];
  /** The project's security groups (state holds their ids). */
  securityGroups: { id: string; name: string }[];
  /** Null without admin credentials: capacity is then not checked. */
  hosts: HostNow[] | null;
}

type J = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

export async function readActual(conn: Connection): Promise<ActualState> {
  const compute = <T>(path: string, headers?: Record<string, string>) =>
    conn.compute.call<T>('GET', path, undefined, headers).then((r) => r.body);
  const [servers, keypairs, limits, flavors, images, networks, subnets, zones, groups, volumes] = await Promise.all([
    compute<{ servers: J[] }>('/servers/detail'),
    compute<{ keypairs: { keypair: J }[] }>('/os-keypairs'),
    compute<{ limits: { absolute: Record<string, number> } }>('/limits'),
    compute<{ flavors: J[] }>('/flavors/detail'),
    conn.image.call<{ images: J[] }>('GET', '/v2/images?limit=1000').then((r) => r.body),
    conn.network.call<{ networks: J[] }>('GET', '/v2.0/networks').then((r) => r.body),
    conn.network.call<{ subnets: J[] }>('GET', '/v2.0/subnets').then((r) => r.body),
    compute<{ availabilityZoneInfo: { zoneName: string }[] }>('/os-availability-zone'),
    conn.network.call<{ security_groups: J[] }>('GET', '/v2.0/security-groups').then((r) => r.body),
    conn.volume.call<{ volumes: J[] }>('GET', '/volumes/detail').then((r) => r.body),
  ]);
  let hosts: HostNow[] | null = null;
  if (conn.admin) {
    // Free RAM and disk per hypervisor are in the API below microversion 2.88; zones map hosts from the detail view.
    const mv = { 'openstack-api-version': 'compute 2.87', 'x-openstack-nova-api-version': '2.87' };
    const [hv, azd] = await Promise.all([
      compute<{ hypervisors: J[] }>('/os-hypervisors/detail', mv),
      compute<{ availabilityZoneInfo: { zoneName: string; hosts: Record<string, unknown> | null }[] }>(
        '/os-availability-zone/detail',
      ),
    ]);
    const azOf = new Map<string, string>();
    for (const z of azd.availabilityZoneInfo) for (const h of Object.keys(z.hosts ?? {})) azOf.set(h, z.zoneName);
    hosts = hv.hypervisors
      .filter((h) => azOf.has(String(h.hypervisor_hostname)))
      .map((h) => ({
        name: String(h.hypervisor_hostname),
        az: azOf.get(String(h.hypervisor_hostname))!,
        freeRam: num(h.free_ram_mb),
        freeDisk: num(h.free_disk_gb),
        enabled: h.status === 'enabled',
        up: h.state === 'up',
      }));
  }
  return {
    projectId: conn.projectId,
    admin: conn.admin,
    servers: servers.servers.map((s) => {
      const f = (s.flavor ?? {}) as J;
      const image = s.image as J | string | null | undefined;
      return {
        id: String(s.id),
        name: String(s.name),
        vmState: textOf(s['OS-EXT-STS:vm_state'], 'active'),
        taskState: str(s['OS-EXT-STS:task_state']),
        locked: s.locked === true,
        lockedReason: str(s.locked_reason),
        flavor: { name: textOf(f.original_name, ''), vcpus: num(f.vcpus), ram: num(f.ram), disk: num(f.disk) },
        imageId: typeof image === 'object' && image ? str(image.id) : null,
        az: str(s['OS-EXT-AZ:availability_zone']),
        host: str(s['OS-EXT-SRV-ATTR:host']),
        keyName: str(s.key_name),
      };
    }),
    keypairs: keypairs.keypairs.map(({ keypair: k }) => ({
      name: String(k.name),
      publicKey: String(k.public_key),
      type: textOf(k.type, 'ssh'),
    })),
    limits: limits.limits.absolute,
    flavors: flavors.flavors.map((f) => ({
      id: String(f.id),
      name: String(f.name),
      vcpus: num(f.vcpus),
      ram: num(f.ram),
      disk: num(f.disk),
      ephemeral: num(f['OS-FLV-EXT-DATA:ephemeral']),
      swap: num(f.swap),
      isPublic: f['os-flavor-access:is_public'] !== false,
    })),
    images: images.images.map((i) => ({
      id: String(i.id),
      name: String(i.name),
      minDisk: num(i.min_disk),
      minRam: num(i.min_ram),
    })),
    networks: networks.networks.map((n) => ({
      id: String(n.id),
      name: String(n.name),
      shared: n.shared === true,
      external: n['router:external'] === true,
      own: n.project_id === conn.projectId || n.tenant_id === conn.projectId,
      subnets: subnets.subnets
        .filter((s) => s.network_id === n.id)
        .map((s) => ({
          id: String(s.id),
          name: textOf(s.name, ''),
          cidr: String(s.cidr),
          gateway: str(s.gateway_ip),
        })),
    })),
    zones: zones.availabilityZoneInfo.map((z) => z.zoneName),
    volumes: volumes.volumes.map((v) => ({
      id: String(v.id),
      name: textOf(v.name, ''),
      size: num(v.size),
      volumeType: textOf(v.volume_type, '__DEFAULT__'),
      attachments: ((v.attachments ?? []) as J[]).map((a) => ({
        serverId: String(a.server_id),
        device: str(a.device),
      })),
    })),
    securityGroups: groups.security_groups
      .filter((g) => (g.project_id ?? g.tenant_id) === conn.projectId)
      .map((g) => ({ id: String(g.id), name: String(g.name) })),
    hosts,
  };
}
