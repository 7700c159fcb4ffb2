// Waiting for a server to settle in a vm_state. Every status on the way (BUILD, RESIZE, REBOOT, MIGRATING,
// VERIFY_RESIZE when it is not the goal, …) is progress; ERROR is a failure carrying the server's fault.
import type { Connection } from '../../client/connection';
import { ApiError } from '../../client/service';
import { waitFor } from '../../client/waiter';
import type { ServerView } from './state';

export async function getServer(conn: Connection, id: string): Promise<ServerView | undefined> {
  try {
    return (await conn.compute.call<{ server: ServerView }>('GET', `/servers/${id}`)).body.server;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  }
}

const faultOf = (v: ServerView) => (v.fault as { message?: string } | undefined)?.message ?? 'no fault recorded';

/** Until the server rests (no task) in one of `vmStates`; `what` names the operation in errors. */
export function waitForVmState(conn: Connection, id: string, vmStates: string[], what: string, timeoutMs: number): Promise<ServerView | undefined> {
  return waitFor(`server ${id}: ${what}`, () => getServer(conn, id), (v) => {
    if (!v) return { failed: 'the server disappeared' };
    const vm = String(v['OS-EXT-STS:vm_state']);
    const task = v['OS-EXT-STS:task_state'];
    if (!task && vmStates.includes(vm)) return { done: true };
    if (vm === 'error' && !vmStates.includes('error')) return { failed: `the server went to ERROR: ${faultOf(v)}` };
    return { pending: `${v.status}${task ? ` (${String(task)})` : ''}` };
  }, { timeoutMs, ...conn.poll });
}

/** Until the server is gone (404, DELETED or SOFT_DELETED). */
export function waitForGone(conn: Connection, id: string, timeoutMs: number): Promise<unknown> {
  return waitFor(`server ${id}: delete`, () => getServer(conn, id), (v) => {
    if (!v || v.status === 'DELETED' || v.status === 'SOFT_DELETED') return { done: true };
    if (v.status === 'ERROR' && !v['OS-EXT-STS:task_state']) return { failed: `the server went to ERROR while deleting: ${faultOf(v)}` };
    return { pending: v.status };
  }, { timeoutMs, ...conn.poll });
}
