// Creating a server without orphans: the POST carries an idempotency token (a server tag, or the reserved
// metadata key when the user's tags take all 50), and a create that is retried or re-run after a crash first
// looks the token up and adopts the server it finds, unless that server is known to belong to a saved state.
// The token stays until the resource's next update. The id is known from the moment the API returns it; what
// follows (the build, the first power state, the lock) can fail without losing it.
import type { Connection } from '../../client/connection';
import {
  canonicalJson,
  findServersByToken,
  isAdoptable,
  isIdempotencyTag,
  noteOwned,
  oneAtATime,
  TOKEN_METADATA_KEY,
  tokenForConfig,
  tokenForUrn,
  type TokenPlace,
} from '../../client/idempotency';
import { LIMITS } from '../../schema/limits';
import { ApiError, retryable } from '../../client/service';
import { logger } from '../../log/logger';
import { inputsOf, type Obj } from '../../schema/values';
import { serverSchema } from '../../schema/server';
import { userDataToSend } from '../../schema/user-data';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const set = (v: unknown) => v !== undefined && v !== null && v !== '';

/** Settings that never reach the API, and secrets: left out of the token so it stays stable and secret-free. */
const NOT_IN_TOKEN = [
  'admin_pass',
  'admin_pass_wo',
  'admin_pass_wo_version',
  'resize_confirmation',
  'image_change',
  'stop_before_destroy',
  'force_delete',
  'power_state',
  'locked',
  'locked_reason',
];

export function idempotencyToken(conn: Connection, desired: Obj, urn?: string): string {
  if (urn) return tokenForUrn(urn);
  const config = Object.fromEntries(
    Object.entries(inputsOf(serverSchema.fields, desired)).filter(([k]) => !NOT_IN_TOKEN.includes(k)),
  );
  return tokenForConfig(
    serverSchema.terraform,
    conn.projectId,
    String(desired.name),
    JSON.parse(canonicalJson(config)),
  );
}

/** A tag costs the user nothing while their tags leave one of Nova's 50 free; otherwise the metadata key. */
export const tokenPlace = (desired: Obj): TokenPlace =>
  ((desired.tags ?? []) as string[]).length < LIMITS.tagsPerServer ? 'tag' : 'metadata';

export function createBody(desired: Obj, token: string): { server: Obj; 'os:scheduler_hints'?: Obj } {
  const d = desired;
  const server: Obj = { name: d.name, flavorRef: d.flavor_id, imageRef: d.image_id ?? '' };
  if (set(d.key_pair)) server.key_name = d.key_pair;
  if (set(d.availability_zone)) server.availability_zone = d.availability_zone;
  if (set(d.network_mode)) server.networks = d.network_mode;
  else if (Array.isArray(d.network) && d.network.length) {
    server.networks = (d.network as Obj[]).map((n) => {
      const out: Obj = {};
      if (set(n.port)) out.port = n.port;
      else out.uuid = n.uuid;
      if (set(n.fixed_ip_v4) || set(n.fixed_ip_v6)) out.fixed_ip = n.fixed_ip_v4 ?? n.fixed_ip_v6;
      if (set(n.tag)) out.tag = n.tag;
      return out;
    });
  } else server.networks = 'auto';
  if (Array.isArray(d.block_device) && d.block_device.length) {
    server.block_device_mapping_v2 = (d.block_device as Obj[]).map((b) =>
      Object.fromEntries(
        Object.entries({
          uuid: b.uuid,
          source_type: b.source_type,
          destination_type: b.destination_type,
          volume_size: b.volume_size,
          volume_type: b.volume_type,
          boot_index: b.boot_index,
          delete_on_termination: b.delete_on_termination,
          device_type: b.device_type,
          disk_bus: b.disk_bus,
          guest_format: b.guest_format,
        }).filter(([, v]) => set(v)),
      ),
    );
  }
  if (Array.isArray(d.security_groups) && d.security_groups.length)
    server.security_groups = (d.security_groups as string[]).map((name) => ({ name }));
  const metadata = Object.fromEntries(Object.entries((d.metadata ?? {}) as Obj).map(([k, v]) => [k, String(v)]));
  const place = tokenPlace(d);
  if (place === 'metadata') metadata[TOKEN_METADATA_KEY] = token;
  if (Object.keys(metadata).length) server.metadata = metadata;
  const tags = (d.tags ?? []) as string[];
  if (place === 'tag' || tags.length) server.tags = place === 'tag' ? [...tags, token] : tags;
  if (set(d.user_data)) server.user_data = userDataToSend(String(d.user_data));
  if (set(d.description)) server.description = d.description;
  if (set(d.access_ip_v4)) server.accessIPv4 = d.access_ip_v4;
  if (set(d.access_ip_v6)) server.accessIPv6 = d.access_ip_v6;
  if (set(d.disk_config)) server['OS-DCF:diskConfig'] = d.disk_config;
  if (d.config_drive === true) server.config_drive = true;
  if (Array.isArray(d.personality) && d.personality.length)
    server.personality = (d.personality as Obj[]).map((p) => ({ path: p.file, contents: b64(String(p.content)) }));
  const pass = d.admin_pass ?? d.admin_pass_wo;
  if (set(pass)) server.adminPass = pass;
  const h = (d.scheduler_hints ?? null) as Obj | null;
  if (!h) return { server };
  const hints = Object.fromEntries(
    Object.entries({
      ...((h.additional_properties ?? {}) as Obj),
      group: h.group,
      different_host: h.different_host,
      same_host: h.same_host,
      query: h.query,
      target_cell: h.target_cell,
      build_near_host_ip: h.build_near_host_ip,
    }).filter(([, v]) => set(v) && !(Array.isArray(v) && !v.length)),
  );
  return Object.keys(hints).length ? { server, 'os:scheduler_hints': hints } : { server };
}

/**
 * POST /servers, or the server an earlier attempt with the same token already made. The POST itself is never
 * retried blindly: after a failure that might have created the server (5xx, a lost connection), the token
 * is looked up again before the next attempt.
 */
export async function createOrAdopt(
  conn: Connection,
  desired: Obj,
  token: string,
): Promise<{ id: string; adopted: boolean }> {
  // Identical twins (count with one name) created together take turns, so the second sees the first's server.
  const made = await oneAtATime(conn, token, () => postOrAdopt(conn, desired, token));
  noteOwned(conn, made.id);
  return made;
}

async function postOrAdopt(conn: Connection, desired: Obj, token: string): Promise<{ id: string; adopted: boolean }> {
  const { retries, baseDelayMs, maxDelayMs } = conn.compute.retry;
  const place = tokenPlace(desired);
  for (let attempt = 0; ; attempt++) {
    const existing = (await findServersByToken(conn.compute, token, place)).find((s) => isAdoptable(conn, s.id));
    if (existing) return { id: existing.id, adopted: true };
    try {
      const res = await conn.compute.call<{ server: { id: string } }>(
        'POST',
        '/servers',
        createBody(desired, token),
        {},
        { retries: 0 },
      );
      conn.servers.invalidate(); // a listing taken before this create does not know the new server
      return { id: res.body.server.id, adopted: false };
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      if (attempt >= retries || (e instanceof ApiError && !retryable(status, e.apiMessage))) throw e;
      await conn.compute.sleep(Math.min(maxDelayMs, conn.compute.delay(attempt) || baseDelayMs));
    }
  }
}

/**
 * The resource's first update gives the token up: the engine handed us its saved state, so the server can no
 * longer be lost, and a later identical resource must not adopt it. One call, only when the token is there.
 * Best effort: Nova refuses tag and metadata changes in some states (shelved_offloaded, a task running), and
 * then the token simply goes with a later update; the update itself is never failed for it.
 */
export async function releaseToken(conn: Connection, id: string, view: Obj): Promise<void> {
  const tag = ((view.tags ?? []) as string[]).find(isIdempotencyTag);
  const inMetadata = (view.metadata as Obj | undefined)?.[TOKEN_METADATA_KEY] !== undefined;
  const path = tag
    ? `/servers/${id}/tags/${encodeURIComponent(tag)}`
    : inMetadata
      ? `/servers/${id}/metadata/${TOKEN_METADATA_KEY}`
      : undefined;
  if (!path) return;
  try {
    await conn.compute.call('DELETE', path, undefined, {}, { retries: 0 });
  } catch (e) {
    logger().debug({ id, err: (e as Error).message }, 'the idempotency token stays until a later update');
  }
}

interface Interface {
  port_id: string;
  net_id: string;
  mac_addr: string;
  fixed_ips: { ip_address: string }[];
}

/** The NICs and volumes the server was created with, recorded so later attachments never count as drift. */
export async function recordBootDevices(conn: Connection, id: string, desired: Obj): Promise<Obj> {
  const out: Obj = {};
  if (Array.isArray(desired.network) && desired.network.length) {
    const ifaces = (
      await conn.compute.call<{ interfaceAttachments: Interface[] }>('GET', `/servers/${id}/os-interface`)
    ).body.interfaceAttachments;
    const used = new Set<string>();
    out.network = (desired.network as Obj[]).map((n) => {
      const i = ifaces.find((x) => !used.has(x.port_id) && (n.port ? x.port_id === n.port : x.net_id === n.uuid));
      if (!i) return { ...n, mac: null };
      used.add(i.port_id);
      const v4 = i.fixed_ips.find((f) => !f.ip_address.includes(':'))?.ip_address ?? null;
      const v6 = i.fixed_ips.find((f) => f.ip_address.includes(':'))?.ip_address ?? null;
      return {
        ...n,
        uuid: i.net_id,
        port: i.port_id,
        mac: i.mac_addr,
        fixed_ip_v4: n.fixed_ip_v4 ?? v4,
        fixed_ip_v6: n.fixed_ip_v6 ?? v6,
      };
    });
  }
  if (Array.isArray(desired.block_device) && desired.block_device.length) {
    const atts = (
      await conn.compute.call<{ volumeAttachments: { volumeId: string }[] }>(
        'GET',
        `/servers/${id}/os-volume_attachments`,
      )
    ).body.volumeAttachments.map((a) => a.volumeId);
    const free = atts.filter(
      (v) => !(desired.block_device as Obj[]).some((b) => b.source_type === 'volume' && b.uuid === v),
    );
    out.block_device = (desired.block_device as Obj[]).map((b) => ({
      ...b,
      volume_id: b.source_type === 'volume' ? b.uuid : b.destination_type === 'volume' ? (free.shift() ?? null) : null,
    }));
  }
  return out;
}
