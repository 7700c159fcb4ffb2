// terraform-provider-openstack's state (format 4, as its SDKv2 resources write it) → `import` blocks and the
// matching novaform configuration, so that `terraform plan` shows imports only. Pure: reads the state's
// attributes (last refreshed values), writes HCL; nothing is asked of the cloud. What cannot be carried
// (secrets, user data kept only as a hash, scheduler hints Nova never reports) is said in a warning, in the
// output and beside the resource.
import { POWER_STATE_VALUES } from '../schema/server';
import { block, Ref, type Body, type Value } from './hcl';

type Attrs = Record<string, unknown>;

interface StateResource {
  module?: string;
  mode: string;
  type: string;
  name: string;
  instances: { index_key?: string | number; attributes: Attrs }[];
}

export interface MigrateResult {
  hcl: string;
  imports: number;
  warnings: string[];
  /** Resources of the state that are not tf-openstack types novaform has, by address. */
  skipped: string[];
}

export class MigrateInputError extends Error {}

const UUID = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const list = <T = Attrs>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);
const map = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length
    ? Object.fromEntries(Object.entries(v as Attrs).map(([k, x]) => [k, String(x)]))
    : undefined;

const TYPES: Record<string, string> = {
  openstack_compute_instance_v2: 'novaform_server',
  openstack_compute_keypair_v2: 'novaform_keypair',
  openstack_compute_servergroup_v2: 'novaform_server_group',
  openstack_blockstorage_volume_v3: 'novaform_volume',
  openstack_compute_volume_attach_v2: 'novaform_volume_attachment',
  openstack_compute_interface_attach_v2: 'novaform_interface_attachment',
};

interface Item {
  /** The tf-openstack address (`module.a.openstack_compute_instance_v2.web[0]`). */
  from: string;
  type: string;
  /** The novaform resource name: the tf-openstack name with its module path and index folded in. */
  name: string;
  a: Attrs;
}

const identifier = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').replace(/^([^A-Za-z_])/, '_$1');

function itemsOf(state: unknown): { items: Item[]; skipped: string[] } {
  const s = state as { version?: number; resources?: StateResource[] } | null;
  if (!s || typeof s !== 'object' || !Array.isArray(s.resources))
    throw new MigrateInputError('not a Terraform state: no "resources" list');
  if (s.version !== 4)
    throw new MigrateInputError(`state format ${String(s.version)}: only format 4 (Terraform ≥ 0.12)`);
  const items: Item[] = [];
  const skipped: string[] = [];
  for (const r of s.resources) {
    const base = `${r.module ? `${r.module}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    if (r.mode !== 'managed' || !TYPES[r.type]) {
      skipped.push(base);
      continue;
    }
    const prefix = r.module ? `${r.module.replace(/module\./g, '').replace(/\[[^\]]*\]/g, '')}_` : '';
    for (const i of r.instances) {
      const key = i.index_key;
      items.push({
        from: key === undefined ? base : `${base}[${JSON.stringify(key)}]`,
        type: TYPES[r.type],
        name: identifier(`${prefix}${r.name}${key === undefined ? '' : `_${String(key)}`}`),
        a: i.attributes,
      });
    }
  }
  return { items, skipped };
}

/** References by value: a migrated server's id, volume's id, keypair's name, server group's id. */
function referencesOf(items: Item[]) {
  const by = (type: string, attr: string) =>
    new Map(items.filter((i) => i.type === type).map((i) => [String(i.a[attr]), `${i.type}.${i.name}.${attr}`]));
  const servers = by('novaform_server', 'id');
  const volumes = by('novaform_volume', 'id');
  const keypairs = by('novaform_keypair', 'name');
  const ref = (m: Map<string, string>, v: unknown): Value | undefined => {
    const s = str(v);
    if (s === undefined) return undefined;
    const r = m.get(s);
    return r ? new Ref(r) : s;
  };
  return {
    server: (v: unknown) => ref(servers, v),
    volume: (v: unknown) => ref(volumes, v),
    keypair: (v: unknown) => ref(keypairs, v),
  };
}

type Refs = ReturnType<typeof referencesOf>;

interface Translated {
  importId: string;
  body: Body;
  warnings: string[];
}

/** Attributes in order, dropping the unset ones. */
const attrs = (...pairs: [string, Value | undefined, string?][]) =>
  pairs.filter((p): p is [string, Value, string?] => p[1] !== undefined);

function server(a: Attrs, refs: Refs, attachedPorts: Set<string>): Translated {
  const warnings: string[] = [];
  const nics = list(a.network);
  // NICs an openstack_compute_interface_attach_v2 of the same state attached belong to that attachment.
  const own = nics.filter((n) => !attachedPorts.has(str(n.port) ?? ''));
  const ports = own.map((n) => str(n.port));
  const importId = ports.every(Boolean) ? `${String(a.id)}?ports=${ports.join(',')}` : String(a.id);
  if (!ports.every(Boolean))
    warnings.push('a NIC has no port in the state: the import lists every NIC (see "Hot-plugged NICs")');
  const bootVolume = list(a.block_device).find((b) => b.source_type === 'volume' && Number(b.boot_index) === 0);
  for (const b of list(a.block_device).filter((x) => x !== bootVolume))
    warnings.push(
      `block_device (source_type ${String(b.source_type)}) is not carried: Nova reports only the volume a ` +
        'server boots from, so declaring it would replace the server',
    );
  if (str(a.user_data))
    warnings.push(
      'user_data is not carried: tf-openstack keeps only its hash; Nova never changes it on a running server',
    );
  if (str(a.admin_pass)) warnings.push('admin_pass is not carried (a secret; setting it would call changePassword)');
  if (list(a.scheduler_hints).length)
    warnings.push(
      'scheduler_hints are not carried: Nova does not report them, and declaring them would replace the server',
    );
  if (list(a.personality).length) warnings.push('personality files are not carried: Nova does not report them');
  const power = str(a.power_state);
  const knownPower = (POWER_STATE_VALUES as readonly string[]).includes(power ?? '');
  if (power && !knownPower) warnings.push(`power_state "${power}" is not one novaform keeps; left unset`);
  const image = str(a.image_id);
  // tf-openstack keeps security groups by name, an import by id: written as names they would plan a change
  // of spelling, so they are left as the server has them (optional) and named in a note.
  const groups = list<string>(a.security_groups);
  if (groups.length)
    warnings.push(
      `security_groups (${[...groups].sort().join(', ')}) are left as the server has them; declare them to manage them`,
    );
  return {
    importId,
    warnings,
    body: {
      attrs: attrs(
        ['name', str(a.name) ?? ''],
        ['flavor_id', str(a.flavor_id), str(a.flavor_name)],
        ['image_id', image && UUID.test(image) ? image : undefined, str(a.image_name)],
        ['key_pair', refs.keypair(a.key_pair)],
        ['availability_zone', str(a.availability_zone)],

        ['metadata', map(a.all_metadata) ?? map(a.metadata)],
        ['tags', list<string>(a.all_tags).length ? [...list<string>(a.all_tags)].sort() : undefined],
        ['config_drive', a.config_drive === true ? true : undefined],
        ['power_state', power && knownPower && power !== 'active' ? power : undefined],
        ['stop_before_destroy', a.stop_before_destroy === true ? true : undefined],
        ['force_delete', a.force_delete === true ? true : undefined],
      ),
      blocks: [
        ...own.map((n): [string, Body] => [
          'network',
          {
            attrs: attrs([
              'uuid',
              str(n.uuid),
              [str(n.name), str(n.port) && `port ${String(n.port)}`].filter(Boolean).join(', '),
            ]),
          },
        ]),
        ...(bootVolume
          ? [
              [
                'block_device',
                {
                  attrs: attrs(
                    ['uuid', str(bootVolume.uuid)],
                    ['source_type', 'volume'],
                    ['destination_type', 'volume'],
                    ['boot_index', 0],
                    ['delete_on_termination', bootVolume.delete_on_termination === true],
                  ),
                },
              ] as [string, Body],
            ]
          : []),
      ],
    },
  };
}

function keypair(a: Attrs): Translated {
  const warnings: string[] = [];
  if (str(a.private_key))
    warnings.push('private_key (generated by tf-openstack) is not carried: keep it from the old state if you need it');
  if (map(a.value_specs)) warnings.push('value_specs are not carried');
  return {
    importId: String(a.name ?? a.id),
    warnings,
    body: { attrs: attrs(['name', str(a.name) ?? ''], ['public_key', str(a.public_key)]) },
  };
}

function serverGroup(a: Attrs): Translated {
  const perHost = Number(list(a.rules)[0]?.max_server_per_host ?? 0);
  return {
    importId: String(a.id),
    warnings: map(a.value_specs) ? ['value_specs are not carried'] : [],
    body: {
      attrs: attrs(['name', str(a.name) ?? ''], ['policies', list<string>(a.policies)]),
      blocks: perHost > 0 ? [['rules', { attrs: [['max_server_per_host', perHost]] }]] : [],
    },
  };
}

function volume(a: Attrs): Translated {
  const warnings = ['source_vol_id', 'backup_id', 'consistency_group_id', 'source_replica']
    .filter((k) => str(a[k]))
    .map((k) => `${k} is not carried (novaform volumes are built from an image or a snapshot)`);
  return {
    importId: String(a.id),
    warnings,
    body: {
      attrs: attrs(
        ['size', Number(a.size)],
        ['name', str(a.name)],
        ['description', str(a.description)],
        ['metadata', map(a.metadata)],
        ['volume_type', str(a.volume_type)],
        ['availability_zone', str(a.availability_zone)],
        ['image_id', str(a.image_id)],
        ['snapshot_id', str(a.snapshot_id)],
      ),
    },
  };
}

function volumeAttachment(a: Attrs, refs: Refs): Translated {
  return {
    // tf-openstack's id is <instance>/<attachment id>, and Nova's attachment id is the volume's id.
    importId: `${String(a.instance_id)}/${String(a.volume_id)}`,
    warnings: [],
    body: {
      attrs: attrs(
        ['instance_id', refs.server(a.instance_id)],
        ['volume_id', refs.volume(a.volume_id)],
        ['tag', str(a.tag)],
      ),
    },
  };
}

function interfaceAttachment(a: Attrs, refs: Refs): Translated {
  // The network and address, as a port Nova made is asked for: a replacement then gets a new port on that
  // network (a port_id would name a port Nova deletes when it detaches it).
  return {
    importId: `${String(a.instance_id)}/${String(a.port_id)}`,
    warnings: [],
    body: {
      attrs: attrs(
        ['instance_id', refs.server(a.instance_id)],
        ['network_id', str(a.network_id), str(a.port_id) && `port ${String(a.port_id)}`],
        ['fixed_ip', str(a.fixed_ip)],
      ),
    },
  };
}

/** The novaform configuration and import blocks for a tf-openstack state document. */
export function migrateOpenstackState(state: unknown): MigrateResult {
  const { items, skipped } = itemsOf(state);
  const refs = referencesOf(items);
  const attachedPorts = new Set(
    items.filter((i) => i.type === 'novaform_interface_attachment').map((i) => String(i.a.port_id)),
  );
  const out: string[] = [
    '# Written by `novaform migrate` from a terraform-provider-openstack state. Review, then `terraform plan`:',
    '# it should show imports only. Remove the old resources from the old state (`terraform state rm`) so that',
    '# only one configuration manages each object.',
    '',
    'terraform {\n  required_providers {\n    novaform = { source = "novaform/novaform" }\n  }\n}',
  ];
  const warnings: string[] = [];
  for (const i of items) {
    const t =
      i.type === 'novaform_server'
        ? server(i.a, refs, attachedPorts)
        : i.type === 'novaform_keypair'
          ? keypair(i.a)
          : i.type === 'novaform_server_group'
            ? serverGroup(i.a)
            : i.type === 'novaform_volume'
              ? volume(i.a)
              : i.type === 'novaform_volume_attachment'
                ? volumeAttachment(i.a, refs)
                : interfaceAttachment(i.a, refs);
    const address = `${i.type}.${i.name}`;
    warnings.push(...t.warnings.map((w) => `${i.from}: ${w}`));
    out.push(
      '',
      `# from ${i.from}`,
      ...t.warnings.map((w) => `# NOTE: ${w}`),
      block('import', {
        attrs: [
          ['to', new Ref(address)],
          ['id', t.importId],
        ],
      }),
      block(`resource "${i.type}" "${i.name}"`, t.body),
    );
  }
  if (skipped.length) out.push('', `# not migrated (no novaform type): ${skipped.join(', ')}`);
  return { hcl: `${out.join('\n')}\n`, imports: items.length, warnings, skipped };
}
