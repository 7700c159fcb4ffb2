// Block storage as the compute side uses it: volumes with Cinder's status life-cycle, driven by attachments.
import { BadRequest, NotFound } from '../model/errors';
import { checkDescription, checkMetadata } from '../model/limits';
import type { Caller, Volume, VolumeType } from '../model/types';
import { canSee, type EngineContext } from './context';
import { uuid } from './ids';
import { checkVolumeQuota } from './quotas';

export interface CreateVolumeRequest {
  size: number;
  name?: string;
  description?: string;
  volumeType?: string;
  imageId?: string | null;
  snapshotId?: string | null;
  availabilityZone?: string;
  metadata?: Record<string, string>;
}

export function requireVolumeType(ctx: EngineContext, nameOrId: string, field = 'volume_type'): VolumeType {
  const t = ctx.store.volumeTypes.get(nameOrId) ?? ctx.store.volumeTypes.first('name = ?', [nameOrId]);
  if (!t) throw new BadRequest(`Volume type with name ${nameOrId} could not be found.`, field);
  return t;
}

export function requireVolume(ctx: EngineContext, caller: Caller, id: string): Volume {
  const v = ctx.store.volumes.get(id);
  if (!v || !canSee(caller, v.projectId)) throw new NotFound(`Volume ${id} could not be found.`);
  return v;
}

export function createVolumeRecord(ctx: EngineContext, caller: Caller, req: CreateVolumeRequest): Volume {
  return ctx.store.tx(() => {
    if (!Number.isInteger(req.size) || req.size < 1)
      throw new BadRequest(
        `Invalid input for field/attribute size. Value: ${req.size}. The size must be an integer of at least 1 GB`,
        'size',
      );
    const type = requireVolumeType(ctx, req.volumeType ?? '__DEFAULT__');
    if (req.imageId) {
      const img = ctx.store.images.get(req.imageId);
      if (!img) throw new BadRequest(`Image ${req.imageId} could not be found.`, 'imageRef');
      if (img.minDisk > req.size)
        throw new BadRequest(`Image minDisk size ${img.minDisk} is larger than the volume size ${req.size}.`, 'size');
    }
    if (req.snapshotId) throw new NotFound(`Snapshot ${req.snapshotId} could not be found.`);
    if (req.availabilityZone && ![...ctx.store.allHosts().values()].some((h) => h.az === req.availabilityZone)) {
      throw new BadRequest(`Availability zone '${req.availabilityZone}' is invalid.`, 'availability_zone');
    }
    checkVolumeQuota(ctx, caller.projectId, req.size);
    const now = ctx.clock.now();
    return ctx.store.volumes.put({
      id: uuid(),
      name: req.name ?? '',
      description: checkDescription(req.description) ?? '',
      projectId: caller.projectId,
      userId: caller.userId,
      size: req.size,
      volumeType: type.name,
      availabilityZone: req.availabilityZone ?? 'nova',
      status: 'available',
      bootable: !!req.imageId,
      imageId: req.imageId ?? null,
      snapshotId: null,
      metadata: checkMetadata(req.metadata),
      attachments: [],
      createdAt: now,
      updatedAt: now,
    });
  });
}

export function deleteVolume(ctx: EngineContext, caller: Caller, id: string): void {
  return ctx.store.tx(() => {
    const v = requireVolume(ctx, caller, id);
    if (v.status === 'in-use' || v.attachments.length) {
      throw new BadRequest(
        'Invalid volume: Volume status must be available or error or error_restoring or error_extending or ' +
          'error_managing and must not be migrating, attached, belong to a group, have snapshots, ' +
          'awaiting a transfer, or be disassociated from snapshots after volume transfer.',
      );
    }
    ctx.store.volumes.delete(v.id);
  });
}

/** Grows a volume; an in-use one only when the request allows it (Cinder's microversion 3.42). */
export function extendVolume(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  newSize: number,
  attachedToo = false,
): Volume {
  return ctx.store.tx(() => {
    const v = requireVolume(ctx, caller, id);
    if (!Number.isInteger(newSize) || newSize <= v.size)
      throw new BadRequest(
        `New size for extend must be greater than current size. (current: ${v.size}, extended: ${newSize}).`,
        'new_size',
      );
    // Cinder's conditional update: an attached extend expects in-use, any other expects available.
    const expected = attachedToo && v.status === 'in-use' ? 'in-use' : 'available';
    if (v.status !== expected)
      throw new BadRequest(
        `Invalid volume: Volume ${v.id} status must be '{'status': '${expected}'}' to extend, currently ${v.status}.`,
      );
    checkVolumeQuota(ctx, v.projectId, newSize - v.size, 0);
    return ctx.store.volumes.put({ ...v, size: newSize, updatedAt: ctx.clock.now() });
  });
}

export interface VolumeUpdate {
  name?: string;
  description?: string;
  metadata?: Record<string, string>;
}

export function updateVolume(ctx: EngineContext, caller: Caller, id: string, change: VolumeUpdate): Volume {
  return ctx.store.tx(() => {
    const v = requireVolume(ctx, caller, id);
    return ctx.store.volumes.put({
      ...v,
      name: change.name ?? v.name,
      description: change.description === undefined ? v.description : (checkDescription(change.description) ?? ''),
      metadata: change.metadata === undefined ? v.metadata : checkMetadata(change.metadata),
      updatedAt: ctx.clock.now(),
    });
  });
}
