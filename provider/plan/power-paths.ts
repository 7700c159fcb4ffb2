// Shortest legal paths between power states, found on the engine's own action table (the planner never
// keeps a second copy of Nova's rules). Only actions that change nothing but the power state are used, and
// admin-only ones only when the caller is an admin.
import { ACTIONS, resolveTarget, type ActionName } from '../../engine/actions/table';
import type { VmState } from '../../engine/model/states';

/** The desired `power_state` of a server resource and the vm_state it means. */
export const POWER_STATES = {
  active: 'active',
  shutoff: 'stopped',
  paused: 'paused',
  suspended: 'suspended',
  shelved: 'shelved',
  shelved_offloaded: 'shelved_offloaded',
} as const;
export type PowerStateName = keyof typeof POWER_STATES;

/** The actions that move a server between power states (the edges of the paths). */
export const POWER_ACTIONS: ActionName[] = [
  'os-start',
  'os-stop',
  'pause',
  'unpause',
  'suspend',
  'resume',
  'shelve',
  'shelveOffload',
  'unshelve',
];

export interface PathOptions {
  admin?: boolean;
  /** Nova's default shelved_offload_time is 0: a shelve ends offloaded. */
  shelveOffloads?: boolean;
}

function edges(opts: PathOptions): { from: VmState; to: VmState; action: ActionName }[] {
  const out: { from: VmState; to: VmState; action: ActionName }[] = [];
  for (const row of ACTIONS) {
    if (!POWER_ACTIONS.includes(row.name) || !row.result || row.vmStates === 'any') continue;
    if (row.policy === 'admin' && !opts.admin) continue;
    for (const from of row.vmStates) {
      let to = resolveTarget(row.result, from, null);
      if (row.name === 'shelve' && (opts.shelveOffloads ?? true)) to = 'shelved_offloaded';
      if (to !== from) out.push({ from, to, action: row.name });
    }
  }
  return out;
}

export interface Step {
  action: ActionName;
  from: VmState;
  to: VmState;
}

/** The shortest legal sequence of power actions from a vm_state to any of `goals`; undefined when there is none. */
export function pathToAny(from: VmState, goals: readonly VmState[], opts: PathOptions = {}): Step[] | undefined {
  if (goals.includes(from)) return [];
  const graph = edges(opts);
  const seen = new Map<VmState, Step[]>([[from, []]]);
  const queue: VmState[] = [from];
  while (queue.length) {
    const at = queue.shift()!;
    for (const e of graph.filter((x) => x.from === at)) {
      if (seen.has(e.to)) continue;
      const path = [...seen.get(at)!, { action: e.action, from: at, to: e.to }];
      if (goals.includes(e.to)) return path;
      seen.set(e.to, path);
      queue.push(e.to);
    }
  }
  return undefined;
}

/** The actions (in order) that take a server from one vm_state to a desired power state; [] when already there. */
export function powerPath(from: VmState, desired: PowerStateName, opts: PathOptions = {}): ActionName[] {
  const path = pathToAny(from, [POWER_STATES[desired]], opts);
  if (!path)
    throw new Error(
      `no legal path from vm_state ${from} to power state ${desired}${opts.admin ? '' : ' without admin actions'}`,
    );
  return path.map((s) => s.action);
}
