// Waiting for a server to settle in a vm_state. Every status on the way (BUILD, RESIZE, REBOOT, MIGRATING,
// VERIFY_RESIZE when it is not the goal, …) is progress; ERROR is a failure carrying the server's fault.
import type { Connection } from '../../client/connection';
import { orNull, waitUntil, WaitError } from '../common/api';
import type { ServerView } from './state';
import { textOf } from '../../schema/values';

export async function getServer(conn: Connection, id: string): Promise<ServerView | undefined> {
  return (await orNull(conn.compute.call<{ server: ServerView }>('GET', `/servers/${id}`)))?.body.server;
}

const faultOf = (v: ServerView) => (v.fault as { message?: string } | undefined)?.message ?? 'no fault recorded';

/** The server's instance-action records, newest first (as Nova lists them). */
export async function instanceActions(
  conn: Connection,
  id: string,
): Promise<{ message?: string | null; start_time: string }[]> {
  const actions = (
    await conn.compute.call<{ instanceActions: { message?: string | null; start_time: string }[] }>(
      'GET',
      `/servers/${id}/os-instance-actions`,
    )
  ).body.instanceActions;
  return [...actions].sort((a, b) => (a.start_time < b.start_time ? 1 : a.start_time > b.start_time ? -1 : 0));
}

/** Why the server's latest action failed, as its instance-action record says (or nothing). */
async function lastActionMessage(conn: Connection, id: string): Promise<string | undefined> {
  try {
    return (await instanceActions(conn, id)).find((a) => a.message)?.message ?? undefined;
  } catch {
    return undefined;
  }
}

/** What is known about the action being waited for. */
export interface Started {
  /** The vm_state it started from. */
  from: string;
  /** Whether the API shows a task_state from the moment it accepts the action (confirmResize shows none). */
  taskShown: boolean;
}

/**
 * Until the server rests (no task) in one of `vmStates`; `what` names the operation in errors. Resting in
 * another state means the action failed (a resize with no valid host leaves the server ACTIVE): that fails
 * at once, with the instance action's reason — unless it is the state the action started from and the API
 * shows no task for it, where resting there only means "not done yet".
 */
export async function waitForVmState(
  conn: Connection,
  id: string,
  vmStates: string[],
  what: string,
  timeoutMs: number,
  started?: Started,
): Promise<ServerView | undefined> {
  // Set inside the check callback, so the declared type must not narrow to false.
  let rested = false as boolean;
  try {
    return await waitUntil(
      conn,
      `server ${id}: ${what}`,
      timeoutMs,
      () => getServer(conn, id),
      (v) => {
        if (!v) return { failed: 'the server disappeared' };
        const vm = String(v['OS-EXT-STS:vm_state']);
        const task = v['OS-EXT-STS:task_state'];
        if (!task && vmStates.includes(vm)) return { done: true };
        if (vm === 'error' && !vmStates.includes('error')) return { failed: `the server went to ERROR: ${faultOf(v)}` };
        if (!task && started && (vm !== started.from || started.taskShown)) {
          rested = true;
          return { failed: `the server is ${v.status} (vm_state ${vm}) instead of ${vmStates.join(' or ')}` };
        }
        return { pending: `${v.status}${task ? ` (${textOf(task)})` : ''}` };
      },
    );
  } catch (e) {
    const why = rested ? await lastActionMessage(conn, id) : undefined;
    if (why && e instanceof WaitError) throw new WaitError(`${e.message}: ${why}`, e.last, e.timedOut);
    throw e;
  }
}

/** Until the server is gone (404, DELETED or SOFT_DELETED). */
export function waitForGone(conn: Connection, id: string, timeoutMs: number): Promise<unknown> {
  return waitUntil(
    conn,
    `server ${id}: delete`,
    timeoutMs,
    () => getServer(conn, id),
    (v) => {
      if (!v || v.status === 'DELETED' || v.status === 'SOFT_DELETED') return { done: true };
      if (v.status === 'ERROR' && !v['OS-EXT-STS:task_state'])
        return { failed: `the server went to ERROR while deleting: ${faultOf(v)}` };
      return { pending: v.status };
    },
  );
}
