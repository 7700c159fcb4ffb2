// Looking a server up the way Nova does: other projects' servers do not exist for non-admins.
import { instanceNotFound } from '../../model/errors';
import type { Caller, Server } from '../../model/types';
import { canSee, type EngineContext } from '../context';

export function findServer(ctx: EngineContext, caller: Caller, id: string, { includeDeleted = false } = {}): Server {
  const s = ctx.store.servers.get(id);
  if (!s || !canSee(caller, s.projectId) || (s.deletedAt != null && !includeDeleted)) throw instanceNotFound(id);
  return s;
}

/** Whether the compute service on the server's host is up (a server with no host has none to be down). */
export function hostUp(ctx: EngineContext, s: Pick<Server, 'host'>): boolean {
  return s.host ? (ctx.store.allHosts().get(s.host)?.up ?? true) : true;
}
