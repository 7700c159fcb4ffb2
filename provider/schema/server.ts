// A Nova server. Names follow terraform-provider-openstack's `openstack_compute_instance_v2` where the
// concept is the same; the rest (locks, policies for resize and image changes, delete options) are novaform's.
import { Type } from '@sinclair/typebox';
import { LIMITS, reservedMetadataKey, uuid } from './limits';
import { userDataSizeError } from './user-data';
import { attr, block, bool, defineResource, int, local, oneOf, replace, str, strList, strMap, update } from './dsl';

export const POWER_STATE_VALUES = ['active', 'shutoff', 'paused', 'suspended', 'shelved', 'shelved_offloaded'] as const;

const REBUILD = 'a rebuild re-images the root disk: everything written to it is lost';
const FIXED_IP = replace("a NIC's fixed IP is chosen at boot");
const BOOT_NICS = replace('NICs the server booted with cannot be changed in place');
const imageChange = { field: 'image_change', equals: 'replace', reason: 'image changed and image_change = "replace"' };

const network = block(
  'list',
  {
    uuid: str({ mode: 'optional-computed', description: 'Network id to attach to.' }, { pattern: uuid }),
    name: str({ mode: 'optional-computed', description: 'Network name (resolved to its id).' }),
    port: str(
      {
        mode: 'optional-computed',
        description: 'Existing port to attach; the port Nova creates otherwise is recorded here.',
      },
      { pattern: uuid },
    ),
    fixed_ip_v4: str(
      { mode: 'optional-computed', description: 'Fixed IPv4 address on the network.', change: FIXED_IP },
      { format: 'ipv4' },
    ),
    fixed_ip_v6: str(
      {
        mode: 'optional-computed',
        description: 'Fixed IPv6 address on the network (not with fixed_ip_v4: Nova takes one fixed IP per NIC).',
        change: FIXED_IP,
      },
      { format: 'ipv6' },
    ),
    tag: str(
      { description: 'Device tag for the NIC (microversion 2.32+).', change: replace('device tags are set at boot') },
      { maxLength: 60, pattern: '^[^/,]*$' },
    ),
    mac: str({ mode: 'computed', description: 'MAC address of the NIC.' }),
  },
  {
    description: 'NICs the server boots with, matched by port or network id (never by position).',
    change: BOOT_NICS,
    compare: { keyBy: ['port', 'uuid'] },
    children: { change: replace("the server's original NICs cannot change; use InterfaceAttachment for more") },
    pulumi: 'networks',
  },
);

const blockDevice = block(
  'list',
  {
    uuid: str({ description: 'Source id (image, volume or snapshot); not set for blank.' }, { pattern: uuid }),
    source_type: oneOf(['blank', 'image', 'volume', 'snapshot'], {
      mode: 'required',
      description: 'Where the device comes from.',
    }),
    destination_type: oneOf(['volume', 'local'], { description: 'Volume (Cinder) or local (ephemeral) disk.' }),
    volume_size: int({ description: 'Size in GB of a volume created for the device.' }, { minimum: 1 }),
    volume_type: str({ description: 'Volume type of a created volume (2.67+).' }),
    boot_index: int({ description: '0 for the boot device, -1 or unset for others.' }, { minimum: -1 }),
    delete_on_termination: bool({ description: 'Delete the volume with the server.', default: false }),
    device_type: oneOf(['disk', 'cdrom', 'floppy', 'lun'], { description: 'Device type.' }),
    disk_bus: str({ description: 'Disk bus (virtio, scsi, ide, usb, …).' }),
    guest_format: str({ description: 'Filesystem for a blank local device (e.g. ext4, swap).' }),
    volume_id: str({
      mode: 'computed',
      description: 'The volume backing the device (the one Nova created, for image/blank sources).',
    }),
  },
  {
    description: 'Block devices the server boots with (block_device_mapping_v2).',
    change: replace('block devices are set at boot'),
    pulumi: 'blockDevices',
  },
);

const schedulerHints = block(
  'single',
  {
    group: str({ description: 'Server group id to join.' }, { pattern: uuid }),
    different_host: strList({ description: 'Servers to keep away from.' }, { pattern: uuid }),
    same_host: strList({ description: 'Servers to sit beside.' }, { pattern: uuid }),
    query: str({ description: 'JSON filter query.' }),
    target_cell: str({ description: 'Cell to build in.' }),
    build_near_host_ip: str({ description: 'Build near this host IP.' }),
    additional_properties: strMap({ description: 'Other hints, passed as they are.' }),
  },
  { description: 'Hints for the scheduler (os:scheduler_hints).', change: replace('scheduler hints apply at boot') },
);

const personality = block(
  'set',
  {
    file: str({ mode: 'required', description: 'Path of the file in the guest.' }, { maxLength: 255 }),
    content: str({ mode: 'required', description: 'File content.' }),
  },
  {
    description: 'Files injected at boot (deprecated by Nova 2.57).',
    change: replace('personality files are injected at boot'),
    pulumi: 'personalities',
  },
);

export const serverSchema = defineResource({
  name: 'Server',
  terraform: 'novaform_server',
  description:
    'A compute server (Nova v2.1): boots from an image or volume, and keeps its power state, lock, flavor, ' +
    'metadata and tags as declared.',
  version: 1,
  importId: 'the server id',
  timeouts: { create: 30 * 60_000, update: 30 * 60_000, delete: 30 * 60_000 },
  fields: {
    name: str(
      { mode: 'required', description: 'Server name.', change: update('update') },
      { minLength: 1, maxLength: LIMITS.name, pattern: '^(?! )[\\S ]*(?<! )$' },
    ),
    description: str(
      { description: 'Server description (2.19+).', change: update('update') },
      { maxLength: LIMITS.description },
    ),
    image_id: str(
      {
        mode: 'optional-computed',
        description:
          'Image to boot from (not needed when booting from a volume). ' +
          'May be set with image_name when both name the same image.',
        change: update('rebuild', { destructive: REBUILD, replaceIf: imageChange }),
      },
      { pattern: uuid },
    ),
    image_name: str({
      mode: 'optional-computed',
      description: 'Image name (resolved to its id; a later rename or deletion of the image is not drift).',
      change: update('rebuild', { destructive: REBUILD, replaceIf: imageChange }),
    }),
    flavor_id: str(
      {
        mode: 'optional-computed',
        description:
          'Flavor id; a change resizes the server. May be set with flavor_name when both name the same flavor.',
        change: update('resize'),
      },
      { minLength: 1 },
    ),
    flavor_name: str({
      mode: 'optional-computed',
      description: 'Flavor name (resolved to its id); a change resizes the server.',
      change: update('resize'),
    }),
    key_pair: str(
      { description: 'Name of the keypair injected at boot.', change: replace('the keypair is injected at boot') },
      { maxLength: 255 },
    ),
    availability_zone: str({
      mode: 'optional-computed',
      description:
        'Availability zone; an admin may force a host with "zone:host" or "zone:host:node" ' +
        '(compared on the zone part, which is what Nova reports).',
      change: replace('a server cannot change availability zone in place'),
      compare: 'zone',
    }),
    security_groups: strList({
      mode: 'optional-computed',
      description: 'Security groups by name or id (kept as ids, so either form is stable).',
      change: update('security_groups'),
      compare: 'set',
    }),
    metadata: strMap(
      {
        description: 'Key/value metadata (255 bytes per key and value).',
        change: update('metadata'),
        compare: 'stringMap',
      },
      { maxLength: LIMITS.metadataValue },
      {},
    ),
    tags: strList(
      {
        description: 'Server tags (2.26+): up to 50, each 1–60 characters without "/" or ",".',
        change: update('tags'),
        compare: 'set',
      },
      { minLength: 1, maxLength: LIMITS.tag, pattern: '^[^/,]+$' },
      { maxItems: LIMITS.tagsPerServer },
    ),
    user_data: str({
      description:
        'Cloud-init user data, plain text or base64 (text that is valid base64 is sent as it is, ' +
        'anything else is encoded once); at most 65535 bytes once base64-encoded.',
      change: replace('user data is read by the guest at first boot'),
      compare: 'hash',
    }),
    admin_pass: str({
      description: 'Administrator password; a change calls changePassword.',
      change: update('changePassword'),
      sensitive: true,
    }),
    admin_pass_wo: str({
      description:
        'Administrator password, write-only (never stored in state); bump admin_pass_wo_version to apply a new one.',
      change: local,
      sensitive: true,
      writeOnly: true,
    }),
    admin_pass_wo_version: int({ description: 'Bump to apply admin_pass_wo again.', change: update('changePassword') }),
    access_ip_v4: str(
      { mode: 'optional-computed', description: 'IPv4 address the server is reached on.', change: update('update') },
      { format: 'ipv4' },
    ),
    access_ip_v6: str({
      mode: 'optional-computed',
      description: 'IPv6 address the server is reached on.',
      change: update('update'),
    }),
    disk_config: oneOf(['AUTO', 'MANUAL'], {
      mode: 'optional-computed',
      description: 'Disk partitioning (OS-DCF:diskConfig).',
      change: replace('disk_config applies at boot'),
    }),
    config_drive: bool({ description: 'Attach a config drive.', change: replace('the config drive is built at boot') }),
    network_mode: oneOf(['auto', 'none'], {
      description: 'Without network blocks: "auto" lets Nova pick a network, "none" boots without NICs.',
      change: BOOT_NICS,
    }),
    network,
    block_device: blockDevice,
    scheduler_hints: schedulerHints,
    personality,
    power_state: oneOf(POWER_STATE_VALUES, {
      description: 'Desired power state; reached along legal Nova actions.',
      change: update('power'),
      default: 'active',
    }),
    locked: bool({
      description: 'Lock the server against changes by non-admins.',
      change: update('lock'),
      default: false,
    }),
    locked_reason: str(
      { description: 'Why the server is locked (2.73+).', change: update('lock') },
      { maxLength: LIMITS.lockedReason },
    ),
    resize_confirmation: oneOf(['confirm', 'auto'], {
      description:
        '"confirm" confirms a resize right away; "auto" waits for the cloud to confirm it (resize_confirm_window).',
      change: local,
      default: 'confirm',
    }),
    image_change: oneOf(['rebuild', 'replace'], {
      description: 'What a new image means: "rebuild" in place (erases the root disk) or "replace" the server.',
      change: local,
      default: 'rebuild',
    }),
    stop_before_destroy: bool({
      description: 'Stop the server (gracefully) before deleting it.',
      change: local,
      default: false,
    }),
    force_delete: bool({ description: 'Delete with forceDelete (skips soft-delete).', change: local, default: false }),
    // computed
    status: str({ mode: 'computed', description: 'Nova status (ACTIVE, SHUTOFF, VERIFY_RESIZE, ERROR, …).' }),
    vm_state: str({ mode: 'computed', description: 'OS-EXT-STS:vm_state.' }),
    task_state: str({ mode: 'computed', description: 'OS-EXT-STS:task_state (empty when nothing is in progress).' }),
    host_id: str({ mode: 'computed', description: 'Opaque host id (equal for servers on the same host).' }),
    lock_owner: str({
      mode: 'computed',
      description: '"novaform" when novaform set the lock, "other" when someone else did, "" when unlocked.',
    }),
    network_from_import: bool({
      mode: 'computed',
      description:
        'True from an import until the next apply: Nova does not say which NICs a server booted with, ' +
        "so NICs the configuration does not declare are taken to be InterfaceAttachments' rather than forcing a " +
        'replacement.',
    }),
    addresses: attr(
      Type.Array(
        Type.Object({
          network: Type.String(),
          addr: Type.String(),
          version: Type.Integer(),
          mac: Type.String(),
          type: Type.String(),
        }),
      ),
      { mode: 'computed', description: 'Every address of the server, attached interfaces included.' },
    ),
    attached_volumes: attr(Type.Array(Type.Object({ id: Type.String(), delete_on_termination: Type.Boolean() })), {
      mode: 'computed',
      description: 'Every attached volume, VolumeAttachments included.',
    }),
    created: str({ mode: 'computed', description: 'Creation time (ISO 8601).' }),
    updated: str({ mode: 'computed', description: 'Last update time (ISO 8601).' }),
    fault: str({ mode: 'computed', description: 'The fault message of a server in ERROR.' }),
  },
  rules: [
    reservedMetadataKey,
    // Both appear in an imported state (and so in Terraform's generated configuration): accepted while they
    // name the same image or flavor, which the resource checks against the catalog.
    { alternatives: ['image_id', 'image_name'] },
    { alternatives: ['flavor_id', 'flavor_name'], required: true },
    { conflicts: ['network_mode', 'network'] },
    { conflicts: ['admin_pass', 'admin_pass_wo'] },
    { requiredWith: ['locked_reason', ['locked']] },
    {
      check: (i) => {
        const out: { path: string; message: string }[] = [];
        const bds =
          (i.block_device as
            | {
                source_type?: string;
                uuid?: string;
                destination_type?: string;
                volume_size?: number;
                boot_index?: number;
              }[]
            | undefined) ?? [];
        const bootsFromVolume = bds.some((b) => b.boot_index === 0 && b.destination_type === 'volume');
        if (!i.image_id && !i.image_name && !bootsFromVolume && !bds.some((b) => b.boot_index === 0)) {
          out.push({
            path: 'image_id',
            message: 'is required unless a block_device with boot_index = 0 is the boot disk',
          });
        }
        bds.forEach((b, n) => {
          if (b.source_type !== 'blank' && !b.uuid)
            out.push({ path: `block_device[${n}].uuid`, message: `is required when source_type is ${b.source_type}` });
          if (b.source_type === 'blank' && b.uuid)
            out.push({ path: `block_device[${n}].uuid`, message: 'must not be set when source_type is blank' });
          if (
            (b.source_type === 'blank' || (b.source_type === 'image' && b.destination_type === 'volume')) &&
            !b.volume_size
          ) {
            out.push({
              path: `block_device[${n}].volume_size`,
              message: `is required for a ${b.source_type} source with destination ${b.destination_type ?? 'local'}`,
            });
          }
        });
        const nets =
          (i.network as
            | { uuid?: string; name?: string; port?: string; fixed_ip_v4?: string; fixed_ip_v6?: string }[]
            | undefined) ?? [];
        nets.forEach((n, k) => {
          if (!n.uuid && !n.name && !n.port)
            out.push({ path: `network[${k}]`, message: 'needs one of uuid, name or port' });
          // Nova's networks[] entry has a single fixed_ip: the second address would be dropped silently.
          if (n.fixed_ip_v4 && n.fixed_ip_v6)
            out.push({
              path: `network[${k}].fixed_ip_v6`,
              message:
                `conflicts with network[${k}].fixed_ip_v4: Nova takes one fixed IP per NIC (networks[].fixed_ip); ` +
                'declare a second network block on the same network for the other address, ' +
                'or attach a port that has both',
            });
        });
        const userDataTooBig = typeof i.user_data === 'string' ? userDataSizeError(i.user_data) : undefined;
        if (userDataTooBig) out.push({ path: 'user_data', message: userDataTooBig });
        if (i.locked_reason && i.locked === false)
          out.push({ path: 'locked_reason', message: 'can only be set when locked = true' });
        return out;
      },
    },
  ],
});
