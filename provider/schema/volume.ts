// A Cinder v3 volume (as `openstack_blockstorage_volume_v3`). Name, description and metadata change in place;
// size grows in place (extend) and a smaller size is a replacement; the source and placement are fixed.
import { Type } from '@sinclair/typebox';
import { attr, defineResource, int, replace, str, strMap, update } from './dsl';
import { LIMITS, reservedMetadataKey, uuid } from './limits';

const SOURCE = 'a volume is built from its source when it is created';

export const SHRINK_REASON = 'a volume cannot shrink (Cinder only extends); a smaller size creates a new, empty volume';

export const volumeSchema = defineResource({
  name: 'Volume',
  terraform: 'novaform_volume',
  description: 'A block storage volume (Cinder v3), attached to servers with VolumeAttachment.',
  version: 1,
  importId: 'the volume id',
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 10 * 60_000 },
  fields: {
    size: int(
      {
        mode: 'required',
        description: 'Size in GB. A larger size extends the volume in place; a smaller one replaces it.',
        change: update('extend'),
      },
      { minimum: 1 },
    ),
    name: str({ description: 'Volume name.', change: update('update') }, { maxLength: LIMITS.name }),
    description: str(
      { description: 'Volume description.', change: update('update') },
      { maxLength: LIMITS.description },
    ),
    metadata: strMap(
      { description: 'Key/value metadata (255 characters per value).', change: update('update'), compare: 'stringMap' },
      { maxLength: LIMITS.metadataValue },
    ),
    volume_type: str(
      {
        mode: 'optional-computed',
        description: "Volume type (name or id); the cloud's default when unset.",
        change: replace('the volume type is fixed at creation (retype is not offered)'),
      },
      { minLength: 1 },
    ),
    image_id: str(
      { description: 'Image to build the volume from (makes it bootable).', change: replace(SOURCE) },
      { pattern: uuid },
    ),
    snapshot_id: str({ description: 'Snapshot to build the volume from.', change: replace(SOURCE) }, { pattern: uuid }),
    availability_zone: str(
      {
        mode: 'optional-computed',
        description: 'Availability zone.',
        change: replace('a volume cannot move between availability zones'),
      },
      { minLength: 1 },
    ),
    // computed
    status: str({ mode: 'computed', description: 'Cinder status (available, in-use, …).' }),
    bootable: attr(Type.Boolean(), { mode: 'computed', description: 'Whether the volume can boot a server.' }),
    attachments: attr(
      Type.Array(Type.Object({ server_id: Type.String(), attachment_id: Type.String(), device: Type.String() })),
      { mode: 'computed', description: 'Servers the volume is attached to.' },
    ),
  },
  rules: [reservedMetadataKey, { atMostOne: ['image_id', 'snapshot_id'] }],
});
