// What each action does when its transition completes, beyond the vm_state its table row names:
// moving allocations, swapping flavors, finishing images, releasing ports and volumes.
import { POWER } from '../../model/states';
import type { FlavorSnapshot, Pending, Server } from '../../model/types';
import type { EngineContext } from '../context';
import { unbindPort } from '../networking';
import { schedule } from './background';

/** What an effect gets when its transition completes. */
export interface Completion {
  server: Server;
  pending: Pending;
  at: number;
  ctx: EngineContext;
}

export interface Outcome {
  server: Server | null;
  error?: string;
}
type Effect = (c: Completion) => Outcome;

export const migrationConsumer = (serverId: string) => `migration:${serverId}`;

const failed = (c: Completion, vmState: string, reason: string, code = 500): Outcome => ({
  server: {
    ...c.server,
    vmState,
    powerState: (c.pending.data?.startPower as Server['powerState'] | undefined) ?? c.server.powerState,
    fault: { code, message: reason, details: '', created: c.at },
  },
  error: reason,
});

function finishImage(ctx: EngineContext, imageId: unknown, at: number): void {
  if (typeof imageId !== 'string') return;
  const img = ctx.store.images.get(imageId);
  if (img) ctx.store.images.put({ ...img, status: 'active', updatedAt: at });
}

function moveTo(ctx: EngineContext, s: Server, host: string): Server {
  return { ...s, host, availabilityZone: ctx.store.allHosts().get(host)?.az ?? s.availabilityZone };
}

/** Frees everything a server holds and marks it deleted (Nova keeps the row for admins and changes-since). */
export function hardDelete(ctx: EngineContext, s: Server, at: number): Server {
  ctx.store.release(s.id);
  ctx.store.release(migrationConsumer(s.id));
  for (const port of ctx.store.ports.where('device_id = ?', [s.id])) {
    if (s.nics.some((n) => n.portId === port.id && n.owned)) ctx.store.ports.delete(port.id);
    else unbindPort(ctx, port);
  }
  for (const att of s.volumes) {
    const vol = ctx.store.volumes.get(att.volumeId);
    if (!vol) continue;
    if (att.deleteOnTermination) ctx.store.volumes.delete(vol.id);
    else
      ctx.store.volumes.put({
        ...vol,
        status: 'available',
        attachments: vol.attachments.filter((a) => a.serverId !== s.id),
        updatedAt: at,
      });
  }
  if (s.shelvedImageId) ctx.store.images.delete(s.shelvedImageId);
  return {
    ...s,
    vmState: 'deleted',
    taskState: null,
    powerState: POWER.NOSTATE,
    pending: null,
    deletedAt: at,
    terminatedAt: at,
    updatedAt: at,
    volumes: [],
  };
}

const resizeLike: Effect = (c) => {
  const { ctx, server: s, pending } = c;
  const d = pending.data ?? {};
  if (typeof d.failReason === 'string') return failed(c, d.startVm as string, d.failReason);
  return {
    server: {
      ...moveTo(ctx, s, d.destHost as string),
      prior: { vmState: d.startVm as string, flavor: s.flavor, host: s.host, availabilityZone: s.availabilityZone },
      flavor: (d.newFlavor as FlavorSnapshot | undefined) ?? s.flavor,
    },
  };
};

/** What completing an action does beyond the table's target state; most actions have no entry. */
export const EFFECTS: Partial<Record<string, Effect>> = {
  create(c) {
    const reason = c.pending.data?.failReason;
    if (typeof reason === 'string') {
      return {
        server: {
          ...c.server,
          vmState: 'error',
          powerState: POWER.NOSTATE,
          host: null,
          fault: { code: 500, message: reason, details: '', created: c.at },
        },
        error: reason,
      };
    }
    return { server: { ...c.server, launchedAt: c.at } };
  },
  resize: resizeLike,
  migrate: resizeLike,
  confirmResize({ ctx, server: s }) {
    ctx.store.release(migrationConsumer(s.id));
    return { server: { ...s, prior: null } };
  },
  revertResize({ ctx, server: s }) {
    const prior = s.prior!;
    ctx.store.release(s.id);
    ctx.store.transfer(migrationConsumer(s.id), s.id);
    return {
      server: { ...s, flavor: prior.flavor, host: prior.host, availabilityZone: prior.availabilityZone, prior: null },
    };
  },
  'os-migrateLive'(c) {
    const { ctx, server: s, pending } = c;
    const dest = pending.data?.destHost as string;
    ctx.store.release(s.id);
    ctx.store.transfer(migrationConsumer(s.id), s.id);
    return { server: moveTo(ctx, s, dest) };
  },
  evacuate({ ctx, server: s, pending }) {
    const moved = moveTo(ctx, s, pending.data?.destHost as string);
    // From microversion 2.95 an evacuated server always ends stopped.
    return {
      server: pending.data?.forceStopped ? { ...moved, vmState: 'stopped', powerState: POWER.SHUTDOWN } : moved,
    };
  },
  createImage({ ctx, server, pending, at }) {
    finishImage(ctx, pending.data?.imageId, at);
    return { server };
  },
  createBackup({ ctx, server, pending, at }) {
    finishImage(ctx, pending.data?.imageId, at);
    return { server };
  },
  shelve({ ctx, server: s, pending, at }) {
    finishImage(ctx, pending.data?.imageId, at);
    const offloadAfter = ctx.settings.shelvedOffloadTime;
    if (pending.data?.offload) {
      ctx.store.release(s.id);
      return { server: { ...s, vmState: 'shelved_offloaded', host: null } };
    }
    return { server: offloadAfter > 0 ? schedule(ctx, s, 'shelveOffload', offloadAfter) : s };
  },
  shelveOffload({ ctx, server: s }) {
    ctx.store.release(s.id);
    return { server: { ...s, host: null } };
  },
  unshelve(c) {
    const { ctx, server: s, pending } = c;
    const d = pending.data ?? {};
    if (typeof d.failReason === 'string') return failed(c, d.startVm as string, d.failReason);
    if (s.shelvedImageId) ctx.store.images.delete(s.shelvedImageId);
    const moved = typeof d.destHost === 'string' ? moveTo(ctx, s, d.destHost) : s;
    return { server: { ...moved, shelvedImageId: null } };
  },
  delete({ ctx, server, at }) {
    return { server: hardDelete(ctx, server, at) };
  },
  forceDelete({ ctx, server, at }) {
    return { server: hardDelete(ctx, server, at) };
  },
  reclaim({ ctx, server, at }) {
    return { server: hardDelete(ctx, server, at) };
  },
  softDelete({ ctx, server: s, at }) {
    const soft: Server = {
      ...s,
      vmState: 'soft-delete',
      powerState: POWER.SHUTDOWN,
      deletedAt: null,
      updatedAt: at,
    };
    return { server: schedule(ctx, soft, 'reclaim', ctx.settings.reclaimInstanceInterval) };
  },
};
