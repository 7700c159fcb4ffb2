// Read-mostly catalogues: flavors (admin-managed), images, availability zones and compute hosts.
import { BadRequest, Conflict, NotFound, policyDenied } from '../model/errors';
import type { Caller, Flavor, Host, Image } from '../model/types';
import { isAdmin, type EngineContext } from './context';

export function listFlavors(ctx: EngineContext, caller: Caller): Flavor[] {
  return ctx.store.flavors.where('1', [], 'ORDER BY rowid').filter((f) => f.isPublic || isAdmin(caller));
}

export function getFlavor(ctx: EngineContext, id: string): Flavor {
  const f = ctx.store.flavors.get(id);
  if (!f) throw new NotFound(`Flavor ${id} could not be found.`);
  return f;
}

export function createFlavor(
  ctx: EngineContext,
  caller: Caller,
  f: Omit<Flavor, 'extraSpecs' | 'disabled'> & Partial<Pick<Flavor, 'extraSpecs'>>,
): Flavor {
  if (!isAdmin(caller)) throw policyDenied('os_compute_api:os-flavor-manage:create');
  return ctx.store.tx(() => {
    if (ctx.store.flavors.get(f.id)) throw new Conflict(`Flavor with ID ${f.id} already exists.`);
    if (ctx.store.flavors.first('name = ?', [f.name])) throw new Conflict(`Flavor with name ${f.name} already exists.`);
    for (const k of ['vcpus', 'ram', 'disk', 'ephemeral', 'swap'] as const) {
      if (!Number.isInteger(f[k]) || f[k] < (k === 'vcpus' || k === 'ram' ? 1 : 0))
        throw new BadRequest(`Invalid input for field/attribute ${k}. Value: ${f[k]}.`, k);
    }
    return ctx.store.flavors.put({ ...f, extraSpecs: f.extraSpecs ?? {}, disabled: false });
  });
}

export function deleteFlavor(ctx: EngineContext, caller: Caller, id: string): void {
  if (!isAdmin(caller)) throw policyDenied('os_compute_api:os-flavor-manage:delete');
  ctx.store.tx(() => {
    getFlavor(ctx, id);
    ctx.store.flavors.delete(id);
  });
}

export function setExtraSpecs(ctx: EngineContext, caller: Caller, id: string, specs: Record<string, string>): Flavor {
  if (!isAdmin(caller)) throw policyDenied('os_compute_api:os-flavor-extra-specs:create');
  return ctx.store.tx(() => {
    const f = getFlavor(ctx, id);
    return ctx.store.flavors.put({ ...f, extraSpecs: { ...f.extraSpecs, ...specs } });
  });
}

export function deleteExtraSpec(ctx: EngineContext, caller: Caller, id: string, key: string): void {
  if (!isAdmin(caller)) throw policyDenied('os_compute_api:os-flavor-extra-specs:delete');
  ctx.store.tx(() => {
    const f = getFlavor(ctx, id);
    if (!(key in f.extraSpecs)) throw new NotFound(`Flavor ${id} has no extra specs with key ${key}.`);
    const { [key]: _gone, ...rest } = f.extraSpecs;
    ctx.store.flavors.put({ ...f, extraSpecs: rest });
  });
}

const imageVisible = (c: Caller, i: Image) =>
  i.status !== 'deleted' && (i.visibility !== 'private' || i.ownerId === c.projectId || isAdmin(c));

export function listImages(ctx: EngineContext, caller: Caller): Image[] {
  return ctx.store.images.where('1', [], 'ORDER BY rowid').filter((i) => imageVisible(caller, i));
}

export function getImage(ctx: EngineContext, caller: Caller, id: string): Image {
  const i = ctx.store.images.get(id);
  if (!i || !imageVisible(caller, i)) throw new NotFound(`Image ${id} could not be found.`);
  return i;
}

export function deleteImage(ctx: EngineContext, caller: Caller, id: string): void {
  ctx.store.tx(() => {
    const i = getImage(ctx, caller, id);
    if (i.ownerId !== caller.projectId && !isAdmin(caller))
      throw new BadRequest(`You are not permitted to delete image ${id}.`);
    ctx.store.images.delete(id);
  });
}

export function availabilityZones(ctx: EngineContext): { name: string; hosts: Host[] }[] {
  const zones = new Map<string, Host[]>();
  for (const h of ctx.store.allHosts().values()) zones.set(h.az, [...(zones.get(h.az) ?? []), h]);
  return [...zones].map(([name, hosts]) => ({ name, hosts }));
}

export function listHosts(ctx: EngineContext, caller: Caller): Host[] {
  if (!isAdmin(caller)) throw policyDenied('os_compute_api:os-hypervisors:list');
  return [...ctx.store.allHosts().values()];
}

export function getHost(ctx: EngineContext, caller: Caller, name: string): Host {
  const h = listHosts(ctx, caller).find((x) => x.name === name || x.id === name);
  if (!h) throw new NotFound(`Compute host ${name} could not be found.`);
  return h;
}

/** Admin switches on a compute host: enabled (scheduling) and up (its service heartbeat). */
export function setHostState(
  ctx: EngineContext,
  caller: Caller,
  name: string,
  change: { enabled?: boolean; up?: boolean; disabledReason?: string | null },
): Host {
  return ctx.store.tx(() => {
    const h = getHost(ctx, caller, name);
    const next: Host = {
      ...h,
      ...('enabled' in change ? { enabled: !!change.enabled } : {}),
      ...('up' in change ? { up: !!change.up } : {}),
    };
    if ('enabled' in change) next.disabledReason = change.enabled ? null : (change.disabledReason ?? null);
    ctx.store.putHost(next);
    return next;
  });
}
