// os-interface and os-volume_attachments: NICs and volumes added to a running server. The port's and the
// volume's own records (device_id, status, attachments) change in the same transaction as the server's.
import { BadRequest, Conflict, NotFound } from '../../model/errors';
import type { AttachedVolume, Caller, Port, Server } from '../../model/types';
import type { EngineContext } from '../context';
import { uuid } from '../ids';
import { bindPort, createPort, requireNetwork, requirePort, unbindPort } from '../networking';
import { isVolumeBacked } from '../scheduler';
import { requireVolume } from '../volumes';
import { findServer } from './access';
import { check } from './facts';
import { recordAction } from './transitions';

export interface AttachInterfaceRequest {
  port_id?: string;
  net_id?: string;
  fixed_ips?: { ip_address: string }[];
  tag?: string | null;
}

export function listInterfaces(ctx: EngineContext, caller: Caller, id: string): Port[] {
  const s = findServer(ctx, caller, id);
  return ctx.store.ports.where('device_id = ?', [s.id]);
}

export function getInterface(ctx: EngineContext, caller: Caller, id: string, portId: string): Port {
  const p = listInterfaces(ctx, caller, id).find((x) => x.id === portId);
  if (!p) throw new NotFound(`Instance ${id} does not have a port with id ${portId}`);
  return p;
}

export function attachInterface(ctx: EngineContext, caller: Caller, id: string, req: AttachInterfaceRequest): Port {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'attach_interface');
    if (req.port_id && req.net_id) throw new BadRequest('Must not input both network_id and port_id', 'port_id');
    let port: Port;
    let owned = false;
    if (req.port_id) {
      port = requirePort(ctx, caller, req.port_id);
      if (port.deviceId) throw new Conflict(`Port ${port.id} is still in use.`);
      port = bindPort(ctx, { ...port, tag: req.tag ?? port.tag ?? null }, s.id, s.availabilityZone);
    } else {
      if (!req.net_id) throw new BadRequest('Either net_id or port_id is required', 'net_id');
      if (req.fixed_ips && req.fixed_ips.length > 1)
        throw new BadRequest(
          'Invalid input for field/attribute fixed_ips. Only one fixed IP may be requested',
          'fixed_ips',
        );
      const net = requireNetwork(ctx, caller, req.net_id, 'net_id');
      port = createPort(ctx, {
        networkId: net.id,
        projectId: s.projectId,
        fixedIp: req.fixed_ips?.[0]?.ip_address ?? null,
        securityGroupIds: s.securityGroups,
        deviceId: s.id,
        deviceOwner: `compute:${s.availabilityZone ?? 'nova'}`,
        tag: req.tag ?? null,
      });
      owned = true;
    }
    recordAction(ctx, s, caller, 'attach_interface', true);
    ctx.store.servers.put({
      ...s,
      nics: [...s.nics, { portId: port.id, networkId: port.networkId, tag: req.tag ?? null, owned }],
      updatedAt: ctx.clock.now(),
    });
    return port;
  });
}

export function detachInterface(ctx: EngineContext, caller: Caller, id: string, portId: string): void {
  ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'detach_interface');
    const port = ctx.store.ports.get(portId);
    if (!port || port.deviceId !== s.id) throw new NotFound(`Port ${portId} is not attached`);
    const nic = s.nics.find((n) => n.portId === portId);
    // Ports Nova created for the server go away with the NIC; ports the user brought are only unbound.
    if (nic?.owned) ctx.store.ports.delete(portId);
    else unbindPort(ctx, port);
    recordAction(ctx, s, caller, 'detach_interface', true);
    ctx.store.servers.put({ ...s, nics: s.nics.filter((n) => n.portId !== portId), updatedAt: ctx.clock.now() });
  });
}

export interface AttachVolumeRequest {
  volumeId: string;
  device?: string | null;
  tag?: string | null;
  delete_on_termination?: boolean;
}

function nextDevice(s: Server): string {
  const used = new Set(s.volumes.map((v) => v.device));
  if (!isVolumeBacked(s)) used.add('/dev/vda');
  for (const l of 'abcdefghijklmnopqrstuvwxyz') if (!used.has(`/dev/vd${l}`)) return `/dev/vd${l}`;
  throw new BadRequest("No free disk device names for prefix 'vd'");
}

export function listVolumeAttachments(ctx: EngineContext, caller: Caller, id: string): AttachedVolume[] {
  return findServer(ctx, caller, id).volumes;
}

export function getVolumeAttachment(ctx: EngineContext, caller: Caller, id: string, volumeId: string): AttachedVolume {
  const a = listVolumeAttachments(ctx, caller, id).find((v) => v.volumeId === volumeId);
  if (!a) throw new NotFound(`Instance ${id} is not attached to volume ${volumeId}.`);
  return a;
}

export function attachVolume(ctx: EngineContext, caller: Caller, id: string, req: AttachVolumeRequest): AttachedVolume {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'attach_volume');
    if (typeof req.volumeId !== 'string')
      throw new BadRequest("Invalid input for field/attribute volumeId. 'volumeId' is a required property", 'volumeId');
    const vol = requireVolume(ctx, caller, req.volumeId);
    if (s.volumes.some((v) => v.volumeId === vol.id))
      throw new Conflict(`volume ${vol.id} is already attached to the instance ${s.id}`);
    if (vol.status !== 'available') {
      throw new BadRequest(
        `Invalid volume: Volume ${vol.id} status must be available or downloading to reserve, ` +
          `but the current status is ${vol.status}.`,
        'volumeId',
      );
    }
    if (vol.projectId !== s.projectId)
      throw new BadRequest(`Invalid volume: volume ${vol.id} belongs to another project.`, 'volumeId');
    const device = req.device ?? nextDevice(s);
    if (s.volumes.some((v) => v.device === device))
      throw new BadRequest(`The supplied device path (${device}) is in use.`, 'device');
    const att: AttachedVolume = {
      volumeId: vol.id,
      attachmentId: uuid(),
      device,
      tag: req.tag ?? null,
      deleteOnTermination: !!req.delete_on_termination,
    };
    ctx.store.volumes.put({
      ...vol,
      status: 'in-use',
      attachments: [{ serverId: s.id, attachmentId: att.attachmentId, device, attachedAt: ctx.clock.now() }],
      updatedAt: ctx.clock.now(),
    });
    recordAction(ctx, s, caller, 'attach_volume', true);
    ctx.store.servers.put({ ...s, volumes: [...s.volumes, att], updatedAt: ctx.clock.now() });
    return att;
  });
}

export function detachVolume(ctx: EngineContext, caller: Caller, id: string, volumeId: string): void {
  ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'detach_volume');
    const att = s.volumes.find((v) => v.volumeId === volumeId);
    if (!att) throw new NotFound(`Instance ${id} is not attached to volume ${volumeId}.`);
    const isRoot = s.blockDevices.some((b) => b.bootIndex === 0 && b.volumeId === volumeId);
    if (isRoot) throw new BadRequest('Cannot detach a root device volume', 'volumeId');
    const vol = ctx.store.volumes.get(volumeId);
    if (vol)
      ctx.store.volumes.put({
        ...vol,
        status: 'available',
        attachments: vol.attachments.filter((a) => a.serverId !== s.id),
        updatedAt: ctx.clock.now(),
      });
    recordAction(ctx, s, caller, 'detach_volume', true);
    ctx.store.servers.put({
      ...s,
      volumes: s.volumes.filter((v) => v.volumeId !== volumeId),
      updatedAt: ctx.clock.now(),
    });
  });
}

/** PUT os-volume_attachments/{volume} with the same volume (2.85+): only delete_on_termination changes. */
export function updateVolumeAttachment(
  ctx: EngineContext,
  caller: Caller,
  id: string,
  volumeId: string,
  change: { deleteOnTermination?: boolean },
): AttachedVolume {
  return ctx.store.tx(() => {
    const s = findServer(ctx, caller, id);
    check(ctx, caller, s, 'attach_volume');
    const att = s.volumes.find((v) => v.volumeId === volumeId);
    if (!att) throw new NotFound(`Instance ${id} is not attached to volume ${volumeId}.`);
    const next = { ...att, deleteOnTermination: change.deleteOnTermination ?? att.deleteOnTermination };
    ctx.store.servers.put({
      ...s,
      volumes: s.volumes.map((v) => (v.volumeId === volumeId ? next : v)),
      updatedAt: ctx.clock.now(),
    });
    return next;
  });
}
