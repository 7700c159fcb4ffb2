// Networks, ports and security groups as the compute side needs them: resolving what a server asks for,
// allocating ports with fixed IPs, and keeping a port's device fields in step with attachments.
import { BadRequest, Conflict, NotFound } from '../model/errors';
import type { Caller, Network, Port, SecurityGroup, Subnet } from '../model/types';
import { canSee, isAdmin, type EngineContext } from './context';
import { macAddress, uuid } from './ids';
import { inCidr, isIpv4, nextFreeIp } from './ipam';

export const networkVisible = (c: Caller, n: Network) => n.shared || canSee(c, n.projectId);

export function visibleNetworks(ctx: EngineContext, c: Caller): Network[] {
  return ctx.store.networks.where().filter((n) => networkVisible(c, n));
}

export function requireNetwork(ctx: EngineContext, c: Caller, id: string, field = 'networks'): Network {
  const n = ctx.store.networks.get(id);
  if (!n || !networkVisible(c, n)) throw new BadRequest(`Network ${id} could not be found.`, field);
  if (n.external && !isAdmin(c))
    throw new BadRequest(
      `Network ${id} requires a port on a tenant network; attaching to the external network is not allowed.`,
      field,
    );
  return n;
}

/** A server's default network when it names none: the only visible tenant network, as Neutron decides. */
export function defaultNetwork(ctx: EngineContext, c: Caller): Network | null {
  // Neutron filters on the project (even for admins), plus shared networks; external ones never count.
  const candidates = ctx.store.networks.where().filter((n) => (n.shared || n.projectId === c.projectId) && !n.external);
  if (candidates.length > 1)
    throw new Conflict(
      'More than one possible network found. Specify network ID(s) to select which one(s) to connect to.',
    );
  return candidates[0] ?? null;
}

export function requirePort(ctx: EngineContext, c: Caller, id: string): Port {
  const p = ctx.store.ports.get(id);
  if (!p || !canSee(c, p.projectId)) throw new NotFound(`Port ${id} could not be found.`);
  return p;
}

export function subnetsOf(ctx: EngineContext, networkId: string): Subnet[] {
  return ctx.store.subnets.where('network_id = ?', [networkId]);
}

function usedIps(ctx: EngineContext, networkId: string): Set<string> {
  const used = new Set<string>();
  for (const ips of ctx.store.sql('SELECT ips FROM ports WHERE network_id = ?').pluck().all(networkId) as string[]) {
    for (const ip of ips.split(',')) if (ip) used.add(ip);
  }
  return used;
}

export interface PortRequest {
  networkId: string;
  projectId: string;
  name?: string;
  fixedIp?: string | null;
  securityGroupIds?: string[];
  subnetId?: string;
  deviceId?: string;
  deviceOwner?: string;
  tag?: string | null;
}

export function createPort(ctx: EngineContext, req: PortRequest): Port {
  const subnets = subnetsOf(ctx, req.networkId).filter(
    (s) => s.ipVersion === 4 && (!req.subnetId || s.id === req.subnetId),
  );
  if (!subnets.length) throw new BadRequest(`Network ${req.networkId} has no subnet to allocate an address from.`);
  const used = usedIps(ctx, req.networkId);
  let fixed: { subnetId: string; ipAddress: string };
  if (req.fixedIp) {
    if (!isIpv4(req.fixedIp)) throw new BadRequest(`Invalid fixed IP address ${req.fixedIp}`, 'fixed_ip');
    const subnet = subnets.find((s) => inCidr(req.fixedIp!, s.cidr));
    if (!subnet)
      throw new BadRequest(
        `Fixed IP address ${req.fixedIp} is not in any subnet of network ${req.networkId}.`,
        'fixed_ip',
      );
    if (used.has(req.fixedIp))
      throw new Conflict(`Fixed IP address ${req.fixedIp} is already in use on network ${req.networkId}.`);
    fixed = { subnetId: subnet.id, ipAddress: req.fixedIp };
  } else {
    const s = subnets[0];
    fixed = { subnetId: s.id, ipAddress: nextFreeIp(s.allocationStart, s.allocationEnd, used, req.networkId) };
  }
  const port: Port = {
    id: uuid(),
    name: req.name ?? '',
    networkId: req.networkId,
    projectId: req.projectId,
    macAddress: macAddress(),
    fixedIps: [fixed],
    deviceId: req.deviceId ?? '',
    deviceOwner: req.deviceOwner ?? '',
    status: req.deviceId ? 'ACTIVE' : 'DOWN',
    securityGroupIds: req.securityGroupIds ?? [],
    adminStateUp: true,
    tag: req.tag ?? null,
    createdAt: ctx.clock.now(),
  };
  return ctx.store.ports.put(port);
}

export function bindPort(ctx: EngineContext, port: Port, serverId: string, az: string | null): Port {
  return ctx.store.ports.put({ ...port, deviceId: serverId, deviceOwner: `compute:${az ?? 'nova'}`, status: 'ACTIVE' });
}

export function unbindPort(ctx: EngineContext, port: Port): Port {
  return ctx.store.ports.put({ ...port, deviceId: '', deviceOwner: '', status: 'DOWN' });
}

/** Security groups by name or id among the project's (names must be unambiguous). */
export function resolveSecurityGroup(
  ctx: EngineContext,
  projectId: string,
  nameOrId: string,
  field = 'security_groups',
): SecurityGroup {
  const mine = ctx.store.securityGroups.where('project_id = ?', [projectId]);
  const byId = mine.find((g) => g.id === nameOrId);
  if (byId) return byId;
  const byName = mine.filter((g) => g.name === nameOrId);
  if (byName.length > 1)
    throw new Conflict(`Multiple security groups found matching '${nameOrId}'. Use an ID to be more specific.`);
  if (!byName.length) throw new BadRequest(`Security group ${nameOrId} not found.`, field);
  return byName[0];
}

export function defaultSecurityGroup(ctx: EngineContext, projectId: string): SecurityGroup {
  const existing = ctx.store.securityGroups.where('project_id = ?', [projectId]).find((g) => g.name === 'default');
  if (existing) return existing;
  const rule = (direction: 'ingress' | 'egress', ethertype: 'IPv4' | 'IPv6', remoteGroupId: string | null) => ({
    id: uuid(),
    direction,
    ethertype,
    protocol: null,
    portRangeMin: null,
    portRangeMax: null,
    remoteIpPrefix: null,
    remoteGroupId,
  });
  const id = uuid();
  return ctx.store.securityGroups.put({
    id,
    name: 'default',
    description: 'Default security group',
    projectId,
    createdAt: ctx.clock.now(),
    rules: [
      rule('ingress', 'IPv4', id),
      rule('ingress', 'IPv6', id),
      rule('egress', 'IPv4', null),
      rule('egress', 'IPv6', null),
    ],
  });
}
