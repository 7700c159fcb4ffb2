// Delete, update (PUT), metadata and tags: the synchronous server operations, each checked against its
// action-table row so locks and states refuse them exactly as Nova does.
import { BadRequest, Forbidden, NotFound } from '../../model/errors';
import { checkDescription, checkMetadata, checkName, checkTag, checkTags, LIMITS } from '../../model/limits';
import type { Caller, Server } from '../../model/types';
import type { EngineContext } from '../context';
import { checkMetadataItems } from '../quotas';
import { findServer, hostUp } from './access';
import { hardDelete, migrationConsumer } from './effects';
import { check } from './facts';
import { begin, recordAction } from './transitions';

/** DELETE /servers/{id}: soft delete when a reclaim window is configured and the server launched. */
export function deleteServer(ctx: EngineContext, caller: Caller, id: string): Server {
  return ctx.store.tx(() => {
    let s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'delete');
    if (s.taskState === 'deleting' || s.taskState === 'soft-deleting') return s; // a second DELETE is a no-op
    if (s.vmState === 'resized') {
      // Nova confirms a pending resize before deleting
      ctx.store.release(migrationConsumer(s.id));
      s = { ...s, prior: null };
    }
    if (!s.host || !hostUp(ctx, s)) {
      // local delete: nothing on a compute host to wait for
      recordAction(ctx, s, caller, 'delete', true);
      return ctx.store.servers.put(hardDelete(ctx, s, ctx.clock.now()));
    }
    const soft = ctx.settings.reclaimInstanceInterval > 0 && s.launchedAt != null && s.vmState !== 'soft-delete';
    return begin(ctx, s, 'delete', {
      caller,
      tasks: soft ? ['soft-deleting'] : ['deleting'],
      as: soft ? 'softDelete' : 'delete',
    });
  });
}

export interface UpdateServerRequest {
  name?: string;
  description?: string | null;
  accessIPv4?: string;
  accessIPv6?: string;
  hostname?: string;
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
}

export function updateServer(ctx: EngineContext, caller: Caller, id: string, req: UpdateServerRequest): Server {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'update');
    const next: Server = { ...s, updatedAt: ctx.clock.now() };
    if (req.name !== undefined) next.name = checkName(req.name);
    if (req.description !== undefined) next.description = checkDescription(req.description);
    if (req.accessIPv4 !== undefined) next.accessIPv4 = req.accessIPv4 ?? '';
    if (req.accessIPv6 !== undefined) next.accessIPv6 = req.accessIPv6 ?? '';
    if (req.hostname !== undefined) {
      if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/.test(req.hostname))
        throw new BadRequest(
          `Invalid input for field/attribute hostname. Value: ${req.hostname}. It must be a valid RFC 1123 host name`,
          'hostname',
        );
      next.hostname = req.hostname;
    }
    if (req['OS-DCF:diskConfig'] !== undefined) next.diskConfig = req['OS-DCF:diskConfig'];
    return ctx.store.servers.put(next);
  });
}

type MetadataMode = 'replace' | 'merge';

export function setMetadata(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  md: unknown,
  mode: MetadataMode,
): Record<string, string> {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'update metadata');
    const incoming = checkMetadata(md);
    const metadata = mode === 'replace' ? incoming : { ...s.metadata, ...incoming };
    checkMetadataItems(ctx, s.projectId, Object.keys(metadata).length);
    ctx.store.servers.put({ ...s, metadata, updatedAt: ctx.clock.now() });
    return metadata;
  });
}

export function setMetadataItem(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  key: string,
  body: unknown,
): Record<string, string> {
  if (!body || typeof body !== 'object' || Object.keys(body).length !== 1) {
    throw new BadRequest('Request body contains too many items or no items', 'meta');
  }
  if (!(key in body)) throw new BadRequest('Request body and URI mismatch', 'meta');
  setMetadata(ctx, caller, id, body, 'merge');
  return { [key]: (body as Record<string, string>)[key] };
}

export function deleteMetadataItem(ctx: EngineContext, caller: Caller, id: string, key: string): void {
  ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'delete metadata');
    if (!(key in s.metadata)) throw new NotFound('Metadata item was not found');
    const { [key]: _gone, ...rest } = s.metadata;
    ctx.store.servers.put({ ...s, metadata: rest, updatedAt: ctx.clock.now() });
  });
}

export function replaceTags(ctx: EngineContext, caller: Caller, id: string, tags: unknown): string[] {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'update tags');
    const next = checkTags(tags);
    ctx.store.servers.put({ ...s, tags: next, updatedAt: ctx.clock.now() });
    return next;
  });
}

export function addTag(ctx: EngineContext, caller: Caller, id: string, tag: string): { created: boolean } {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'update tags');
    checkTag(tag, 'tag');
    if (s.tags.includes(tag)) return { created: false };
    if (s.tags.length >= LIMITS.tagsPerServer)
      throw new BadRequest(`The number of tags exceeded the per-server limit ${LIMITS.tagsPerServer}`, 'tags');
    ctx.store.servers.put({ ...s, tags: [...s.tags, tag], updatedAt: ctx.clock.now() });
    return { created: true };
  });
}

export function deleteTag(ctx: EngineContext, caller: Caller, id: string, tag: string | null): void {
  ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'delete tags');
    if (tag !== null && !s.tags.includes(tag)) throw new NotFound(`Tag ${tag} could not be found for server ${id}.`);
    ctx.store.servers.put({
      ...s,
      tags: tag === null ? [] : s.tags.filter((t) => t !== tag),
      updatedAt: ctx.clock.now(),
    });
  });
}

/**
 * Admin control for tests and simulation (not a Nova API): sets the raw stored states, cancelling any
 * transition. A vm_state Nova does not know shows as UNKNOWN, as a corrupted or unreachable record would.
 */
export function forceState(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  states: { vmState: string; taskState?: string | null; powerState?: number },
): Server {
  if (!caller.roles.includes('admin')) throw new Forbidden('Only administrators may force server states.');
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    return ctx.store.servers.put({
      ...s,
      vmState: states.vmState,
      taskState: (states.taskState ?? null) as Server['taskState'],
      powerState: (states.powerState ?? s.powerState) as Server['powerState'],
      pending: null,
      updatedAt: ctx.clock.now(),
    });
  });
}
