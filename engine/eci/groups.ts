// Container-group operations: create (validate, resolve network ids, place on a host with the servers'
// placement code, allocate an IP and optionally an EIP), describe, list, delete — and the life-cycle
// Scheduling → Pending → Running (or ScheduleFailed) on the engine clock.
import { randomBytes } from 'node:crypto';
import { canSee, type EngineContext } from '../domain/context';
import { dueIds, nothingDue, rememberNextDue } from '../domain/due';
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

const waiting = (reason: string): ContainerState => ({
  state: 'Waiting',
  reason,
  message: null,
  startTime: null,
  finishTime: null,
  exitCode: null,
});

function alias(ctx: EngineContext, id: string, kind: string): string {
  const a = ctx.store.aliases.get(id);
  return a && a.kind === kind ? a.target : id;
}

function invalid(field: string, message: string): EciValidationError {
  return new EciValidationError([{ field, message }]);
}

/** The group's durations: `eci` for scheduling + start, `delete` for termination (ms). */
const duration = (ctx: EngineContext, key: 'eci' | 'eci-delete' | 'eci-restart') => {
  // Configured durations are a sparse map.
  const d: Partial<Record<string, number>> = ctx.durations;
  return d[key] ?? (key === 'eci' ? d.build : d.default) ?? 200;
};

export function createGroup(ctx: EngineContext, caller: Caller, regionId: string, body: unknown): ContainerGroup {
  const errors = validateCreate(body);
  if (errors.length) throw new EciValidationError(errors);
  const spec = body as CreateContainerGroupBody;
  return ctx.store.tx(() => {
    const networkId = alias(ctx, spec.vpcId, 'network');
    const network = ctx.store.networks.get(networkId);
    if (!network || !networkVisible(caller, network) || network.external)
      throw invalid('vpcId', `VPC ${spec.vpcId} does not exist`);
    const subnet = ctx.store.subnets.get(alias(ctx, spec.vSwitchId, 'subnet'));
    if (!subnet || subnet.networkId !== network.id)
      throw invalid('vSwitchId', `subnet ${spec.vSwitchId} does not exist in VPC ${spec.vpcId}`);
    const sg = ctx.store.securityGroups.get(alias(ctx, spec.securityGroupId, 'security-group'));
    if (!sg || !canSee(caller, sg.projectId))
      throw invalid('securityGroupId', `security group ${spec.securityGroupId} does not exist`);
    const azName = spec.azInfo[0].azName;
    const az = alias(ctx, azName, 'az');
    if (![...ctx.store.allHosts().values()].some((h) => h.az === az))
      throw invalid('azInfo[0].azName', `availability zone ${azName} does not exist`);

    const sum = (f: (c: { cpu?: number; memory?: number; gpu?: number }) => number | undefined) =>
      spec.containers.reduce((n, c) => n + (f(c) ?? 0), 0);
    const cpu = spec.cpu ?? (sum((c) => c.cpu) || 1);
    const memory = spec.memory ?? (sum((c) => c.memory) || 2);
    const gpu = spec.gpu ?? sum((c) => c.gpu);
    const now = ctx.clock.now();
    const id = eciId();
    const total = duration(ctx, 'eci');
    const decision = placeAndClaim(ctx, id, {
      resources: {
        vcpus: Math.ceil(cpu),
        ram: Math.ceil(memory * 1024),
        disk: spec.ephemeralVolume ?? 0,
        gpus: Math.ceil(gpu),
      },
      az,
    });
    const containers: ContainerStatus[] = [
      ...(spec.initContainers ?? []).map((c) => ({
        name: c.name,
        image: c.image,
        init: true,
        ready: false,
        restartCount: 0,
        current: waiting('PodInitializing'),
        previous: null,
      })),
      ...spec.containers.map((c) => ({
        name: c.name,
        image: c.image,
        init: false,
        ready: false,
        restartCount: 0,
        current: waiting('ContainerCreating'),
        previous: null,
      })),
    ];
    let group: ContainerGroup = {
      id,
      projectId: caller.projectId,
      userId: caller.userId,
      regionId,
      name: spec.containerGroupName,
      spec,
      cpu,
      memory,
      gpu,
      status: 'Scheduling',
      host: null,
      az,
      portId: null,
      intranetIp: null,
      eipId: null,
      eipPortId: null,
      internetIp: null,
      containers,
      events: [],
      creationTime: now,
      updatedAt: now,
      succeededTime: null,
      failedTime: null,
      deletedAt: null,
      steps: [],
      dueAt: null,
    };
    if (!decision.host) {
      group = withSteps(
        {
          ...group,
          events: [{ type: 'Warning', reason: 'FailedScheduling', message: decision.reason.trim(), time: now }],
        },
        [{ at: now + Math.round(total / 2), status: 'ScheduleFailed' }],
      );
      return ctx.store.containerGroups.put(group);
    }
    const port = createPort(ctx, {
      networkId: network.id,
      projectId: caller.projectId,
      name: `eci-${spec.containerGroupName}`,
      subnetId: subnet.id,
      securityGroupIds: [sg.id],
      deviceId: id,
      deviceOwner: 'compute:eci',
    });
    group = syncEip(ctx, caller, {
      ...group,
      host: decision.host.name,
      portId: port.id,
      intranetIp: port.fixedIps[0].ipAddress,
    });
    group = withSteps(
      {
        ...group,
        events: [
          {
            type: 'Normal',
            reason: 'Scheduled',
            message: `Successfully assigned ${id} to ${decision.host.name}`,
            time: now,
          },
        ],
      },
      [
        { at: now + Math.round(total / 2), status: 'Pending' },
        { at: now + total, status: 'Running' },
      ],
    );
    return ctx.store.containerGroups.put(group);
  });
}

function withSteps(g: ContainerGroup, steps: GroupStep[]): ContainerGroup {
  const sorted = [...steps].sort((a, b) => a.at - b.at);
  return { ...g, steps: sorted, dueAt: sorted[0]?.at ?? null };
}

const running = (at: number): ContainerState => ({
  state: 'Running',
  reason: null,
  message: null,
  startTime: at,
  finishTime: null,
  exitCode: null,
});

/**
 * The group's status once nothing transitional is under way, from its containers and restart policy: any
 * app container running (or about to restart) → Running; all exited → Succeeded if every exit code is 0,
 * otherwise Failed.
 */
export function settledStatus(containers: ContainerStatus[]): GroupStatus {
  const app = containers.filter((c) => !c.init);
  if (app.some((c) => c.current.state !== 'Terminated')) return 'Running';
  return app.every((c) => c.current.exitCode === 0) ? 'Succeeded' : 'Failed';
}

function settle(g: ContainerGroup, at: number): ContainerGroup {
  const status = settledStatus(g.containers);
  return {
    ...g,
    status,
    updatedAt: at,
    succeededTime: status === 'Succeeded' ? at : g.succeededTime,
    failedTime: status === 'Failed' ? at : g.failedTime,
  };
}

/** Applies every step that has come due, for all groups (called at the start of each engine operation). */
export function advanceGroups(ctx: EngineContext): void {
  const now = ctx.clock.now();
  if (nothingDue(ctx, 'container_groups', now)) return;
  const due = dueIds(ctx, 'container_groups', now);
  if (due.length) {
    ctx.store.tx(() => {
      for (const id of due) {
        let g = ctx.store.containerGroups.get(id);
        while (g && g.steps.length && g.steps[0].at <= now) g = applyStep(ctx, g, g.steps[0]);
      }
    });
  }
  rememberNextDue(ctx, 'container_groups');
}

function applyStep(ctx: EngineContext, g: ContainerGroup, step: GroupStep): ContainerGroup | undefined {
  const rest = g.steps.slice(1);
  const at = step.at;
  if ('restart' in step) {
    const containers = g.containers.map((c) =>
      c.name === step.restart ? { ...c, ready: true, restartCount: c.restartCount + 1, current: running(at) } : c,
    );
    return ctx.store.containerGroups.put(
      withSteps(
        settle(
          {
            ...g,
            containers,
            events: [
              ...g.events,
              { type: 'Normal', reason: 'Started', message: `Restarted container ${step.restart}`, time: at },
            ],
          },
          at,
        ),
        rest,
      ),
    );
  }
  if (step.status === 'Deleted') {
    release(ctx, g);
    ctx.store.containerGroups.put({ ...g, steps: [], dueAt: null, deletedAt: at, updatedAt: at });
    return undefined;
  }
  let next: ContainerGroup = { ...g, status: step.status, updatedAt: at };
  if (step.status === 'ScheduleFailed') next = { ...next, failedTime: at };
  if (step.status === 'Pending')
    next = {
      ...next,
      events: [...next.events, { type: 'Normal', reason: 'Pulling', message: 'Pulling images', time: at }],
    };
  if (step.status === 'Running') {
    // Starting (after create, restart or update): init containers have run to completion, app containers run.
    const restarted = g.status === 'Restarting';
    next = {
      ...next,
      containers: next.containers.map((c) =>
        c.init
          ? {
              ...c,
              current: {
                state: 'Terminated',
                reason: 'Completed',
                message: null,
                startTime: at,
                finishTime: at,
                exitCode: 0,
              },
            }
          : {
              ...c,
              ready: true,
              previous: restarted ? c.current : c.previous,
              restartCount: c.restartCount + (restarted ? 1 : 0),
              current: running(at),
            },
      ),
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
  if (!g || g.deletedAt !== null || !canSee(caller, g.projectId)) throw new NotFound(`container group ${id} not found`);
  return g;
}

export interface GroupQuery {
  ids?: string[];
  name?: string;
  status?: string;
  tags?: { key?: string; value?: string }[];
}

export function listGroups(ctx: EngineContext, caller: Caller, q: GroupQuery = {}): ContainerGroup[] {
  return ctx.store.containerGroups
    .where('project_id = ? AND deleted_at IS NULL', [caller.projectId], 'ORDER BY rowid')
    .filter(
      (g) =>
        (!q.ids?.length || q.ids.includes(g.id)) &&
        (q.name === undefined || g.name === q.name) &&
        (q.status === undefined || g.status === q.status) &&
        (!q.tags?.length ||
          q.tags.every((t) =>
            (g.spec.tags ?? []).some((x) => x.key === t.key && (t.value === undefined || x.value === t.value)),
          )),
    );
}

export function deleteGroup(ctx: EngineContext, caller: Caller, id: string): ContainerGroup {
  return ctx.store.tx(() => {
    const g = getGroup(ctx, caller, id);
    if (g.status === 'Terminating') return g;
    const now = ctx.clock.now();
    return ctx.store.containerGroups.put(
      withSteps({ ...g, status: 'Terminating', updatedAt: now }, [
        { at: now + duration(ctx, 'eci-delete'), status: 'Deleted' },
      ]),
    );
  });
}

/** Groups that may be restarted or updated: something is running (or could be started again). */
const ACTIVE: GroupStatus[] = ['Pending', 'Running', 'Succeeded', 'Failed'];

export function restartGroup(ctx: EngineContext, caller: Caller, id: string): ContainerGroup {
  return ctx.store.tx(() => {
    const g = getGroup(ctx, caller, id);
    if (!ACTIVE.includes(g.status))
      throw new EngineError(
        409,
        'conflictingRequest',
        `container group ${id} cannot be restarted while it is ${g.status}`,
      );
    const now = ctx.clock.now();
    return ctx.store.containerGroups.put(
      withSteps({ ...g, status: 'Restarting', updatedAt: now }, [
        { at: now + duration(ctx, 'eci'), status: 'Running' },
      ]),
    );
  });
}

/**
 * What updateContainerGroup may change (seed 003 and the SDK's UpdateContainerGroupRequest; initContainers is
 * documented as not updatable).
 */
export const UPDATABLE = [
  'eip',
  'restartPolicy',
  'tags',
  'containers',
  'imageRegistryCredential',
  'imageRegistryCredentials',
  'dnsConfig',
  'volumes',
] as const;

export function updateGroup(ctx: EngineContext, caller: Caller, id: string, body: unknown): ContainerGroup {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('(body)', 'must be a JSON object');
  const fixed = Object.keys(body).filter(
    (k) => k !== 'regionId' && k !== 'containerGroupId' && !(UPDATABLE as readonly string[]).includes(k),
  );
  if (fixed.length) {
    throw new EciValidationError(
      fixed.map((field) => ({ field, message: 'cannot be updated in place; create a new container group instead' })),
    );
  }
  return ctx.store.tx(() => {
    const g = getGroup(ctx, caller, id);
    if (g.status !== 'Pending' && g.status !== 'Running')
      throw new EngineError(
        409,
        'conflictingRequest',
        `container group ${id} can be updated only while Pending or Running, not ${g.status}`,
      );
    const spec = { ...g.spec, ...(body as Record<string, unknown>) };
    delete (spec as Record<string, unknown>).regionId;
    delete (spec as Record<string, unknown>).containerGroupId;
    const errors = validateCreate(spec);
    if (errors.length) throw new EciValidationError(errors);
    const now = ctx.clock.now();
    const containers: ContainerStatus[] = [
      ...g.containers.filter((c) => c.init),
      ...spec.containers
        .map(
          (c) =>
            g.containers.find((x) => !x.init && x.name === c.name) ?? {
              name: c.name,
              image: c.image,
              init: false,
              ready: false,
              restartCount: 0,
              current: waiting('ContainerCreating'),
              previous: null,
            },
        )
        .map((c, i) => ({ ...c, image: spec.containers[i].image })),
    ];
    let next: ContainerGroup = { ...g, spec, containers, status: 'Updating', updatedAt: now };
    next = syncEip(ctx, caller, next);
    return ctx.store.containerGroups.put(withSteps(next, [{ at: now + duration(ctx, 'eci'), status: 'Running' }]));
  });
}

function syncEip(ctx: EngineContext, caller: Caller, g: ContainerGroup): ContainerGroup {
  const wants = !!(g.spec.eip?.autoCreateEip || g.spec.eip?.eipInstanceId);
  if (wants && !g.eipPortId) {
    const external = ctx.store.networks.where().find((n) => n.external);
    if (!external) throw invalid('eip', 'no external network to allocate an EIP from');
    const eip = createPort(ctx, {
      networkId: external.id,
      projectId: caller.projectId,
      name: `eip-${g.name}`,
      deviceId: g.id,
      deviceOwner: 'network:floatingip',
    });
    return {
      ...g,
      eipId: g.spec.eip?.eipInstanceId ?? `eip-${eip.id.slice(0, 12)}`,
      eipPortId: eip.id,
      internetIp: eip.fixedIps[0].ipAddress,
    };
  }
  if (!wants && g.eipPortId) {
    ctx.store.ports.delete(g.eipPortId);
    return { ...g, eipId: null, eipPortId: null, internetIp: null };
  }
  return g;
}

/**
 * Control API: a running container exits with a code. The restart policy decides what follows — Always
 * restarts it, OnFailure restarts it unless it exited 0, Never leaves it exited — and the group's status
 * follows from its containers.
 */
export function exitContainer(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  name: string,
  exitCode: number,
): ContainerGroup {
  if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 255)
    throw invalid('exitCode', 'must be an integer from 0 to 255');
  return ctx.store.tx(() => {
    const g = getGroup(ctx, caller, id);
    const c = g.containers.find((x) => x.name === name && !x.init);
    if (!c) throw new NotFound(`container ${name} not found in ${id}`);
    if (c.current.state !== 'Running' || g.status !== 'Running')
      throw new EngineError(409, 'conflictingRequest', `container ${name} is not running`);
    const now = ctx.clock.now();
    const exited: ContainerState = {
      state: 'Terminated',
      reason: exitCode === 0 ? 'Completed' : 'Error',
      message: null,
      startTime: c.current.startTime,
      finishTime: now,
      exitCode,
    };
    const policy = g.spec.restartPolicy;
    const restart = policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
    const updated: ContainerStatus = restart
      ? {
          ...c,
          ready: false,
          previous: exited,
          current: { ...waiting('CrashLoopBackOff'), message: `back-off restarting container ${name}` },
        }
      : { ...c, ready: false, current: exited };
    const next = settle(
      {
        ...g,
        containers: g.containers.map((x) => (x === c ? updated : x)),
        events: [
          ...g.events,
          {
            type: exitCode === 0 ? 'Normal' : 'Warning',
            reason: exitCode === 0 ? 'Completed' : 'BackOff',
            message: `container ${name} exited with code ${exitCode}`,
            time: now,
          },
        ],
      },
      now,
    );
    const steps: GroupStep[] = restart
      ? [...g.steps, { at: now + duration(ctx, 'eci-restart'), restart: name }]
      : g.steps;
    return ctx.store.containerGroups.put(withSteps(next, steps));
  });
}

export type { GroupStatus };
