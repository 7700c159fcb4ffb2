// POST /servers/{id}/action: the table decides legality (facts.check); each handler here only does what
// its action starts — scheduling a destination, creating an image, recording a lock — and hands the rest
// to the transition clock.
import { isAdmin } from '../../actions/check';
import { actionRow, type ActionName } from '../../actions/table';
import { BadRequest, NotFound, policyDenied } from '../../model/errors';
import { checkDescription, checkMetadata, checkName, checkUserData, LIMITS } from '../../model/limits';
import { show } from '../../model/show';
import type { Caller, Image, Server } from '../../model/types';
import type { EngineContext } from '../context';
import { password, uuid } from '../ids';
import { resolveSecurityGroup } from '../networking';
import { checkComputeDelta } from '../quotas';
import { flavorResources, isVolumeBacked, placeAndClaim, requestFor } from '../scheduler';
import { findServer, hostUp } from './access';
import { requireFlavor, requireImage, snapshotFlavor } from './create';
import { migrationConsumer } from './effects';
import { check } from './facts';
import { begin, recordAction } from './transitions';

export interface ActionResult {
  status: number;
  server: Server;
  adminPass?: string;
  imageId?: string;
}
export type ActionArgs = Record<string, unknown>;
type Handler = (ctx: EngineContext, caller: Caller, s: Server, args: ActionArgs) => Omit<ActionResult, 'status'>;

const str = (v: unknown, field: string, { optional = false } = {}): string | undefined => {
  if (v === undefined || v === null) {
    if (optional) return undefined;
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. Value: None. None is not of type 'string'`,
      field,
    );
  }
  if (typeof v !== 'string') {
    const shown = JSON.stringify(v);
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. Value: ${shown}. ${shown} is not of type 'string'`,
      field,
    );
  }
  return v;
};

const async =
  (name: ActionName): Handler =>
  (ctx, caller, s) => ({ server: begin(ctx, s, name, { caller }) });

/** Records a synchronous action in os-instance-actions and stores the server. */
function sync(ctx: EngineContext, caller: Caller, s: Server, label: string): Server {
  recordAction(ctx, s, caller, label, true);
  return ctx.store.servers.put({ ...s, updatedAt: ctx.clock.now() });
}

function newImage(ctx: EngineContext, s: Server, name: string, props: Record<string, string>): Image {
  const now = ctx.clock.now();
  const base = s.imageId ? ctx.store.images.get(s.imageId) : undefined;
  return ctx.store.images.put({
    id: uuid(),
    name,
    status: 'saving',
    visibility: 'private',
    ownerId: s.projectId,
    minDisk: Math.max(s.flavor.disk, base?.minDisk ?? 0),
    minRam: base?.minRam ?? 0,
    size: 0,
    diskFormat: base?.diskFormat ?? 'qcow2',
    containerFormat: 'bare',
    metadata: { instance_uuid: s.id, base_image_ref: s.imageId ?? '', user_id: s.userId, ...props },
    serverId: s.id,
    createdAt: now,
    updatedAt: now,
  });
}

/** Moves the source allocation to the migration record and claims the destination (resize, migrate). */
function claimMove(ctx: EngineContext, s: Server, flavor = s.flavor, forcedHost?: string | null): string | null {
  const sameHostOk = ctx.settings.allowResizeToSameHost && flavor.id !== s.flavor.id;
  const req = requestFor(ctx, s, flavorResources(flavor, isVolumeBacked(s)), {
    ignoreHosts: sameHostOk || !s.host ? [] : [s.host],
    forcedHost: forcedHost ?? null,
  });
  ctx.store.transfer(s.id, migrationConsumer(s.id));
  const d = placeAndClaim(ctx, s.id, req);
  if (d.host) return d.host.name;
  ctx.store.transfer(migrationConsumer(s.id), s.id);
  return null;
}

function targetHost(ctx: EngineContext, caller: Caller, s: Server, host: unknown, rule: string): string | null {
  if (host === undefined || host === null) return null;
  const h = str(host, 'host')!;
  if (!isAdmin(caller)) throw policyDenied(rule);
  if (!ctx.store.allHosts().has(h)) throw new BadRequest(`Compute host ${h} could not be found.`, 'host');
  if (h === s.host) throw new BadRequest("The target host can't be the same one.", 'host');
  return h;
}

const HANDLERS: Partial<Record<ActionName, Handler>> = {
  resize(ctx, caller, s, args) {
    const flavor = requireFlavor(ctx, str(args.flavorRef, 'flavorRef')!);
    if (flavor.id === s.flavor.id) throw new BadRequest('When resizing, instances must change flavor!', 'flavorRef');
    if (!isVolumeBacked(s) && flavor.disk < s.flavor.disk)
      throw new BadRequest('Resize error: Unable to resize disk down.', 'flavorRef');
    checkComputeDelta(ctx, s.projectId, {
      instances: 0,
      cores: flavor.vcpus - s.flavor.vcpus,
      ram: flavor.ram - s.flavor.ram,
    });
    const dest = claimMove(ctx, s, snapshotFlavor(flavor));
    const data = dest
      ? { destHost: dest, newFlavor: snapshotFlavor(flavor) }
      : { failReason: 'No valid host was found. There are not enough hosts available.' };
    return { server: begin(ctx, s, 'resize', { caller, data, tasks: dest ? undefined : ['resize_prep'] }) };
  },
  migrate(ctx, caller, s, args) {
    const forced = targetHost(ctx, caller, s, args.host, 'os_compute_api:os-migrate-server:migrate:host');
    const dest = claimMove(ctx, s, s.flavor, forced);
    const data = dest
      ? { destHost: dest }
      : { failReason: 'No valid host was found. There are not enough hosts available.' };
    return { server: begin(ctx, s, 'migrate', { caller, data, tasks: dest ? undefined : ['resize_prep'] }) };
  },
  'os-migrateLive'(ctx, caller, s, args) {
    const forced = targetHost(ctx, caller, s, args.host, 'os_compute_api:os-migrate-server:migrate_live:host');
    const d = placeAndClaim(
      ctx,
      migrationConsumer(s.id),
      requestFor(ctx, s, flavorResources(s.flavor, isVolumeBacked(s)), {
        ignoreHosts: s.host ? [s.host] : [],
        forcedHost: forced,
      }),
    );
    if (!d.host) throw new BadRequest(`No valid host was found. There are not enough hosts available.`, 'host');
    return { server: begin(ctx, s, 'os-migrateLive', { caller, data: { destHost: d.host.name } }) };
  },
  confirmResize(ctx, caller, s) {
    if (!s.prior) throw new BadRequest('Instance has not been resized.');
    return { server: begin(ctx, s, 'confirmResize', { caller }) };
  },
  revertResize(ctx, caller, s) {
    if (!s.prior) throw new BadRequest('Instance has not been resized.');
    return { server: begin(ctx, s, 'revertResize', { caller }) };
  },
  rebuild(ctx, caller, s, args) {
    const image = requireImage(ctx, caller, str(args.imageRef, 'imageRef')!, 'Cannot find image for rebuild');
    let next: Server = { ...s, imageId: isVolumeBacked(s) ? s.imageId : image.id, fault: null };
    if (args.name !== undefined) next.name = checkName(args.name);
    if (args.metadata !== undefined) next.metadata = checkMetadata(args.metadata);
    if (args.description !== undefined) next.description = checkDescription(args.description);
    // null clears an address; anything but a string is refused (String() stored objects as "[object Object]").
    if (args.accessIPv4 !== undefined) next.accessIPv4 = str(args.accessIPv4, 'accessIPv4', { optional: true }) ?? '';
    if (args.accessIPv6 !== undefined) next.accessIPv6 = str(args.accessIPv6, 'accessIPv6', { optional: true }) ?? '';
    // Stored as given (base64 text), like a create's: Nova never decodes user data, only checks it.
    if (args.user_data !== undefined) next.userData = checkUserData(args.user_data);
    if (args.key_name !== undefined) {
      if (args.key_name === null) next = { ...next, keyName: null, keyData: null };
      else {
        const kp = ctx.store.keypairs.first('user_id = ? AND name = ?', [caller.userId, show(args.key_name)]);
        if (!kp) throw new BadRequest('Invalid key_name provided.', 'key_name');
        next = { ...next, keyName: kp.name, keyData: kp.publicKey };
      }
    }
    const adminPass = str(args.adminPass, 'adminPass', { optional: true }) ?? password();
    return { server: begin(ctx, next, 'rebuild', { caller }), adminPass };
  },
  createImage(ctx, caller, s, args) {
    const name = checkName(args.name, 'name');
    const img = newImage(ctx, s, name, { image_type: 'snapshot', ...checkMetadata(args.metadata) });
    return { server: begin(ctx, s, 'createImage', { caller, data: { imageId: img.id } }), imageId: img.id };
  },
  createBackup(ctx, caller, s, args) {
    const name = checkName(args.name, 'name');
    const backupType = str(args.backup_type, 'backup_type')!;
    const rotation = Number(args.rotation);
    if (!Number.isInteger(rotation) || rotation < 0)
      throw new BadRequest(
        `Invalid input for field/attribute rotation. Value: ${String(args.rotation)}. ` +
          'It must be an integer of at least 0',
        'rotation',
      );
    if (isVolumeBacked(s)) throw new BadRequest('Backup is not supported for volume-backed instances.');
    const img = newImage(ctx, s, name, {
      image_type: 'backup',
      backup_type: backupType,
      ...checkMetadata(args.metadata),
    });
    // Rotation keeps the newest `rotation` backups of this type.
    const backups = ctx.store.images
      .where('owner_id = ?', [s.projectId])
      .filter((i) => i.serverId === s.id && i.metadata.image_type === 'backup' && i.metadata.backup_type === backupType)
      .sort((a, b) => b.createdAt - a.createdAt);
    for (const old of backups.slice(Math.max(rotation, 1))) if (old.id !== img.id) ctx.store.images.delete(old.id);
    if (rotation === 0) ctx.store.images.delete(img.id);
    return {
      server: begin(ctx, s, 'createBackup', { caller, data: { imageId: img.id } }),
      imageId: rotation > 0 ? img.id : undefined,
    };
  },
  shelve(ctx, caller, s) {
    const img = isVolumeBacked(s) ? null : newImage(ctx, s, `${s.name}-shelved`, { image_type: 'snapshot' });
    const offload = ctx.settings.shelvedOffloadTime === 0;
    const tasks = [...actionRow('shelve').phases, ...(offload ? ['shelving_offloading' as const] : [])];
    return {
      server: begin(ctx, { ...s, shelvedImageId: img?.id ?? null }, 'shelve', {
        caller,
        tasks,
        data: { imageId: img?.id, offload },
      }),
    };
  },
  unshelve(ctx, caller, s, args) {
    const az = args.availability_zone === undefined ? undefined : (args.availability_zone as string | null);
    if ((az !== undefined || args.host !== undefined) && s.vmState !== 'shelved_offloaded') {
      throw new BadRequest(
        `The unshelve action on a server in vm_state ${s.vmState} cannot take an availability zone or host; ` +
          'the server is not offloaded.',
      );
    }
    if (s.vmState !== 'shelved_offloaded') return { server: begin(ctx, s, 'unshelve', { caller }) };
    if (az && ![...ctx.store.allHosts().values()].some((h) => h.az === az))
      throw new BadRequest('The requested availability zone is not available', 'availability_zone');
    const forced = targetHost(
      ctx,
      caller,
      { ...s, host: null },
      args.host,
      'os_compute_api:os-shelve:unshelve_to_host',
    );
    const requestedAz = az === undefined ? s.requestedAz : az;
    const d = placeAndClaim(
      ctx,
      s.id,
      requestFor(ctx, { ...s, requestedAz }, flavorResources(s.flavor, isVolumeBacked(s)), { forcedHost: forced }),
    );
    const data = d.host ? { destHost: d.host.name } : { failReason: d.reason };
    return { server: begin(ctx, { ...s, requestedAz }, 'unshelve', { caller, data }) };
  },
  lock(ctx, caller, s, args) {
    const reason = args.locked_reason;
    if (
      reason !== undefined &&
      (typeof reason !== 'string' || reason.length < 1 || reason.length > LIMITS.lockedReason)
    ) {
      throw new BadRequest(
        `Invalid input for field/attribute locked_reason. Value: ${show(reason)}. ` +
          `It must be a string of 1 to ${LIMITS.lockedReason} characters`,
        'locked_reason',
      );
    }
    const by = caller.projectId === s.projectId ? 'owner' : 'admin';
    // An owner re-locking is a no-op that keeps the old reason; another project's admin takes the lock over.
    if (s.locked && by === 'owner') return { server: s };
    return {
      server: sync(ctx, caller, { ...s, locked: true, lockedBy: by, lockedReason: reason ?? null }, 'lock'),
    };
  },
  unlock(ctx, caller, s) {
    const by = caller.projectId === s.projectId ? 'owner' : 'admin';
    if (s.locked && s.lockedBy !== by && !isAdmin(caller))
      throw policyDenied('os_compute_api:os-lock-server:unlock:unlock_override');
    return { server: sync(ctx, caller, { ...s, locked: false, lockedBy: null, lockedReason: null }, 'unlock') };
  },
  rescue(ctx, caller, s, args) {
    if (args.rescue_image_ref)
      requireImage(
        ctx,
        caller,
        show(args.rescue_image_ref),
        `Image ${show(args.rescue_image_ref)} could not be found.`,
        'rescue_image_ref',
      );
    const adminPass = str(args.adminPass, 'adminPass', { optional: true }) ?? password();
    return { server: begin(ctx, s, 'rescue', { caller }), adminPass };
  },
  changePassword(ctx, caller, s, args) {
    const pw = str(args.adminPass, 'adminPass')!;
    if (!pw.length)
      throw new BadRequest('Invalid input for field/attribute adminPass. The password must not be empty', 'adminPass');
    return { server: begin(ctx, s, 'changePassword', { caller }) };
  },
  evacuate(ctx, caller, s, args) {
    if (hostUp(ctx, s)) throw new BadRequest(`Compute service of ${s.host} is still in use.`);
    const forced = targetHost(ctx, caller, s, args.host, 'os_compute_api:os-evacuate');
    const d = placeAndClaim(
      ctx,
      migrationConsumer(s.id),
      requestFor(ctx, s, flavorResources(s.flavor, isVolumeBacked(s)), {
        ignoreHosts: s.host ? [s.host] : [],
        forcedHost: forced,
      }),
    );
    if (!d.host) throw new BadRequest(`No valid host was found. There are not enough hosts available.`, 'host');
    ctx.store.release(s.id);
    ctx.store.transfer(migrationConsumer(s.id), s.id);
    const adminPass = str(args.adminPass, 'adminPass', { optional: true }) ?? password();
    return {
      server: begin(ctx, s, 'evacuate', {
        caller,
        data: { destHost: d.host.name, forceStopped: args.targetState === 'stopped' },
      }),
      adminPass,
    };
  },
  'os-resetState'(ctx, caller, s, args) {
    const state = args.state;
    if (state !== 'active' && state !== 'error') {
      throw new BadRequest(
        `Invalid input for field/attribute state. Value: ${String(state)}. It must be one of active, error`,
        'state',
      );
    }
    return { server: sync(ctx, caller, { ...s, vmState: state, taskState: null, pending: null }, 'resetState') };
  },
  injectNetworkInfo: (ctx, caller, s) => ({ server: sync(ctx, caller, s, 'injectNetworkInfo') }),
  trigger_crash_dump: (ctx, caller, s) => ({ server: sync(ctx, caller, s, 'trigger_crash_dump') }),
  restore(ctx, caller, s) {
    checkComputeDelta(ctx, s.projectId, { instances: 1, cores: s.flavor.vcpus, ram: s.flavor.ram });
    return { server: begin(ctx, s, 'restore', { caller }) };
  },
  forceDelete: async('forceDelete'),
  addSecurityGroup(ctx, caller, s, args) {
    const name = str(args.name, 'name')!;
    const g = findGroup(ctx, s, name);
    if (s.securityGroups.includes(g.id))
      throw new BadRequest(`Security group ${name} is already associated with the instance ${s.id}`);
    setPortGroups(ctx, s, [...s.securityGroups, g.id]);
    return { server: sync(ctx, caller, { ...s, securityGroups: [...s.securityGroups, g.id] }, 'addSecurityGroup') };
  },
  removeSecurityGroup(ctx, caller, s, args) {
    const name = str(args.name, 'name')!;
    const g = findGroup(ctx, s, name);
    if (!s.securityGroups.includes(g.id))
      throw new BadRequest(`Security group ${name} not associated with the instance ${s.id}`);
    const left = s.securityGroups.filter((x) => x !== g.id);
    setPortGroups(ctx, s, left);
    return { server: sync(ctx, caller, { ...s, securityGroups: left }, 'removeSecurityGroup') };
  },
};

function findGroup(ctx: EngineContext, s: Server, name: string) {
  try {
    return resolveSecurityGroup(ctx, s.projectId, name);
  } catch (e) {
    if (e instanceof BadRequest) throw new NotFound(`Security group ${name} not found for project ${s.projectId}.`);
    throw e;
  }
}

function setPortGroups(ctx: EngineContext, s: Server, groups: string[]): void {
  for (const nic of s.nics) {
    const p = ctx.store.ports.get(nic.portId);
    if (p) ctx.store.ports.put({ ...p, securityGroupIds: groups });
  }
}

/** Runs one server action as a single transaction and returns what the API responds with. */
export function runAction(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  name: ActionName,
  args: ActionArgs = {},
): ActionResult {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, name);
    const handler = HANDLERS[name] ?? async(name);
    return { status: actionRow(name).success.code, ...handler(ctx, caller, s, args) };
  });
}
