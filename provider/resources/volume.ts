// Volume: POST then wait for `available`; read is one GET; name/description/metadata by PUT, growth by
// os-extend (waiting for the status to settle); shrinking is planned as a replacement with its reason;
// delete waits until the volume is gone, retrying while a transition (detaching, …) keeps it busy.
// No orphans: the POST carries an idempotency token under a reserved metadata key (volumes have no tags); a
// re-run after a crash adopts the volume carrying it, and the first update gives it up (client/idempotency).
import type { Connection } from '../client/connection';
import {
  canonicalJson,
  isAdoptable,
  noteOwned,
  oneAtATime,
  TOKEN_METADATA_KEY,
  tokenForConfig,
  tokenForUrn,
  userMetadata,
} from '../client/idempotency';
import { planFromSchema } from '../diff';
import { SHRINK_REASON, volumeSchema as schema } from '../schema/volume';
import { replace } from '../schema/dsl';
import { validateInputs } from '../schema/validate';
import { isUnknown, type Obj } from '../schema/values';
import { checkedConfig, compact, isStatus, orNull, waitUntil, type Verdict } from './common/api';
import { PartialApplyError, type ResourceType } from './types';

interface VolumeBody {
  id: string;
  name: string | null;
  description: string | null;
  size: number;
  status: string;
  volume_type: string | null;
  availability_zone: string;
  volume_type_id?: string | null;
  snapshot_id: string | null;
  bootable: string | boolean;
  metadata?: Record<string, string>;
  volume_image_metadata?: { image_id?: string };
  attachments?: { server_id: string; attachment_id: string; device: string | null }[];
}

const TRANSITIONAL = [
  'creating',
  'downloading',
  'attaching',
  'detaching',
  'extending',
  'reserved',
  'maintenance',
  'retyping',
  'uploading',
  'backing-up',
  'restoring-backup',
];
const path = (id: string) => `/volumes/${encodeURIComponent(id)}`;

/** Cinder extends an attached (in-use) volume only at microversion 3.42 or later (VOLUME_EXTEND_INUSE). */
const EXTEND_IN_USE = 'volume 3.42';

/** os-extend, asking for 3.42 when the volume is attached, and saying so plainly when the cloud lacks it. */
async function extend(conn: Connection, id: string, size: number): Promise<void> {
  const inUse = (await get(conn, id))?.status === 'in-use';
  const headers: Record<string, string> = inUse ? { 'OpenStack-API-Version': EXTEND_IN_USE } : {};
  try {
    await conn.volume.call('POST', `${path(id)}/action`, { 'os-extend': { new_size: size } }, headers);
  } catch (e) {
    // 406: the cloud's Cinder predates 3.42; 400 "…currently in-use": it ignored the header (no microversions).
    const refused = isStatus(e, 406) || (isStatus(e, 400) && /in-use/.test((e as Error).message));
    if (!inUse || !refused) throw e;
    throw new Error(
      `size: volume ${id} is attached (in-use), and growing an attached volume needs Cinder microversion 3.42, ` +
        `which this cloud does not offer (${(e as Error).message}); detach it, grow it, and attach it again`,
      { cause: e },
    );
  }
}

function toState(v: VolumeBody): Obj {
  return {
    // Cinder shows an unset name or description as '' or null: both are "unset" here, so neither drifts.
    id: v.id,
    size: v.size,
    name: v.name || null,
    description: v.description || null,
    metadata: userMetadata(v.metadata),
    volume_type: v.volume_type ?? '',
    image_id: v.volume_image_metadata?.image_id ?? null,
    snapshot_id: v.snapshot_id ?? null,
    availability_zone: v.availability_zone,
    status: v.status,
    bootable: v.bootable === true || v.bootable === 'true',
    attachments: (v.attachments ?? []).map((a) => ({
      server_id: a.server_id,
      attachment_id: a.attachment_id,
      device: a.device ?? '',
    })),
  };
}

/** Live volumes carrying the token (Cinder's metadata filter is not everywhere: the listing is filtered here). */
async function findByToken(conn: Connection, token: string): Promise<VolumeBody | undefined> {
  const all = (await conn.volume.call<{ volumes: VolumeBody[] }>('GET', '/volumes/detail')).body.volumes;
  return all.find(
    (v) =>
      v.metadata?.[TOKEN_METADATA_KEY] === token &&
      !['deleting', 'error_deleting'].includes(v.status) &&
      isAdoptable(conn, v.id),
  );
}

async function postOrAdopt(conn: Connection, body: Obj, token: string): Promise<VolumeBody> {
  const found = await findByToken(conn, token);
  if (found) return found;
  const metadata = { ...((body.metadata ?? {}) as Obj), [TOKEN_METADATA_KEY]: token };
  return (await conn.volume.call<{ volume: VolumeBody }>('POST', '/volumes', { volume: { ...body, metadata } })).body
    .volume;
}

async function get(conn: Connection, id: string): Promise<VolumeBody | null> {
  return (await orNull(conn.volume.call<{ volume: VolumeBody }>('GET', path(id))))?.body.volume ?? null;
}

/** Until the volume is settled in one of `targets`; `error*` statuses fail with Cinder's status. */
function settle(conn: Connection, id: string, what: string, timeoutMs: number, targets: string[]) {
  return waitUntil(
    conn,
    `volume ${id} to ${what}`,
    timeoutMs,
    () => get(conn, id),
    (v): Verdict => {
      if (!v) return { failed: 'the volume disappeared' };
      if (targets.includes(v.status)) return { done: true };
      if (v.status.startsWith('error')) return { failed: `status ${v.status}` };
      return { pending: v.status };
    },
  );
}

const timeout = (kind: 'create' | 'update' | 'delete', t?: number) => t ?? schema.timeouts[kind];

async function read(conn: Connection, state: Obj): Promise<Obj | null> {
  const v = await get(conn, String(state.id));
  if (!v) return null;
  const out = toState(v);
  // A type given by id is shown by name: the same type either way, so not drift.
  if (state.volume_type && state.volume_type === v.volume_type_id) out.volume_type = state.volume_type;
  return out;
}

export const volume: ResourceType = {
  schema,
  validate: (config) => validateInputs(schema, config),
  async plan(_conn, prior, config) {
    const shrinks =
      prior &&
      !isUnknown(config.size) &&
      typeof config.size === 'number' &&
      typeof prior.size === 'number' &&
      config.size < prior.size;
    // Growing is an in-place extend; only a smaller size replaces, so the size's strategy depends on direction.
    return planFromSchema(
      shrinks
        ? { ...schema, fields: { ...schema.fields, size: { ...schema.fields.size, change: replace(SHRINK_REASON) } } }
        : schema,
      prior,
      config,
      { stableComputed: ['bootable'] },
    );
  },
  async create(conn, config, opts = {}) {
    const c = checkedConfig(schema, config);
    const body = compact({
      size: c.size,
      name: c.name,
      description: c.description,
      metadata: c.metadata,
      volume_type: c.volume_type,
      imageRef: c.image_id,
      snapshot_id: c.snapshot_id,
      availability_zone: c.availability_zone,
    });
    const token = opts.urn
      ? tokenForUrn(opts.urn)
      : tokenForConfig(
          schema.terraform,
          conn.projectId,
          typeof c.name === 'string' ? c.name : '',
          JSON.parse(canonicalJson(body)),
        );
    const made = await oneAtATime(conn, token, () => postOrAdopt(conn, body, token));
    noteOwned(conn, made.id);
    const id = made.id;
    try {
      await settle(conn, id, 'become available', timeout('create', opts.timeoutMs), ['available']);
      const state = await read(conn, { id, volume_type: c.volume_type });
      if (!state) throw new Error('the volume disappeared');
      return state;
    } catch (e) {
      throw new PartialApplyError(
        `volume ${id} was created but did not become available: ${(e as Error).message}`,
        toState(made),
        e,
      );
    }
  },
  read,
  async update(conn, prior, config, opts = {}) {
    const c = checkedConfig(schema, config);
    const id = String(prior.id);
    const size = c.size as number;
    if (size < (prior.size as number))
      throw new Error(
        `size: volume ${id} cannot shrink from ${String(prior.size)} to ${size} GB in place (plan a replacement)`,
      );
    // The first update gives the token up (metadata is replaced whole): the engine has saved this volume.
    const carriesToken = (await get(conn, id))?.metadata?.[TOKEN_METADATA_KEY] !== undefined;
    const changed = (['name', 'description', 'metadata'] as const).filter(
      (k) => JSON.stringify(c[k] ?? null) !== JSON.stringify(prior[k] ?? null) || (k === 'metadata' && carriesToken),
    );
    if (changed.length) {
      const body: Obj = {};
      for (const k of changed) body[k] = c[k] ?? (k === 'metadata' ? {} : '');
      await conn.volume.call('PUT', path(id), { volume: body });
    }
    if (size > (prior.size as number)) {
      await extend(conn, id, size);
      await settle(conn, id, `finish extending to ${size} GB`, timeout('update', opts.timeoutMs), [
        'available',
        'in-use',
      ]);
    }
    const now = await read(conn, prior);
    if (!now) throw new Error(`volume ${id} disappeared during the update`);
    return now;
  },
  async delete(conn, state, opts = {}) {
    const id = String(state.id);
    let accepted = false;
    await waitUntil(
      conn,
      `volume ${id} to be deleted`,
      timeout('delete', opts.timeoutMs),
      async () => {
        if (!accepted) {
          try {
            await conn.volume.call('DELETE', path(id));
            accepted = true;
          } catch (e) {
            if (isStatus(e, 404)) return null;
            // A volume in transition (still detaching after its attachment went) cannot be deleted yet: try again.
            const v = isStatus(e, 400) ? await get(conn, id) : undefined;
            if (v === null) return null;
            if (v && TRANSITIONAL.includes(v.status)) return v;
            throw e;
          }
        }
        return get(conn, id);
      },
      (v): Verdict =>
        !v
          ? { done: true }
          : v.status.startsWith('error') && accepted
            ? { failed: `status ${v.status}` }
            : { pending: v.status },
    );
  },
  import: (conn, id) => read(conn, { id }),
};
