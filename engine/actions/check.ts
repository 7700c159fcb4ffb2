// Legality of an action against a server, in Nova's order: policy → lock → host → vm_state → task_state →
// launched_at (resize and migrate check the host after the state). Pure: the engine and the provider's
// planner call it with the same facts.
import { Conflict, policyDenied } from '../model/errors';
import type { ActionRow } from './table';

export interface ServerFacts {
  id: string;
  projectId: string;
  vmState: string;
  taskState: string | null;
  launchedAt: number | null;
  host: string | null;
  locked: boolean;
  /** Whether the server's compute service is up (unknown → assume up). */
  hostUp?: boolean;
}
export interface CallerFacts {
  projectId: string;
  roles: readonly string[];
}

export const isAdmin = (c: CallerFacts) => c.roles.includes('admin');
const isManager = (c: CallerFacts, projectId: string) =>
  isAdmin(c) || (c.roles.includes('manager') && c.projectId === projectId);

export function checkPolicy(row: ActionRow, server: Pick<ServerFacts, 'projectId'>, caller: CallerFacts): void {
  const ok =
    row.policy === 'member' ? true : row.policy === 'admin' ? isAdmin(caller) : isManager(caller, server.projectId);
  if (!ok) throw policyDenied(row.policyRule);
}

/** Throws the Nova conflict the action would get, or returns when the action is legal now. */
export function checkAction(row: ActionRow, server: ServerFacts, caller: CallerFacts): void {
  checkPolicy(row, server, caller);
  if (server.locked && !isAdmin(caller)) {
    if (row.lock === 'locked') throw new Conflict(`Instance ${server.id} is locked`);
    if (row.lock === 'generic') throw invalidState(row, server.id);
  }
  if (row.hostCheck === 'first') checkHost(server);
  if (row.vmStates !== 'any' && !row.vmStates.includes(server.vmState as never)) {
    throw new Conflict(`Cannot '${row.label}' instance ${server.id} while it is in vm_state ${server.vmState}`);
  }
  if (row.taskStates !== 'any' && !row.taskStates.includes(server.taskState as never)) {
    throw new Conflict(`Cannot '${row.label}' instance ${server.id} while it is in task_state ${server.taskState}`);
  }
  if (row.mustHaveLaunched && server.launchedAt == null) throw invalidState(row, server.id);
  if (row.hostCheck === 'after') checkHost(server);
  if (row.serviceUp && server.hostUp === false) throw new Conflict('Service is unavailable at this time.');
}

function checkHost(server: ServerFacts): void {
  if (!server.host) throw new Conflict(`Instance ${server.id} is not ready`);
}

const invalidState = (row: ActionRow, id: string) =>
  new Conflict(`Instance ${id} is in an invalid state for '${row.label}'`);

/** Whether the action is legal now, without throwing. */
export function isLegal(row: ActionRow, server: ServerFacts, caller: CallerFacts): boolean {
  try {
    checkAction(row, server, caller);
    return true;
  } catch {
    return false;
  }
}
