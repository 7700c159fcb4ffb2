// The ContainerGroup rules a per-attribute type cannot say — the same ones the ECI engine applies to a
// create body (engine/eci/schema.ts), checked here first so that nothing invalid is sent: unique container
// and volume names, one matching sub-block per volume, mounts naming declared volumes, base64 contents,
// namespaced sysctls, IPv4 host aliases, one handler per probe, consistent EIP settings, and the tag
// reserved for the idempotency token.
import { isBase64, isIpv4, sysctlAllowed } from '../../../engine/shared/value-checks';
import type { FieldError } from '../validate';
import { VOLUME_BLOCK } from './volumes';

/** The tag key under which the create's idempotency token travels (one of the API's 20 tags). */
export const TOKEN_TAG = 'novaform-idempotency-token';
export const MAX_USER_TAGS = 19;

type O = Record<string, unknown>;
const list = (v: unknown): O[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as O[]) : []);
const set = (v: unknown) => v !== undefined && v !== null;

function probeErrors(probe: unknown, path: string): FieldError[] {
  if (!probe || typeof probe !== 'object') return [];
  const handlers = ['exec', 'http_get', 'tcp_socket'].filter((h) => set((probe as O)[h]));
  return handlers.length === 1
    ? []
    : [
        {
          path,
          message:
            `needs exactly one of exec, http_get, tcp_socket (got ` +
            `${handlers.length ? handlers.join(', ') : 'none'})`,
        },
      ];
}

export function containerGroupErrors(i: O): FieldError[] {
  const out: FieldError[] = [];
  const containers = list(i.containers).map((c, n) => ({ c, path: `containers[${n}]` }));
  const inits = list(i.init_containers).map((c, n) => ({ c, path: `init_containers[${n}]` }));

  const names = new Map<string, string>();
  for (const { c, path } of [...containers, ...inits]) {
    if (typeof c.name !== 'string') continue;
    const other = names.get(c.name);
    if (other) out.push({ path: `${path}.name`, message: `duplicate container name "${c.name}" (also ${other})` });
    else names.set(c.name, `${path}.name`);
  }

  const volumeNames = new Set<string>();
  list(i.volumes).forEach((v, n) => {
    const path = `volumes[${n}]`;
    if (typeof v.name === 'string') {
      if (volumeNames.has(v.name)) out.push({ path: `${path}.name`, message: `duplicate volume name "${v.name}"` });
      volumeNames.add(v.name);
    }
    const wanted = VOLUME_BLOCK[v.type as keyof typeof VOLUME_BLOCK];
    if (wanted && !set(v[wanted]))
      out.push({ path: `${path}.${wanted}`, message: `is required when type is ${String(v.type)}` });
    for (const other of Object.values(VOLUME_BLOCK)) {
      if (other !== wanted && set(v[other]))
        out.push({
          path: `${path}.${other}`,
          message: `must not be set when type is ${String(v.type)} (set ${wanted})`,
        });
    }
    list((v.config_file_volume as O | undefined)?.config_file_to_paths).forEach((f, k) => {
      if (typeof f.content === 'string' && !isBase64(f.content))
        out.push({
          path: `${path}.config_file_volume.config_file_to_paths[${k}].content`,
          message: 'must be base64-encoded',
        });
    });
    const cred = (v.zos_volume as O | undefined)?.crendential;
    if (typeof cred === 'string' && !isBase64(cred))
      out.push({ path: `${path}.zos_volume.crendential`, message: 'must be the base64 of "ak:sk"' });
  });

  for (const { c, path } of [...containers, ...inits]) {
    list(c.volume_mount).forEach((m, k) => {
      if (typeof m.name === 'string' && !volumeNames.has(m.name))
        out.push({ path: `${path}.volume_mount[${k}].name`, message: `no volume named "${m.name}" in volumes` });
    });
  }
  for (const { c, path } of containers) {
    out.push(
      ...probeErrors(c.liveness_probe, `${path}.liveness_probe`),
      ...probeErrors(c.readiness_probe, `${path}.readiness_probe`),
    );
  }

  list((i.security_context as O | undefined)?.sysctl).forEach((s, n) => {
    if (typeof s.name === 'string' && !sysctlAllowed(s.name)) {
      out.push({
        path: `security_context.sysctl[${n}].name`,
        message:
          `"${s.name}" is not a namespaced sysctl (allowed: kernel.shm*, kernel.msg*, kernel.sem, ` +
          `fs.mqueue.*, net.* except net.core.rmem_max)`,
      });
    }
  });
  list(i.host_aliases).forEach((h, n) => {
    if (typeof h.ip === 'string' && !isIpv4(h.ip))
      out.push({ path: `host_aliases[${n}].ip`, message: 'must be an IPv4 address' });
  });

  const eip = i.eip as O | undefined;
  if (eip && typeof eip === 'object') {
    if (eip.auto_create_eip === true && set(eip.eip_instance_id))
      out.push({
        path: 'eip.eip_instance_id',
        message: 'conflicts with auto_create_eip = true: bind an existing EIP or create one, not both',
      });
    if (set(eip.eip_bandwidth) && eip.auto_create_eip !== true)
      out.push({ path: 'eip.eip_bandwidth', message: 'applies only with auto_create_eip = true' });
  }

  const tags = list(i.tags);
  if (tags.length > MAX_USER_TAGS)
    out.push({
      path: 'tags',
      message: `at most ${MAX_USER_TAGS} tags (the API allows 20; novaform keeps one for its idempotency token)`,
    });
  tags.forEach((t, n) => {
    if (t.key === TOKEN_TAG)
      out.push({ path: `tags[${n}].key`, message: `"${TOKEN_TAG}" is reserved for novaform's idempotency token` });
  });

  const creds = new Set<string>();
  list(i.image_registry_credential).forEach((c, n) => {
    if (typeof c.server !== 'string') return;
    if (creds.has(c.server))
      out.push({ path: `image_registry_credential[${n}].server`, message: `duplicate registry "${c.server}"` });
    creds.add(c.server);
  });
  return out;
}
