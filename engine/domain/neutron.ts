// Neutron operations the clients use directly: ports and security groups (networks and subnets come from
// the seed). Port records stay consistent with servers: deleting a bound port detaches it from its server.
import { BadRequest, Conflict, NotFound } from '../model/errors';
import type { Caller, Port, SecurityGroup, SecurityGroupRule } from '../model/types';
import { canSee, isAdmin, type EngineContext } from './context';
import { uuid } from './ids';
import { createPort, networkVisible, requirePort } from './networking';

export interface PortCreate {
  network_id?: string;
  name?: string;
  fixed_ips?: { subnet_id?: string; ip_address?: string }[];
  security_groups?: string[];
  device_id?: string;
  device_owner?: string;
  admin_state_up?: boolean;
  description?: string;
}

export function listPorts(ctx: EngineContext, caller: Caller): Port[] {
  return ctx.store.ports.where().filter((p) => canSee(caller, p.projectId));
}

export const getPort = requirePort;

export function createPortFor(ctx: EngineContext, caller: Caller, req: PortCreate): Port {
  return ctx.store.tx(() => {
    if (!req.network_id) throw new BadRequest("Invalid input for operation: 'network_id' is required.", 'network_id');
    const net = ctx.store.networks.get(req.network_id);
    if (!net || !networkVisible(caller, net)) throw new NotFound(`Network ${req.network_id} could not be found.`);
    const groups = (req.security_groups ?? [defaultGroupId(ctx, caller.projectId)]).map((g) => {
      const sg =
        ctx.store.securityGroups.get(g) ??
        ctx.store.securityGroups.where('project_id = ?', [caller.projectId]).find((x) => x.name === g);
      if (!sg || !canSee(caller, sg.projectId)) throw new NotFound(`Security group ${g} does not exist`);
      return sg.id;
    });
    const fixedIp = req.fixed_ips?.find((f) => f.ip_address)?.ip_address ?? null;
    const port = createPort(ctx, {
      networkId: net.id,
      projectId: caller.projectId,
      name: req.name ?? '',
      fixedIp,
      securityGroupIds: groups,
    });
    return ctx.store.ports.put({
      ...port,
      deviceId: req.device_id ?? '',
      deviceOwner: req.device_owner ?? '',
      adminStateUp: req.admin_state_up ?? true,
    });
  });
}

export function updatePort(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  req: { name?: string; admin_state_up?: boolean; security_groups?: string[] },
): Port {
  return ctx.store.tx(() => {
    const p = getPort(ctx, caller, id);
    return ctx.store.ports.put({
      ...p,
      name: req.name ?? p.name,
      adminStateUp: req.admin_state_up ?? p.adminStateUp,
      securityGroupIds: req.security_groups ?? p.securityGroupIds,
    });
  });
}

/** Deleting a port a server uses detaches it from that server, as Neutron's network-vif-deleted does. */
export function deletePort(ctx: EngineContext, caller: Caller, id: string): void {
  ctx.store.tx(() => {
    const p = getPort(ctx, caller, id);
    if (p.deviceId) {
      const s = ctx.store.servers.get(p.deviceId);
      if (s) ctx.store.servers.put({ ...s, nics: s.nics.filter((n) => n.portId !== id), updatedAt: ctx.clock.now() });
    }
    ctx.store.ports.delete(id);
  });
}

const defaultGroupId = (ctx: EngineContext, projectId: string) =>
  ctx.store.securityGroups.where('project_id = ?', [projectId]).find((g) => g.name === 'default')?.id ?? '';

export function listSecurityGroups(ctx: EngineContext, caller: Caller): SecurityGroup[] {
  return ctx.store.securityGroups.where().filter((g) => canSee(caller, g.projectId));
}

export function getSecurityGroup(ctx: EngineContext, caller: Caller, id: string): SecurityGroup {
  const g = ctx.store.securityGroups.get(id);
  if (!g || !canSee(caller, g.projectId)) throw new NotFound(`Security group ${id} does not exist`);
  return g;
}

export function createSecurityGroup(
  ctx: EngineContext,
  caller: Caller,
  req: { name?: string; description?: string },
): SecurityGroup {
  return ctx.store.tx(() => {
    if (!req.name) throw new BadRequest("Invalid input for operation: 'name' is required.", 'name');
    if (req.name === 'default') throw new Conflict('Default security group already exists.');
    const id = uuid();
    const egress = (ethertype: 'IPv4' | 'IPv6'): SecurityGroupRule => ({
      id: uuid(),
      direction: 'egress',
      ethertype,
      protocol: null,
      portRangeMin: null,
      portRangeMax: null,
      remoteIpPrefix: null,
      remoteGroupId: null,
    });
    return ctx.store.securityGroups.put({
      id,
      name: req.name,
      description: req.description ?? '',
      projectId: caller.projectId,
      rules: [egress('IPv4'), egress('IPv6')],
      createdAt: ctx.clock.now(),
    });
  });
}

export function deleteSecurityGroup(ctx: EngineContext, caller: Caller, id: string): void {
  ctx.store.tx(() => {
    const g = getSecurityGroup(ctx, caller, id);
    if (g.name === 'default' && !isAdmin(caller)) throw new Conflict('Removing default security group not allowed.');
    const inUse = ctx.store.ports.where().some((p) => p.securityGroupIds.includes(id));
    if (inUse) throw new Conflict(`Security Group ${id} in use.`);
    ctx.store.securityGroups.delete(id);
  });
}

export interface RuleCreate {
  security_group_id?: string;
  direction?: string;
  ethertype?: string;
  protocol?: string | null;
  port_range_min?: number | null;
  port_range_max?: number | null;
  remote_ip_prefix?: string | null;
  remote_group_id?: string | null;
}

export function createRule(
  ctx: EngineContext,
  caller: Caller,
  req: RuleCreate,
): { group: SecurityGroup; rule: SecurityGroupRule } {
  return ctx.store.tx(() => {
    const g = getSecurityGroup(ctx, caller, req.security_group_id ?? '');
    if (req.direction !== 'ingress' && req.direction !== 'egress')
      throw new BadRequest(
        `Invalid input for direction. Reason: ${String(req.direction)} is not in valid_values.`,
        'direction',
      );
    const ethertype = req.ethertype ?? 'IPv4';
    if (ethertype !== 'IPv4' && ethertype !== 'IPv6')
      throw new BadRequest(`Invalid input for ethertype. Reason: ${ethertype} is not in valid_values.`, 'ethertype');
    const min = req.port_range_min ?? null,
      max = req.port_range_max ?? null;
    if (min !== null && max !== null && min > max)
      throw new BadRequest('For TCP/UDP protocols, port_range_min must be <= port_range_max', 'port_range_min');
    const rule: SecurityGroupRule = {
      id: uuid(),
      direction: req.direction,
      ethertype,
      protocol: req.protocol ?? null,
      portRangeMin: min,
      portRangeMax: max,
      remoteIpPrefix: req.remote_ip_prefix ?? null,
      remoteGroupId: req.remote_group_id ?? null,
    };
    const same = g.rules.find((r) => JSON.stringify({ ...r, id: '' }) === JSON.stringify({ ...rule, id: '' }));
    if (same) throw new Conflict(`Security group rule already exists. Rule id is ${same.id}.`);
    const group = ctx.store.securityGroups.put({ ...g, rules: [...g.rules, rule] });
    return { group, rule };
  });
}

export function deleteRule(ctx: EngineContext, caller: Caller, ruleId: string): void {
  ctx.store.tx(() => {
    const g = listSecurityGroups(ctx, caller).find((x) => x.rules.some((r) => r.id === ruleId));
    if (!g) throw new NotFound(`Security group rule ${ruleId} does not exist`);
    ctx.store.securityGroups.put({ ...g, rules: g.rules.filter((r) => r.id !== ruleId) });
  });
}
