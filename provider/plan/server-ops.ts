// The ordered API operations that take a server from its actual state to the desired one, each checked
// for legality against the engine's own action table at the vm_state it will run in. Operations that need
// another state (a resize of a paused server, metadata on a shelved one) are preceded by the shortest legal
// power path; the desired power state is reached last, then the lock. A lock novaform set is lifted around
// the other changes and put back; a lock someone else set is never lifted, so the changes it blocks are
// marked with the API error they will get.
import { actionRow, resolveTarget, type ActionName } from '../../engine/actions/table';
import { checkAction, type CallerFacts } from '../../engine/actions/check';
import type { VmState } from '../../engine/model/states';
import type { Operation } from './operation';
import { pathToAny, POWER_STATES, type PowerStateName } from './power-paths';

export interface ServerNow {
  id: string;
  projectId: string;
  vmState: VmState;
  taskState: string | null;
  locked: boolean;
  /** 'novaform' when novaform set the lock; anything else is someone else's. */
  lockOwner: string;
  launched: boolean;
}

export interface ServerWants {
  update?: string;
  metadata?: string;
  tags?: string;
  removeSecurityGroups: string[];
  addSecurityGroups: string[];
  changePassword: boolean;
  resize?: string;
  resizeConfirmation: 'confirm' | 'auto';
  rebuild?: string;
  powerState: PowerStateName;
  locked: boolean;
  lockedReason: string | null;
  /** The lock reason changes while the server stays locked (needs unlock + lock). */
  relock: boolean;
}

/** The vm_states that satisfy a desired power state ("shelved" is also met once the cloud offloads it). */
export const acceptable = (p: PowerStateName): VmState[] =>
  p === 'shelved' ? ['shelved', 'shelved_offloaded'] : [POWER_STATES[p]];

export const FOREIGN_LOCK = 'locked by someone else: novaform never removes a lock it did not set';

export function serverOperations(now: ServerNow, wants: ServerWants, caller: CallerFacts): Operation[] {
  const ops: Operation[] = [];
  let state = now.vmState;
  let locked = now.locked;
  // Set inside push() (a closure), so the declared type must not narrow to the initial null.
  let beforeResize = null as VmState | null;
  const admin = caller.roles.includes('admin');
  const facts = () => ({
    id: now.id,
    projectId: now.projectId,
    vmState: state,
    taskState: null,
    launchedAt: now.launched ? 1 : null,
    host: 'known',
    locked,
  });

  const legal = (action: ActionName): string | undefined => {
    try {
      checkAction(actionRow(action), facts(), caller);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };
  const push = (action: ActionName, detail?: string, op: string = action) => {
    const row = actionRow(action);
    // Reach a state the action accepts first, along legal power actions.
    if (row.vmStates !== 'any' && !row.vmStates.includes(state)) {
      const goals = row.vmStates.includes('active') ? ['active' as VmState, ...row.vmStates] : row.vmStates;
      for (const step of pathToAny(state, goals, { admin }) ?? []) push(step.action);
    }
    const blocked = legal(action);
    const from = state;
    if (row.result) {
      if (action === 'resize') beforeResize = state;
      state = resolveTarget(row.result, state, beforeResize);
      // Nova's default shelved_offload_time is 0: a shelve ends offloaded (as power-paths assumes).
      if (action === 'shelve') state = 'shelved_offloaded';
    }
    ops.push({ op, from, to: state, ...(detail ? { detail } : {}), ...(blocked ? { blocked } : {}) });
  };

  const others = !!(
    wants.update ||
    wants.metadata ||
    wants.tags ||
    wants.removeSecurityGroups.length ||
    wants.addSecurityGroups.length ||
    wants.changePassword ||
    wants.resize ||
    wants.rebuild ||
    !acceptable(wants.powerState).includes(state)
  );
  const unlockWanted = now.locked && (!wants.locked || wants.relock || others);
  if (unlockWanted) {
    if (now.lockOwner === 'novaform') {
      push('unlock');
      locked = false;
    }
  }
  if (wants.update) push('update', wants.update, 'update');
  if (wants.metadata) push('update metadata', wants.metadata);
  if (wants.tags) push('update tags', wants.tags);
  for (const g of wants.removeSecurityGroups) push('removeSecurityGroup', g);
  for (const g of wants.addSecurityGroups) push('addSecurityGroup', g);
  if (wants.changePassword) push('changePassword');
  if (wants.resize) {
    push('resize', wants.resize);
    if (wants.resizeConfirmation === 'confirm') push('confirmResize');
    else {
      ops.push({
        op: 'await auto-confirm',
        from: state,
        to: beforeResize ?? 'active',
        detail: 'the cloud confirms the resize itself',
      });
      state = beforeResize ?? 'active';
    }
  }
  if (wants.rebuild) push('rebuild', wants.rebuild);
  const goals = acceptable(wants.powerState);
  if (!goals.includes(state)) {
    const path = pathToAny(state, goals, { admin });
    if (path) for (const step of path) push(step.action);
    else
      ops.push({
        op: `power_state ${wants.powerState}`,
        from: state,
        to: state,
        blocked: `no legal path from vm_state ${state} to ${wants.powerState}`,
      });
  }
  if (wants.locked && !locked) push('lock', wants.lockedReason ?? undefined);
  // Someone else's lock stays: the changes above fail with the API's lock error, and so would this.
  if (now.locked && locked && !wants.locked) ops.push({ op: 'unlock', from: state, to: state, blocked: FOREIGN_LOCK });
  return ops;
}
