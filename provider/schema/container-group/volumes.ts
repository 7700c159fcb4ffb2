// The `volumes` block of seed 003 (tables volume, emptyDirVolume, configFileVolume, configFileToPath,
// diskVolume, nasVolume, zosVolume, downwardAPIVolume, item, fieldRef). Each volume names its type and
// carries the one sub-block of that type (a rule in ../container-group.ts says so per volume).
import { block, bool, int, oneOf, str } from '../dsl';
import { fileMode, UPDATE } from './common';
import { VOLUME_TYPES, type VolumeType } from '../../../engine/shared/eci-volumes';

/** Which sub-block each volume type needs (Terraform names). */
export const VOLUME_BLOCK: Record<VolumeType, string> = {
  EmptyDirVolume: 'empty_dir_volume',
  ConfigFileVolume: 'config_file_volume',
  NasVolume: 'nas_volume',
  ZosVolume: 'zos_volume',
  DiskVolume: 'disk_volume',
  DownwardAPIVolume: 'downward_api_volume',
};

export const volumes = block(
  'list',
  {
    type: oneOf(VOLUME_TYPES, {
      mode: 'required',
      description: 'Volume type; the matching *_volume block describes it.',
    }),
    name: str(
      { mode: 'required', description: 'Volume name (what volume_mount.name refers to).' },
      { minLength: 1, maxLength: 63 },
    ),
    empty_dir_volume: block(
      'single',
      {
        medium: oneOf(['', 'Memory'], {
          mode: 'required',
          description: '"" for the node\'s file system, "Memory" for tmpfs (mount at /dev/shm for shared memory).',
        }),
        size_limit: int({ description: 'Size limit in MB.' }, { minimum: 1 }),
      },
      { description: 'An empty directory.' },
    ),
    config_file_volume: block(
      'single',
      {
        default_mode: fileMode('Default permissions of the files.'),
        config_file_to_paths: block(
          'list',
          {
            path: str({ mode: 'required', description: 'File path inside the volume.' }, { minLength: 1 }),
            content: str({
              mode: 'required',
              description: 'File content, base64-encoded. Not returned by the API: kept from the configuration.',
            }),
            mode: fileMode('Permissions of this file (default: default_mode).'),
          },
          { mode: 'required', description: 'The files.', minItems: 1 },
        ),
      },
      { description: 'Configuration files.' },
    ),
    disk_volume: block(
      'single',
      {
        volume_handle: str({ mode: 'required', description: 'Cloud disk id.' }, { minLength: 1 }),
        fs_type: oneOf(['ext4', 'xfs'], {
          mode: 'required',
          description: 'File system (an existing one is mounted as it is).',
        }),
      },
      { description: 'A cloud disk.' },
    ),
    nas_volume: block(
      'single',
      {
        source_path: str(
          { mode: 'required', description: 'NAS path (in the same VPC as the group).' },
          { minLength: 1 },
        ),
        read_only: bool({ description: 'Mount read-only.' }),
      },
      { description: 'A NAS (elastic file) share.' },
    ),
    zos_volume: block(
      'single',
      {
        bucket: str({ mode: 'required', description: 'Bucket name.' }, { minLength: 1 }),
        url: str({ mode: 'required', description: 'Bucket endpoint URL.' }, { minLength: 1 }),
        // Seed 003 spells it `crendential` (sic); the name is kept so that camelCase(name) is the API's field.
        crendential: str({
          mode: 'required',
          description: 'base64 of "ak:sk" for the bucket (seed 003 spells it crendential).',
          sensitive: true,
        }),
        read_only: bool({ description: 'Mount read-only.' }),
      },
      { description: 'An object storage (ZOS) bucket.' },
    ),
    downward_api_volume: block(
      'single',
      {
        default_mode: fileMode('Default permissions of the files.'),
        items: block(
          'list',
          {
            mode: fileMode('Permissions of this file (default: default_mode).'),
            path: str({ mode: 'required', description: 'File path inside the volume.' }, { minLength: 1 }),
            field_ref: block(
              'single',
              {
                field_path: oneOf(['metadata.name', 'metadata.namespace'], {
                  description: 'The pod field written to the file.',
                }),
              },
              { description: 'The field to expose.' },
            ),
          },
          { mode: 'required', description: 'The files.', minItems: 1 },
        ),
      },
      { description: 'Pod fields as files (downwardAPI).', pulumi: 'downwardAPIVolume', wire: 'downwardAPIVolume' },
    ),
  },
  { description: 'Volumes the containers mount; changed in place (the full list is resent).', change: UPDATE },
);
