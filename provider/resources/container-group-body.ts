// Between ContainerGroup values and the ECI API. Requests: the schema's Pulumi names are seed 003's own
// field names, so one walk over the schema builds the create body and the update body. Replies: the
// describe view echoes only part of what was sent (no EIP, DNS, host aliases, registry credentials,
// sysctls, probes or config-file contents), so the state is the prior values overlaid with what the view
// does say — a value the API never returns can then never show up as drift.
import type { Fields } from '../schema/dsl';
import { wireName } from '../schema/dsl';
import { containerGroupSchema as schema, TOKEN_TAG } from '../schema/container-group';
import { UPDATE_OP } from '../schema/container-group/common';
import { declaresInput, isUnknown, type Obj } from '../schema/values';
import { isEmpty } from '../diff';

const FIELDS: Fields = schema.fields;

type Tag = { key?: string; value?: string };
interface State {
  state?: string;
  reason?: string | null;
  exitCode?: number | null;
}
interface ViewContainer {
  name: string;
  image: string;
  cpu?: number | null;
  memory?: number | null;
  gpu?: number | null;
  ready?: boolean;
  restartCount?: number;
  currentState?: State | null;
  commands?: string[];
  args?: string[];
  ports?: { name?: string; port: number; protocol: string }[];
  environmentVars?: { key: string; value: string }[];
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface ViewVolume {
  name: string;
  type: string;
  diskVolumeId?: string | null;
  diskVolumeFsType?: string | null;
  nasSourcePath?: string | null;
  zosBucket?: string | null;
  emptyDirMedium?: string | null;
}
export interface GroupView {
  containerGroupId: string;
  containerGroupName?: string;
  status: string;
  cpu?: number;
  memory?: number;
  gpu?: number;
  restartPolicy?: string;
  intranetIp?: string | null;
  internetIp?: string | null;
  vpcId?: string;
  vSwitchId?: string;
  securityGroupId?: string;
  epId?: string | null;
  azName?: string;
  tags?: Tag[];
  containers?: ViewContainer[];
  initContainers?: ViewContainer[];
  volumes?: ViewVolume[];
  events?: { type: string; reason: string; message: string }[];
  creationTime?: string;
}

/** Values → API object: every set input under its seed name, blocks recursively. */
export function toApi(fields: Fields, values: Obj): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(fields)) {
    const v = values[name];
    if (f.mode === 'computed' || v === undefined || v === null) continue;
    const key = wireName(name, f);
    if (f.kind === 'attribute') out[key] = v;
    else out[key] = f.nesting === 'single' ? toApi(f.fields, v as Obj) : (v as Obj[]).map((x) => toApi(f.fields, x));
  }
  return out;
}

/** The attributes updateContainerGroup takes: those whose change is that operation. */
export const UPDATABLE = Object.entries(schema.fields)
  .filter(([, f]) => f.change.how === 'update' && f.change.op === UPDATE_OP)
  .map(([name]) => name);

export const tokenTag = (token: string): Tag => ({ key: TOKEN_TAG, value: token });
export const isTokenTag = (t: Tag) => t.key === TOKEN_TAG;

export function createBody(config: Obj, token: string): Obj {
  const body = toApi(schema.fields, config);
  body.tags = [...((body.tags as Tag[] | undefined) ?? []), tokenTag(token)];
  return body;
}

/**
 * The full updatable set (containers and volumes are resent whole, as the API replaces them). Something
 * the prior state had and the configuration drops is sent empty, so the API clears it. `keep` are tags the
 * API holds that are not the user's (the idempotency token): tags are replaced whole too.
 */
export function updateBody(prior: Obj, config: Obj, keep: Tag[]): Obj {
  const body: Obj = {};
  const all = toApi(schema.fields, config);
  for (const name of UPDATABLE) {
    const f = FIELDS[name];
    const key = wireName(name, f);
    if (all[key] !== undefined) body[key] = all[key];
    else if (prior[name] !== undefined && prior[name] !== null)
      body[key] = f.kind === 'block' && f.nesting === 'single' ? {} : [];
  }
  if (keep.length) body.tags = [...((body.tags as Tag[] | undefined) ?? []), ...keep];
  return body;
}

// ---- describe view → state ----
const given = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;
const defined = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
/** A list the view returns as [] when unset: unset stays unset. */
const listOr = <T>(live: T[] | undefined, prior: unknown, map: (x: T) => unknown = (x) => x): unknown =>
  live === undefined
    ? prior
    : live.length === 0 && (prior === undefined || prior === null || (Array.isArray(prior) && !prior.length))
      ? prior
      : live.map(map);

function containerState(c: ViewContainer, prior: Obj | undefined): Obj {
  const base = prior ?? {};
  return defined({
    ...base,
    name: c.name,
    image: c.image,
    cpu: c.cpu === undefined ? base.cpu : c.cpu,
    memory: c.memory === undefined ? base.memory : c.memory,
    gpu: c.gpu === undefined ? base.gpu : c.gpu,
    command: listOr(c.commands, base.command),
    args: listOr(c.args, base.args),
    ports: listOr(c.ports, base.ports, (p) => defined({ name: p.name, port: p.port, protocol: p.protocol })),
    environment_var: listOr(c.environmentVars, base.environment_var, (e) => ({ key: e.key, value: e.value })),
    volume_mount: listOr(c.volumeMounts, base.volume_mount, (m) =>
      defined({ name: m.name, mount_path: m.mountPath, read_only: m.readOnly }),
    ),
  });
}

function containersState(live: ViewContainer[] | undefined, prior: unknown): unknown {
  if (!live) return prior;
  const before = (Array.isArray(prior) ? prior : []) as Obj[];
  if (!live.length && !before.length) return prior;
  return live.map((c) =>
    containerState(
      c,
      before.find((p) => p.name === c.name),
    ),
  );
}

function volumeState(v: ViewVolume, prior: Obj | undefined): Obj {
  const base = prior && prior.type === v.type ? prior : {};
  const sub = (name: string, fields: Obj) =>
    Object.values(fields).some(given)
      ? { [name]: defined({ ...(base[name] as Obj | undefined), ...defined(fields) }) }
      : {};
  return {
    ...base,
    name: v.name,
    type: v.type,
    ...sub('disk_volume', { volume_handle: v.diskVolumeId, fs_type: v.diskVolumeFsType }),
    ...sub('nas_volume', { source_path: v.nasSourcePath }),
    ...sub('zos_volume', { bucket: v.zosBucket }),
    ...sub('empty_dir_volume', { medium: v.emptyDirMedium }),
  };
}

/** Each container's state, init containers included. */
function containerStates(g: GroupView): Obj[] {
  const one =
    (init: boolean) =>
    (c: ViewContainer): Obj => ({
      name: c.name,
      state: c.currentState?.state ?? 'Unknown',
      reason: c.currentState?.reason ?? '',
      exit_code: c.currentState?.exitCode ?? -1,
      ready: c.ready ?? false,
      restart_count: c.restartCount ?? 0,
      init,
    });
  return [...(g.initContainers ?? []).map(one(true)), ...(g.containers ?? []).map(one(false))];
}

/**
 * Replace-only attributes the describe view does not return, entirely or in part. After an import they are
 * unknowable; the first plan takes them from the configuration (unverified_attributes) rather than
 * replacing a group that may well match it.
 */
export const UNREAD_REPLACE_ONLY = [
  'az_info',
  'host_aliases',
  'init_containers',
  'ephemeral_volume',
  'flavor_name',
  'host_name',
  'als_instance_id',
  'auto_match_image_cache',
  'image_cache_id',
  'iam_role_name',
  'security_context',
  'data_cache_bucket',
  'cpu_architecture',
];

const plain = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** What was read, completed by the configuration where nothing was read (list items matched by name). */
function fill(read: unknown, config: unknown): unknown {
  if (isUnknown(config)) return read; // not known until apply: nothing to adopt yet
  if (isEmpty(read)) return config ?? read;
  if (Array.isArray(read) && Array.isArray(config)) {
    return read.map((r, i) =>
      fill(r, plain(r) && typeof r.name === 'string' ? config.find((c) => plain(c) && c.name === r.name) : config[i]),
    );
  }
  if (plain(read) && plain(config))
    return Object.fromEntries(
      [...new Set([...Object.keys(read), ...Object.keys(config)])].map((k) => [k, fill(read[k], config[k])]),
    );
  return read;
}

/** The prior state with its unverified attributes taken from the configuration where nothing was read. */
export function withUnverifiedFromConfig(prior: Obj, config: Obj): Obj {
  const names = Array.isArray(prior.unverified_attributes) ? (prior.unverified_attributes as string[]) : [];
  if (!names.length) return prior;
  const out: Obj = { ...prior, unverified_attributes: [] };
  for (const n of names) out[n] = fill(prior[n], config[n]);
  return out;
}

/** The state from a describe view over the prior values (config at create, state afterwards, {} on import). */
export function stateFromView(g: GroupView, prior: Obj): Obj {
  const inputs: Obj = Object.fromEntries(Object.entries(prior).filter(([k]) => declaresInput(FIELDS, k)));
  const tags = (g.tags ?? []).filter((t) => !isTokenTag(t)).map((t) => defined({ key: t.key, value: t.value }));
  const priorAz = (Array.isArray(prior.az_info) ? prior.az_info[0] : undefined) as Obj | undefined;
  const priorVolumes = (Array.isArray(prior.volumes) ? prior.volumes : []) as Obj[];
  return defined({
    ...inputs,
    id: g.containerGroupId,
    container_group_name: g.containerGroupName ?? inputs.container_group_name,
    cpu: g.cpu ?? inputs.cpu,
    memory: g.memory ?? inputs.memory,
    gpu: g.gpu ?? inputs.gpu,
    restart_policy: g.restartPolicy ?? inputs.restart_policy,
    vpc_id: g.vpcId ?? inputs.vpc_id,
    v_switch_id: g.vSwitchId ?? inputs.v_switch_id,
    security_group_id: g.securityGroupId ?? inputs.security_group_id,
    ep_id: g.epId ?? inputs.ep_id,
    az_info: g.azName ? [defined({ ...priorAz, az_name: g.azName })] : inputs.az_info,
    tags: tags.length || (Array.isArray(inputs.tags) && inputs.tags.length) ? tags : inputs.tags,
    containers: containersState(g.containers, inputs.containers),
    init_containers: containersState(g.initContainers, inputs.init_containers),
    volumes:
      g.volumes && (g.volumes.length || priorVolumes.length)
        ? g.volumes.map((v) =>
            volumeState(
              v,
              priorVolumes.find((p) => p.name === v.name),
            ),
          )
        : inputs.volumes,
    status: g.status,
    container_states: containerStates(g),
    intranet_ip: g.intranetIp ?? '',
    internet_ip: g.internetIp ?? '',
    creation_time: g.creationTime ?? '',
    unverified_attributes: Array.isArray(prior.unverified_attributes) ? prior.unverified_attributes : [],
  });
}

/** Why a group is not running, from its warning events and its containers' states (for failure messages). */
export function failureReason(g: GroupView): string {
  const warnings = (g.events ?? []).filter((e) => e.type === 'Warning').map((e) => `${e.reason}: ${e.message}`);
  const exited = (g.containers ?? [])
    .filter((c) => c.currentState?.state === 'Terminated' && c.currentState.exitCode)
    .map(
      (c) =>
        `container ${c.name} exited with code ` +
        `${c.currentState?.exitCode}${c.currentState?.reason ? ` (${c.currentState.reason})` : ''}`,
    );
  const why = [...exited, ...warnings.slice(-1)];
  return `status ${g.status}${why.length ? `: ${why.join('; ')}` : ''}`;
}
