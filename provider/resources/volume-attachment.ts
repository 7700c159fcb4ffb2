// VolumeAttachment: POST os-volume_attachments, then wait until Cinder says in-use; read is one GET of the
// attachment (404 = detached out of band, or the server is gone); delete_on_termination by PUT (2.85+);
// delete re-sends the detach while the server or volume is busy and waits until the volume is available.
import type { Connection } from '../client/connection';
import { planFromSchema } from '../diff';
import { volumeAttachmentSchema as schema } from '../schema/volume-attachment';
import { validateInputs, ValidationError } from '../schema/validate';
import type { Obj } from '../schema/values';
import { checkedConfig, compact, mvAtLeast, orNull, splitId, waitUntil, type Verdict } from './common/api';
import { detachAndWait } from './common/detach';
import { PartialApplyError, type ResourceType } from './types';

interface AttachmentBody {
  volumeId: string;
  serverId: string;
  device: string | null;
  tag?: string | null;
  delete_on_termination?: boolean;
  attachment_id?: string;
}
interface CinderVolume {
  status: string;
  attachments: { server_id: string; attachment_id: string }[];
}

const path = (server: string, volume?: string) =>
  `/servers/${encodeURIComponent(server)}/os-volume_attachments${volume ? `/${encodeURIComponent(volume)}` : ''}`;
const cinder = (conn: Connection, id: string) =>
  orNull(conn.volume.call<{ volume: CinderVolume }>('GET', `/volumes/${encodeURIComponent(id)}`)).then(
    (r) => r?.body.volume ?? null,
  );
const timeout = (kind: 'create' | 'update' | 'delete', t?: number) => t ?? schema.timeouts[kind];

/** Attributes this cloud's microversion cannot carry: refused before anything is sent. */
function unsupported(conn: Connection, c: Obj, updating: boolean) {
  const errors: { path: string; message: string }[] = [];
  if (c.tag && !mvAtLeast(conn, 49))
    errors.push({ path: 'tag', message: `needs compute microversion 2.49 (the cloud offers ${conn.microversion})` });
  if (c.delete_on_termination && !mvAtLeast(conn, updating ? 85 : 79))
    errors.push({
      path: 'delete_on_termination',
      message: `needs compute microversion ${updating ? '2.85' : '2.79'} (the cloud offers ${conn.microversion})`,
    });
  if (errors.length) throw new ValidationError(schema.name, errors);
}

/** The state from the attachment; `prior` keeps the configured device hint, since the cloud may use another. */
async function toState(conn: Connection, a: AttachmentBody, prior: Obj): Promise<Obj> {
  // Below 2.89 Nova does not show the attachment id; Cinder's view of the volume does.
  const attachmentId =
    a.attachment_id ??
    (await cinder(conn, a.volumeId))?.attachments.find((x) => x.server_id === a.serverId)?.attachment_id ??
    '';
  return {
    id: `${a.serverId}/${a.volumeId}`,
    instance_id: a.serverId,
    volume_id: a.volumeId,
    device: prior.device ?? a.device ?? '',
    tag: a.tag ?? prior.tag ?? null,
    delete_on_termination: a.delete_on_termination ?? prior.delete_on_termination ?? false,
    attachment_id: attachmentId,
    attached_device: a.device ?? '',
  };
}

async function get(conn: Connection, server: string, volume: string): Promise<AttachmentBody | null> {
  return (
    (await orNull(conn.compute.call<{ volumeAttachment: AttachmentBody }>('GET', path(server, volume))))?.body
      .volumeAttachment ?? null
  );
}

async function read(conn: Connection, state: Obj): Promise<Obj | null> {
  const a = await get(conn, String(state.instance_id), String(state.volume_id));
  return a ? toState(conn, a, state) : null;
}

export const volumeAttachment: ResourceType = {
  schema,
  validate: (config) => validateInputs(schema, config),
  // Changing delete_on_termination leaves the attachment as it is.
  plan: async (_conn, prior, config) =>
    planFromSchema(schema, prior, config, { stableComputed: ['attachment_id', 'attached_device'] }),
  async create(conn, config, opts = {}) {
    const c = checkedConfig(schema, config);
    unsupported(conn, c, false);
    const server = c.instance_id as string,
      volumeId = c.volume_id as string;
    await conn.compute.call('POST', path(server), {
      volumeAttachment: compact({
        volumeId,
        device: c.device,
        tag: c.tag,
        delete_on_termination: c.delete_on_termination ? true : undefined,
      }),
    });
    const partial: Obj = { id: `${server}/${volumeId}`, ...c, attachment_id: '', attached_device: '' };
    try {
      await waitUntil(
        conn,
        `volume ${volumeId} to be in-use on server ${server}`,
        timeout('create', opts.timeoutMs),
        () => cinder(conn, volumeId),
        (v): Verdict => {
          if (!v) return { failed: 'the volume disappeared' };
          if (v.status === 'in-use' && v.attachments.some((a) => a.server_id === server)) return { done: true };
          if (v.status.startsWith('error')) return { failed: `volume status ${v.status}` };
          return { pending: v.status };
        },
      );
      const a = await get(conn, server, volumeId);
      if (!a) throw new Error(`server ${server} does not list volume ${volumeId} after attaching it`);
      return await toState(conn, a, c);
    } catch (e) {
      throw new PartialApplyError(
        `volume ${volumeId} was attached to server ${server} but the attachment did not complete: ` +
          `${(e as Error).message}`,
        partial,
        e,
      );
    }
  },
  read,
  async update(conn, prior, config) {
    const c = checkedConfig(schema, config);
    unsupported(conn, c, true);
    if (Boolean(c.delete_on_termination) !== Boolean(prior.delete_on_termination)) {
      if (!mvAtLeast(conn, 85))
        throw new ValidationError(schema.name, [
          {
            path: 'delete_on_termination',
            message: `changes in place only from compute microversion 2.85 (the cloud offers ${conn.microversion})`,
          },
        ]);
      await conn.compute.call('PUT', path(String(prior.instance_id), String(prior.volume_id)), {
        volumeAttachment: { volumeId: prior.volume_id, delete_on_termination: Boolean(c.delete_on_termination) },
      });
    }
    const now = await read(conn, { ...prior, device: c.device ?? prior.device });
    if (!now)
      throw new Error(`volume ${String(prior.volume_id)} is no longer attached to server ${String(prior.instance_id)}`);
    return now;
  },
  async delete(conn, state, opts = {}) {
    const server = String(state.instance_id),
      volumeId = String(state.volume_id);
    await detachAndWait(
      conn,
      `volume ${volumeId} to detach from server ${server}`,
      timeout('delete', opts.timeoutMs),
      () => conn.compute.call('DELETE', path(server, volumeId)),
      async () => {
        const v = await cinder(conn, volumeId);
        if (!v || v.status === 'available') return { done: true };
        if (v.status === 'error_detaching') return { failed: 'volume status error_detaching' };
        // A multi-attached volume stays in-use for its other servers.
        if (v.status === 'in-use' && !v.attachments.some((a) => a.server_id === server)) return { done: true };
        return { pending: v.status };
      },
    );
  },
  async import(conn, id) {
    const [server, volumeId] = splitId(schema, id);
    const a = await get(conn, server, volumeId);
    return a ? toState(conn, a, {}) : null;
  },
};
