// Server groups: a policy the scheduler enforces (hard) or weighs (soft). Members are the live servers
// created with the group hint; they are read from the servers table, never stored twice.
import { BadRequest, NotFound } from '../model/errors';
import { checkName } from '../model/limits';
import type { Caller, GroupPolicy, ServerGroup } from '../model/types';
import { canSee, isAdmin, type EngineContext } from './context';
import { uuid } from './ids';
import { checkServerGroupQuota } from './quotas';

export const GROUP_POLICIES: readonly GroupPolicy[] = [
  'affinity',
  'anti-affinity',
  'soft-affinity',
  'soft-anti-affinity',
];
export interface ServerGroupView extends ServerGroup {
  members: string[];
}

export interface CreateServerGroupRequest {
  name: string;
  policy: string;
  rules?: { max_server_per_host?: number };
}

export function createServerGroup(ctx: EngineContext, caller: Caller, req: CreateServerGroupRequest): ServerGroupView {
  return ctx.store.tx(() => {
    const name = checkName(req.name);
    if (!GROUP_POLICIES.includes(req.policy as GroupPolicy)) {
      throw new BadRequest(
        `Invalid input for field/attribute policy. Value: ${String(req.policy)}. ` +
          `It must be one of ${GROUP_POLICIES.join(', ')}`,
        'policy',
      );
    }
    const rules = req.rules ?? {};
    if (Object.keys(rules).length && req.policy !== 'anti-affinity')
      throw new BadRequest('Only anti-affinity policy supports rules.', 'rules');
    const max = rules.max_server_per_host;
    if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
      throw new BadRequest(
        `Invalid input for field/attribute max_server_per_host. Value: ${String(max)}. ` +
          'It must be an integer of at least 1',
        'rules.max_server_per_host',
      );
    }
    checkServerGroupQuota(ctx, caller.projectId);
    const g = ctx.store.serverGroups.put({
      id: uuid(),
      name,
      projectId: caller.projectId,
      userId: caller.userId,
      policy: req.policy as GroupPolicy,
      rules: max !== undefined ? { max_server_per_host: max } : {},
      metadata: {},
      createdAt: ctx.clock.now(),
    });
    return { ...g, members: [] };
  });
}

const view = (ctx: EngineContext, g: ServerGroup): ServerGroupView => ({
  ...g,
  members: ctx.store
    .sql('SELECT id FROM servers WHERE group_id = ? AND deleted_at IS NULL ORDER BY created_at')
    .pluck()
    .all(g.id) as string[],
});

export function getServerGroup(ctx: EngineContext, caller: Caller, id: string): ServerGroupView {
  const g = ctx.store.serverGroups.get(id);
  if (!g || !canSee(caller, g.projectId)) throw new NotFound(`Instance group ${id} could not be found.`);
  return view(ctx, g);
}

export function listServerGroups(ctx: EngineContext, caller: Caller, allProjects = false): ServerGroupView[] {
  const rows =
    allProjects && isAdmin(caller)
      ? ctx.store.serverGroups.where()
      : ctx.store.serverGroups.where('project_id = ?', [caller.projectId]);
  return rows.map((g) => view(ctx, g));
}

export function deleteServerGroup(ctx: EngineContext, caller: Caller, id: string): void {
  ctx.store.tx(() => {
    ctx.store.serverGroups.delete(getServerGroup(ctx, caller, id).id);
  });
}
