// The engine's entities as stored. Times are epoch milliseconds; the API layer formats them.
import type { PowerState, TaskState } from './states';

export interface Caller {
  userId: string;
  projectId: string;
  roles: string[];
  /** Request id, recorded in instance actions. */
  requestId?: string;
}

export interface Project {
  id: string;
  name: string;
  domainId: string;
  description: string;
  enabled: boolean;
}
export interface User {
  id: string;
  name: string;
  domainId: string;
  password: string;
  defaultProjectId: string;
  /** project id → role names */
  roles: Record<string, string[]>;
}

export interface Flavor {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  swap: number;
  rxtxFactor: number;
  isPublic: boolean;
  disabled: boolean;
  description: string | null;
  extraSpecs: Record<string, string>;
}

export interface Image {
  id: string;
  name: string;
  status: 'queued' | 'saving' | 'active' | 'deleted';
  visibility: 'public' | 'private' | 'shared' | 'community';
  ownerId: string | null;
  minDisk: number;
  minRam: number;
  size: number;
  diskFormat: string;
  containerFormat: string;
  metadata: Record<string, string>;
  /** The server a snapshot was taken from. */
  serverId?: string;
  createdAt: number;
  updatedAt: number;
}

export interface Network {
  id: string;
  name: string;
  projectId: string;
  shared: boolean;
  external: boolean;
  status: string;
  mtu: number;
  subnetIds: string[];
  createdAt: number;
}
export interface Subnet {
  id: string;
  name: string;
  networkId: string;
  projectId: string;
  cidr: string;
  ipVersion: 4 | 6;
  gatewayIp: string;
  allocationStart: string;
  allocationEnd: string;
  enableDhcp: boolean;
  dnsNameservers: string[];
  createdAt?: number;
}
export interface FixedIp {
  subnetId: string;
  ipAddress: string;
}
export interface Port {
  id: string;
  name: string;
  networkId: string;
  projectId: string;
  macAddress: string;
  fixedIps: FixedIp[];
  deviceId: string;
  deviceOwner: string;
  status: 'ACTIVE' | 'DOWN';
  securityGroupIds: string[];
  adminStateUp: boolean;
  tag?: string | null;
  createdAt: number;
}
export interface SecurityGroupRule {
  id: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
}
export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  projectId: string;
  rules: SecurityGroupRule[];
  createdAt?: number;
}

export interface Keypair {
  id: string;
  name: string;
  userId: string;
  type: 'ssh' | 'x509';
  publicKey: string;
  fingerprint: string;
  createdAt: number;
}

export interface VolumeType {
  id: string;
  name: string;
  description: string;
  isPublic: boolean;
}
export interface VolumeAttachmentRecord {
  serverId: string;
  attachmentId: string;
  device: string;
  attachedAt: number;
}
export interface Volume {
  id: string;
  name: string;
  description: string;
  projectId: string;
  userId: string;
  size: number;
  volumeType: string;
  availabilityZone: string;
  status: 'creating' | 'available' | 'in-use' | 'deleting' | 'error' | 'extending';
  bootable: boolean;
  imageId: string | null;
  snapshotId: string | null;
  metadata: Record<string, string>;
  attachments: VolumeAttachmentRecord[];
  createdAt: number;
  updatedAt: number;
}

export type GroupPolicy = 'affinity' | 'anti-affinity' | 'soft-affinity' | 'soft-anti-affinity';
export interface ServerGroup {
  id: string;
  name: string;
  projectId: string;
  userId: string;
  policy: GroupPolicy;
  rules: { max_server_per_host?: number };
  metadata: Record<string, string>;
  createdAt: number;
}

export interface Resources {
  vcpus: number;
  ram: number;
  disk: number;
  gpus: number;
}
export interface Host {
  id: string;
  name: string;
  az: string;
  total: Resources;
  reserved: Resources;
  ratios: { cpu: number; ram: number; disk: number };
  enabled: boolean;
  up: boolean;
  disabledReason: string | null;
  /** Sum of the allocations held on this host; kept in step with the allocations table in one transaction. */
  used: Resources;
}

export interface ServerNic {
  portId: string;
  networkId: string;
  tag: string | null;
  /** created by the engine for this server */ owned: boolean;
}
export interface BlockDevice {
  bootIndex: number | null;
  sourceType: 'image' | 'volume' | 'snapshot' | 'blank';
  destinationType: 'local' | 'volume';
  uuid: string | null;
  volumeId: string | null;
  volumeSize: number | null;
  volumeType: string | null;
  deleteOnTermination: boolean;
  deviceName: string | null;
  deviceType: string | null;
  diskBus: string | null;
  guestFormat: string | null;
  tag: string | null;
}
export interface AttachedVolume {
  volumeId: string;
  attachmentId: string;
  device: string;
  tag: string | null;
  deleteOnTermination: boolean;
}
export interface Fault {
  code: number;
  message: string;
  details: string;
  created: number;
}

export interface FlavorSnapshot {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  swap: number;
  extraSpecs: Record<string, string>;
}

/** One step of an in-flight transition: the task shown until `endsAt`. */
export interface Phase {
  task: TaskState | null;
  endsAt: number;
}
export interface Pending {
  action: string;
  phases: Phase[];
  /** Effect-specific data (destination host, new flavor, …) applied on completion. */
  data?: Record<string, unknown>;
}

export interface Server {
  id: string;
  projectId: string;
  userId: string;
  name: string;
  description: string | null;
  flavor: FlavorSnapshot;
  imageId: string | null;
  keyName: string | null;
  keyData: string | null;
  availabilityZone: string | null;
  requestedAz: string | null;
  host: string | null;
  hostname: string;
  /** A VmState (./states); typed as any string because the action table and reset-state write it from data. */
  vmState: string;
  taskState: TaskState | null;
  powerState: PowerState;
  launchedAt: number | null;
  terminatedAt: number | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  locked: boolean;
  lockedBy: 'owner' | 'admin' | null;
  lockedReason: string | null;
  metadata: Record<string, string>;
  tags: string[];
  securityGroups: string[];
  accessIPv4: string;
  accessIPv6: string;
  userData: string | null;
  configDrive: boolean;
  diskConfig: 'AUTO' | 'MANUAL';
  nics: ServerNic[];
  blockDevices: BlockDevice[];
  volumes: AttachedVolume[];
  fault: Fault | null;
  pending: Pending | null;
  /** What a resize/migration must restore on revert. */
  prior: { vmState: string; flavor: FlavorSnapshot; host: string | null; availabilityZone: string | null } | null;
  groupId: string | null;
  schedulerHints: Record<string, unknown>;
  reservationId: string;
  launchIndex: number;
  instanceName: string;
  personality: { path: string; contents: string }[];
  /** Snapshot taken when shelving an image-backed server; deleted on unshelve. */
  shelvedImageId: string | null;
}

export interface InstanceActionEvent {
  event: string;
  startTime: number;
  finishTime: number | null;
  result: 'Success' | 'Error' | null;
  host: string | null;
}
export interface InstanceAction {
  id: string;
  serverId: string;
  action: string;
  requestId: string;
  userId: string;
  projectId: string;
  startTime: number;
  updatedAt: number;
  message: string | null;
  events: InstanceActionEvent[];
}

export interface QuotaSet {
  instances: number;
  cores: number;
  ram: number;
  metadata_items: number;
  key_pairs: number;
  server_groups: number;
  server_group_members: number;
  injected_files: number;
  injected_file_content_bytes: number;
  injected_file_path_bytes: number;
  volumes: number;
  gigabytes: number;
  snapshots: number;
}

export interface ApplicationCredential {
  id: string;
  name: string;
  description: string | null;
  userId: string;
  projectId: string;
  roles: string[];
  /** sha256 of the secret; the secret itself is shown once, at creation. */
  secretHash: string;
  expiresAt: number | null;
  unrestricted: boolean;
  createdAt: number;
}

/** An access key for EOP-signed (ECI) requests, acting as its user in its project. */
export interface AccessKey {
  id: string;
  secret: string;
  userId: string;
  projectId: string;
  createdAt: number;
}
