// Container-group operations: create (validate, resolve network ids, place on a host with the servers'
// placement code, allocate an IP and optionally an EIP), describe, list, delete — and the life-cycle
// Scheduling → Pending → Running (or ScheduleFailed) on the engine clock.
import { randomBytes } from 'node:crypto';
import { canSee, type EngineContext } from '../domain/context';
import { createPort, networkVisible } from '../domain/networking';
import { placeAndClaim } from '../domain/scheduler';
import { EngineError, NotFound } from '../model/errors';
import type { Caller } from '../model/types';
import type { ContainerGroup, ContainerState, ContainerStatus, GroupStatus, GroupStep } from './model';
import { validateCreate, type CreateContainerGroupBody } from './schema';

/** ECI's 400: every field error in one message, the first field named on the error. */
export class EciValidationError extends EngineError {
  constructor(readonly errors: { field: string; message: string }[]) {
    super(400, 'badRequest', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors[0]?.field);
  }
}

const eciId = () => `eci-${[...randomBytes(26)].map((b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('')}`;

const waiting = (reason: string): ContainerState => ({ state: 'Waiting', reason, message: null, startTime: null, finishTime: null, exitCode: null });

function alias(ctx: EngineContext, id: string, kind: string): string {
  const a = ctx.store.aliases.get(id);
  return a && a.kind === kind ? a.target : id;
}

function invalid(field: string, message: string): EciValidationError { return new EciValidationError([{ field, message }]); }

/** The group's durations: `eci` for scheduling + start, `delete` for termination (ms). */
const duration = (ctx: EngineContext, key: 'eci' | 'eci-delete') => ctx.durations[key] ?? ctx.durations.build ?? 200;

export function createGroup(ctx: EngineContext, caller: Caller, regionId: string, body: unknown): ContainerGroup {
  const errors = validateCreate(body);
  if (errors.length) throw new EciValidationError(errors);
  const spec = body as CreateContainerGroupBody;
  return ctx.store.tx(() => {
    const networkId = alias(ctx, spec.vpcId, 'network');
    const network = ctx.store.networks.get(networkId);
    if (!network || !networkVisible(caller, network) || network.external) throw invalid('vpcId', `VPC ${spec.vpcId} does not exist`);
    const subnet = ctx.store.subnets.get(alias(ctx, spec.vSwitchId, 'subnet'));
    if (!subnet || subnet.networkId !== network.id) throw invalid('vSwitchId', `subnet ${spec.vSwitchId} does not exist in VPC ${spec.vpcId}`);
    const sg = ctx.store.securityGroups.get(alias(ctx, spec.securityGroupId, 'security-group'));
    if (!sg || !canSee(caller, sg.projectId)) throw invalid('securityGroupId', `security group ${spec.securityGroupId} does not exist`);
    const azName = spec.azInfo[0].azName;
    const az = alias(ctx, azName, 'az');
    if (![...ctx.store.allHosts().values()].some((h) => h.az === az)) throw invalid('azInfo[0].azName', `availability zone ${azName} does not exist`);

    const sum = (f: (c: { cpu?: number; memory?: number; gpu?: number }) => number | undefined) => spec.containers.reduce((n, c) => n + (f(c) ?? 0), 0);
    const cpu = spec.cpu ?? (sum((c) => c.cpu) || 1);
    const memory = spec.memory ?? (sum((c) => c.memory) || 2);
    const gpu = spec.gpu ?? sum((c) => c.gpu);
    const now = ctx.clock.now();
    const id = eciId();
    const total = duration(ctx, 'eci');
    const decision = placeAndClaim(ctx, id, {
      resources: { vcpus: Math.ceil(cpu), ram: Math.ceil(memory * 1024), disk: spec.ephemeralVolume ?? 0, gpus: Math.ceil(gpu) }, az,
    });
    const containers: ContainerStatus[] = [
      ...(spec.initContainers ?? []).map((c) => ({ name: c.name, image: c.image, init: true, ready: false, restartCount: 0, current: waiting('PodInitializing'), previous: null })),
      ...spec.containers.map((c) => ({ name: c.name, image: c.image, init: false, ready: false, restartCount: 0, current: waiting('ContainerCreating'), previous: null })),
    ];
    let group: ContainerGroup = {
      id, projectId: caller.projectId, userId: caller.userId, regionId, name: spec.containerGroupName, spec, cpu, memory, gpu,
      status: 'Scheduling', host: null, az, portId: null, intranetIp: null, eipId: null, eipPortId: null, internetIp: null,
      containers, events: [], creationTime: now, updatedAt: now, succeededTime: null, failedTime: null, deletedAt: null, steps: [], dueAt: null,
    };
    if (!decision.host) {
      group = withSteps({ ...group, events: [{ type: 'Warning', reason: 'FailedScheduling', message: decision.reason.trim(), time: now }] },
        [{ at: now + Math.round(total / 2), status: 'ScheduleFailed' }]);
      return ctx.store.containerGroups.put(group);
    }
    const port = createPort(ctx, {
      networkId: network.id, projectId: caller.projectId, name: `eci-${spec.containerGroupName}`, subnetId: subnet.id, securityGroupIds: [sg.id],
      deviceId: id, deviceOwner: 'compute:eci',
    });
    group = { ...group, host: decision.host.name, portId: port.id, intranetIp: port.fixedIps[0].ipAddress };
    if (spec.eip?.autoCreateEip || spec.eip?.eipInstanceId) {
      const external = ctx.store.networks.where().find((n) => n.external);
      if (!external) throw invalid('eip', 'no external network to allocate an EIP from');
      const eip = createPort(ctx, { networkId: external.id, projectId: caller.projectId, name: `eip-${spec.containerGroupName}`, deviceId: id, deviceOwner: 'network:floatingip' });
      group = { ...group, eipId: spec.eip.eipInstanceId ?? `eip-${eip.id.slice(0, 12)}`, eipPortId: eip.id, internetIp: eip.fixedIps[0].ipAddress };
    }
    group = withSteps({ ...group, events: [{ type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${id} to ${decision.host.name}`, time: now }] },
      [{ at: now + Math.round(total / 2), status: 'Pending' }, { at: now + total, status: 'Running' }]);
    return ctx.store.containerGroups.put(group);
  });
}

const withSteps = (g: ContainerGroup, steps: GroupStep[]): ContainerGroup => ({ ...g, steps, dueAt: steps[0]?.at ?? null });

/** Applies every step that has come due, for all groups (called at the start of each engine operation). */
export function advanceGroups(ctx: EngineContext): void {
  const now = ctx.clock.now();
  const due = ctx.store.sql('SELECT id FROM container_groups WHERE due_at IS NOT NULL AND due_at <= ?').pluck().all(now) as string[];
  if (!due.length) return;
  ctx.store.tx(() => {
    for (const id of due) {
      let g = ctx.store.containerGroups.get(id);
      while (g && g.steps.length && g.steps[0].at <= now) g = applyStep(ctx, g, g.steps[0]);
    }
  });
}

function applyStep(ctx: EngineContext, g: ContainerGroup, step: GroupStep): ContainerGroup | undefined {
  const rest = g.steps.slice(1);
  const at = step.at;
  if (step.status === 'Deleted') {
    release(ctx, g);
    ctx.store.containerGroups.put({ ...g, steps: [], dueAt: null, deletedAt: at, updatedAt: at });
    return undefined;
  }
  let next: ContainerGroup = { ...g, status: step.status, updatedAt: at };
  if (step.status === 'ScheduleFailed') next = { ...next, failedTime: at };
  if (step.status === 'Pending') next = { ...next, events: [...next.events, { type: 'Normal', reason: 'Pulling', message: 'Pulling images', time: at }] };
  if (step.status === 'Running') {
    next = {
      ...next,
      containers: next.containers.map((c) => (c.init
        ? { ...c, current: { state: 'Terminated', reason: 'Completed', message: null, startTime: at, finishTime: at, exitCode: 0 } }
        : { ...c, ready: true, current: { state: 'Running', reason: null, message: null, startTime: at, finishTime: null, exitCode: null } })),
      events: [...next.events, { type: 'Normal', reason: 'Started', message: 'Started containers', time: at }],
    };
  }
  return ctx.store.containerGroups.put(withSteps(next, rest));
}

function release(ctx: EngineContext, g: ContainerGroup): void {
  ctx.store.release(g.id);
  for (const portId of [g.portId, g.eipPortId]) if (portId) ctx.store.ports.delete(portId);
}

export function getGroup(ctx: EngineContext, caller: Caller, id: string): ContainerGroup {
  const g = ctx.store.containerGroups.get(id);
  if (!g || g.deletedAt !== null || g.projectId !== caller.projectId) throw new NotFound(`container group ${id} not found`);
  return g;
}

export interface GroupQuery { ids?: string[]; name?: string; status?: string; tags?: { key?: string; value?: string }[] }

export function listGroups(ctx: EngineContext, caller: Caller, q: GroupQuery = {}): ContainerGroup[] {
  return ctx.store.containerGroups.where('project_id = ? AND deleted_at IS NULL', [caller.projectId], 'ORDER BY rowid')
    .filter((g) => (!q.ids?.length || q.ids.includes(g.id)) && (q.name === undefined || g.name === q.name) && (q.status === undefined || g.status === q.status)
      && (!q.tags?.length || q.tags.every((t) => (g.spec.tags ?? []).some((x) => x.key === t.key && (t.value === undefined || x.value === t.value)))));
}

export function deleteGroup(ctx: EngineContext, caller: Caller, id: string): ContainerGroup {
  return ctx.store.tx(() => {
    const g = getGroup(ctx, caller, id);
    if (g.status === 'Terminating') return g;
    const now = ctx.clock.now();
    return ctx.store.containerGroups.put(withSteps({ ...g, status: 'Terminating', updatedAt: now }, [{ at: now + duration(ctx, 'eci-delete'), status: 'Deleted' }]));
  });
}

export type { GroupStatus };
