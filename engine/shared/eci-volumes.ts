// The volume types of seed 003's createContainerGroup (volume.type): one list for the engine's request schema
// and the provider's ContainerGroup schema.
export const VOLUME_TYPES = [
  'EmptyDirVolume',
  'ConfigFileVolume',
  'NasVolume',
  'ZosVolume',
  'DiskVolume',
  'DownwardAPIVolume',
] as const;

export type VolumeType = (typeof VOLUME_TYPES)[number];
