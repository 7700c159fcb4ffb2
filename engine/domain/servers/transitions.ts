// In-flight server transitions: an action sets its first transitional task at once and records due times
// for the rest; whoever touches the engine next (any process sharing the store) advances every due
// transition. Completion applies the row's resulting state plus the action's own effect.
import { actionRow, POWER_OF_VM, resolveTarget, type ActionName, type ActionRow } from '../../actions/table';
import type { TaskState, VmState } from '../../model/states';
import type { Caller, InstanceAction, Pending, Phase, Server } from '../../model/types';
import type { EngineContext } from '../context';
import { uuid } from '../ids';
import { dueIds, nothingDue, rememberNextDue } from '../due';
import { EFFECTS } from './effects';

export function durationOf(ctx: EngineContext, row: Pick<ActionRow, 'name' | 'duration'>): number {
  // Configured durations are a sparse map: an action falls back to its class, then to the default.
  const d: Partial<Record<string, number>> = ctx.durations;
  return d[row.name] ?? d[row.duration] ?? d.default ?? 0;
}

export function phasesFrom(start: number, total: number, tasks: readonly (TaskState | null)[]): Phase[] {
  const n = Math.max(tasks.length, 1);
  return (tasks.length ? tasks : [null]).map((task, i) => ({
    task,
    endsAt: start + Math.round((total * (i + 1)) / n),
  }));
}

/** Records an instance action (os-instance-actions) and returns its id. */
export function recordAction(
  ctx: EngineContext,
  server: Server,
  caller: Caller,
  action: string,
  finished: boolean,
  message: string | null = null,
): string {
  const now = ctx.clock.now();
  const rec: InstanceAction = {
    id: uuid(),
    serverId: server.id,
    action,
    requestId: caller.requestId ?? `req-${uuid()}`,
    userId: caller.userId,
    projectId: caller.projectId,
    startTime: now,
    updatedAt: now,
    message,
    events: [
      {
        event: `compute_${action.toLowerCase()}_instance`,
        startTime: now,
        finishTime: finished ? now : null,
        result: finished ? (message ? 'Error' : 'Success') : null,
        host: server.host,
      },
    ],
  };
  ctx.store.instanceActions.put(rec);
  return rec.id;
}

function finishAction(ctx: EngineContext, actionId: unknown, at: number, error: string | null): void {
  if (typeof actionId !== 'string') return;
  const rec = ctx.store.instanceActions.get(actionId);
  if (!rec) return;
  ctx.store.instanceActions.put({
    ...rec,
    updatedAt: at,
    message: error ?? rec.message,
    events: rec.events.map((e) =>
      e.finishTime == null ? { ...e, finishTime: at, result: error ? 'Error' : 'Success' } : e,
    ),
  });
}

/** Starts an asynchronous action: the first task shows at once; the rest follows on the clock. */
export function begin(
  ctx: EngineContext,
  server: Server,
  name: ActionName,
  opts: {
    data?: Record<string, unknown>;
    tasks?: readonly (TaskState | null)[];
    caller?: Caller;
    durationMs?: number;
    /** Complete through another effect than the row's own (a soft delete completes as `softDelete`). */
    as?: string;
  } = {},
): Server {
  const row = actionRow(name);
  const now = ctx.clock.now();
  const phases = phasesFrom(now, opts.durationMs ?? durationOf(ctx, row), opts.tasks ?? row.phases);
  const data: Record<string, unknown> = { ...opts.data, startVm: server.vmState, startPower: server.powerState };
  if (opts.caller) data.actionId = recordAction(ctx, server, opts.caller, row.label, false);
  const pending: Pending = { action: opts.as ?? name, phases, data };
  return ctx.store.servers.put({ ...server, pending, taskState: phases[0].task, updatedAt: now });
}

/**
 * Advances every transition that is due; returns how many servers changed. Cheap when nothing can be due:
 * the earliest due time is remembered until something is written (here or by another process).
 */
export function advanceDue(ctx: EngineContext): number {
  const now = ctx.clock.now();
  if (nothingDue(ctx, 'servers', now)) return 0;
  const due = dueIds(ctx, 'servers', now);
  const changed = due.length ? settleAll(ctx, due, now) : 0;
  rememberNextDue(ctx, 'servers');
  return changed;
}

function settleAll(ctx: EngineContext, due: string[], now: number): number {
  return ctx.store.tx(() => {
    let n = 0;
    for (const id of due) {
      const s = ctx.store.servers.get(id); // re-read inside the transaction: another process may have settled it
      if (s?.pending && s.pending.phases[0].endsAt <= now) {
        settle(ctx, s, now);
        n++;
      }
    }
    return n;
  });
}

function settle(ctx: EngineContext, server: Server, now: number): void {
  const pending = server.pending!;
  const left = pending.phases.filter((p) => p.endsAt > now);
  if (left.length) {
    ctx.store.servers.put({ ...server, taskState: left[0].task, pending: { ...pending, phases: left } });
    return;
  }
  const at = pending.phases[pending.phases.length - 1].endsAt;
  complete(ctx, { ...server, pending: null, taskState: null, updatedAt: at }, pending, at);
}

function complete(ctx: EngineContext, server: Server, pending: Pending, at: number): void {
  const effect = EFFECTS[pending.action];
  const row = actionRowOrNull(pending.action);
  const startVm = (pending.data?.startVm as VmState | undefined) ?? (server.vmState as VmState);
  let next = server;
  if (row?.result) {
    const vm = resolveTarget(row.result, startVm, (server.prior?.vmState as VmState | undefined) ?? null);
    next = { ...next, vmState: vm, powerState: POWER_OF_VM[vm] ?? next.powerState };
  }
  const outcome = effect ? effect({ server: next, pending, at, ctx }) : { server: next };
  if (outcome.server) ctx.store.servers.put(outcome.server);
  finishAction(ctx, pending.data?.actionId, at, outcome.error ?? null);
}

function actionRowOrNull(name: string): ActionRow | null {
  try {
    return actionRow(name as ActionName);
  } catch {
    return null;
  }
}
