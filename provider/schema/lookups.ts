// The lookups (Terraform data sources, Pulumi invokes): a flavor, an image or a network found by id, name or
// filters. Every filter is an optional input that is also filled in from the match; the rest are results.
import { Type } from '@sinclair/typebox';
import { attr, bool, defineResource, int, local, oneOf, str, strList, strMap } from './dsl';
import { uuid } from './limits';

const lookup = {
  version: 1,
  importId: '(not importable: a lookup)',
  timeouts: { create: 60_000, update: 60_000, delete: 60_000 },
};
const filter = (description: string) => ({ mode: 'optional-computed' as const, description, change: local });
const result = (description: string) => ({ mode: 'computed' as const, description });

export const flavorLookupSchema = defineResource({
  ...lookup,
  name: 'Flavor',
  terraform: 'novaform_flavor',
  description: 'Finds exactly one flavor by id, name or sizes (an error names the filters when none or several match).',
  fields: {
    flavor_id: str(filter('Flavor id.'), { minLength: 1 }),
    name: str(filter('Flavor name (exact).'), { minLength: 1 }),
    vcpus: int(filter('Exact number of vCPUs.'), { minimum: 1 }),
    ram: int(filter('Exact RAM in MiB.'), { minimum: 1 }),
    disk: int(filter('Exact root disk in GB (0 = volume-backed only).'), { minimum: 0 }),
    min_ram: int({ description: 'At least this much RAM (MiB).', change: local }, { minimum: 0 }),
    min_disk: int({ description: 'At least this root disk (GB).', change: local }, { minimum: 0 }),
    swap: int(result('Swap in MiB.')),
    ephemeral: int(result('Ephemeral disk in GB.')),
    rx_tx_factor: attr(Type.Number(), result('RX/TX factor.')),
    is_public: attr(Type.Boolean(), result('Whether every project may use the flavor.')),
    description: str(result('Flavor description (2.55+).')),
    extra_specs: strMap(result('Extra specs (2.61+).')),
  },
});

export const imageLookupSchema = defineResource({
  ...lookup,
  name: 'Image',
  terraform: 'novaform_image',
  description:
    'Finds exactly one image by id, name, visibility or tags (an error names the filters when none or several match).',
  fields: {
    image_id: str(filter('Image id.'), { pattern: uuid }),
    name: str(filter('Image name (exact).'), { minLength: 1 }),
    visibility: oneOf(['public', 'private', 'shared', 'community'], filter('Visibility.')),
    tags: strList(filter('Tags the image must all carry.'), { minLength: 1 }),
    status: str(result('Glance status (active, queued, …).')),
    min_disk: int(result('Minimum root disk (GB) to boot it.')),
    min_ram: int(result('Minimum RAM (MiB) to boot it.')),
    size: int(result('Image size in bytes.')),
    disk_format: str(result('Disk format (qcow2, raw, …).')),
    container_format: str(result('Container format (bare, …).')),
    owner: str(result('Owning project.')),
    created_at: str(result('Creation time (ISO 8601).')),
  },
});

export const networkLookupSchema = defineResource({
  ...lookup,
  name: 'Network',
  terraform: 'novaform_network',
  description:
    'Finds exactly one network by id, name, external or shared (an error names the filters when none or several ' +
    'match).',
  fields: {
    network_id: str(filter('Network id.'), { pattern: uuid }),
    name: str(filter('Network name (exact).'), { minLength: 1 }),
    external: bool(filter('Whether the network is external (router:external).')),
    shared: bool(filter('Whether the network is shared between projects.')),
    subnets: attr(Type.Array(Type.String()), result('Subnet ids.')),
    status: str(result('Network status.')),
    mtu: int(result('MTU.')),
    project_id: str(result('Owning project.')),
  },
});
