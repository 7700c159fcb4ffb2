// A volume attached to a server (as `openstack_compute_volume_attach_v2`). The device is only a hint the
// hypervisor may ignore, so it is never compared (anchor complaint 18): the device actually used is
// `attached_device`. delete_on_termination changes in place (microversion 2.85+).
import { bool, defineResource, replace, str, update } from './dsl';
import { LIMITS, uuid } from './limits';

const FIXED = 'an attachment joins one volume to one server; another pair is another attachment';

export const volumeAttachmentSchema = defineResource({
  name: 'VolumeAttachment',
  terraform: 'novaform_volume_attachment',
  description:
    'Attaches a volume to a server (os-volume_attachments). Create waits until the volume is in-use; ' +
    'delete detaches and waits until it is available.',
  version: 1,
  importId: '<instance_id>/<volume_id>',
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 10 * 60_000 },
  fields: {
    instance_id: str(
      { mode: 'required', description: 'The server to attach to.', change: replace(FIXED) },
      { pattern: uuid },
    ),
    volume_id: str(
      { mode: 'required', description: 'The volume to attach.', change: replace(FIXED) },
      { pattern: uuid },
    ),
    device: str(
      {
        mode: 'optional-computed',
        description:
          'Requested device path (e.g. /dev/vdb): a hint the hypervisor may ignore, never a source of drift. ' +
          'The device used is attached_device.',
        change: replace('the device is chosen when the volume is attached'),
        compare: 'ignore',
      },
      { pattern: '^/dev/x?[a-z]?d?[a-z]+[0-9]*$' },
    ),
    tag: str(
      {
        description: 'Device tag seen by the guest (microversion 2.49+).',
        change: replace('device tags are set when the volume is attached'),
      },
      { minLength: 1, maxLength: LIMITS.tag, pattern: '^[^/,]+$' },
    ),
    delete_on_termination: bool({
      description: 'Delete the volume when the server is deleted (2.79+; changed in place from 2.85).',
      change: update('update'),
      default: false,
    }),
    // computed
    attachment_id: str({ mode: 'computed', description: 'The Cinder attachment id.' }),
    attached_device: str({ mode: 'computed', description: 'The device the volume is attached as.' }),
  },
});
