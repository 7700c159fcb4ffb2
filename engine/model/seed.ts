// The engine's default world, and the shape of a seed file (JSON or YAML) that replaces it.
// Every resource the seed documents' examples reference is here exactly as they show it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import YAML from 'yaml';
import type { QuotaSet, Resources } from './types';

export interface SeedSpec {
  projects: { name: string; id?: string; description?: string }[];
  users: { name: string; id?: string; password: string; project: string; roles: string[] }[];
  flavors: {
    id: string;
    name: string;
    vcpus: number;
    ram: number;
    disk: number;
    ephemeral?: number;
    swap?: number;
    isPublic?: boolean;
    extraSpecs?: Record<string, string>;
  }[];
  images: {
    id?: string;
    name: string;
    minDisk?: number;
    minRam?: number;
    size?: number;
    diskFormat?: string;
    metadata?: Record<string, string>;
  }[];
  /** Networks belong to `project` (default: admin); `shared` ones are usable by every project. */
  networks: {
    id?: string;
    name: string;
    project?: string;
    shared?: boolean;
    external?: boolean;
    subnets: { id?: string; name: string; cidr: string; gateway?: string }[];
  }[];
  volumeTypes: { id?: string; name: string; description?: string }[];
  /** Zones with `hosts` compute hosts each, named `compute-<zone>-NN` unless `hostNames` gives the names. */
  availabilityZones: { name: string; hosts: number; hostNames?: string[]; host?: Partial<HostSpec> }[];
  /** Pre-created ports and volumes (the seed documents' examples attach them by id). */
  ports?: { id: string; project: string; network: string; name?: string }[];
  volumes?: { id: string; project: string; size: number; name?: string; volumeType?: string }[];
  host: HostSpec;
  quotas?: { defaults?: Partial<QuotaSet>; projects?: Record<string, Partial<QuotaSet>> };
  /**
   * Cloud-native ids for seeded resources (CTyun's vpc-…, subnet-…, sg-… and AZ names), accepted wherever
   * the ECI API takes an id. Targets: a network or subnet uuid, `security-group:<project>/<name>`, `az:<zone>`.
   */
  aliases?: Record<string, string>;
  settings?: Partial<EngineSettings>;
}

export interface HostSpec {
  total: Resources;
  reserved: Resources;
  ratios: { cpu: number; ram: number; disk: number };
}

export interface EngineSettings {
  /** Soft-delete window (ms); 0 = hard delete, as Nova's reclaim_instance_interval. */
  reclaimInstanceInterval: number;
  /** ms before a shelved server is offloaded; 0 = at once (Nova's default), -1 = never. */
  shelvedOffloadTime: number;
  allowResizeToSameHost: boolean;
  weighing: 'spread' | 'pack';
}

export const DEFAULT_SETTINGS: EngineSettings = {
  reclaimInstanceInterval: 0,
  shelvedOffloadTime: 0,
  allowResizeToSameHost: false,
  weighing: 'spread',
};

export const DEFAULT_QUOTAS: QuotaSet = {
  instances: 10,
  cores: 20,
  ram: 51200,
  metadata_items: 128,
  key_pairs: 100,
  server_groups: 10,
  server_group_members: 10,
  injected_files: 5,
  injected_file_content_bytes: 10240,
  injected_file_path_bytes: 255,
  volumes: 10,
  gigabytes: 1000,
  snapshots: 10,
};

/** Keystone-style 32-hex ids, stable for a name so documentation and clouds.yaml can rely on them. */
export const stableId = (kind: string, name: string) =>
  createHash('md5').update(`novaform:${kind}:${name}`).digest('hex');

/** ECI access keys of a seeded user (AK/SK for EOP signing): stable, so documentation can name them. */
export const seedAccessKey = (user: string) => ({ ak: stableId('eci-ak', user), sk: stableId('eci-sk', user) });

/** Passwords of the seeded users (documented in the README; a local engine has nothing to protect). */
export const SEED_PASSWORDS = { demo: 'demo-secret', alt_demo: 'alt-demo-secret', admin: 'admin-secret' } as const;

export const DEFAULT_SEED: SeedSpec = {
  projects: [
    { name: 'demo', description: 'The default project' },
    { name: 'alt_demo', description: 'A second project, for isolation' },
    { name: 'admin', description: 'Cloud administration' },
  ],
  users: [
    { name: 'demo', password: SEED_PASSWORDS.demo, project: 'demo', roles: ['member', 'reader'] },
    { name: 'alt_demo', password: SEED_PASSWORDS.alt_demo, project: 'alt_demo', roles: ['member', 'reader'] },
    {
      name: 'admin',
      password: SEED_PASSWORDS.admin,
      project: 'admin',
      roles: ['admin', 'manager', 'member', 'reader'],
    },
  ],
  flavors: [
    { id: '1', name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1 },
    { id: '2', name: 'm1.small', vcpus: 1, ram: 2048, disk: 20 },
    { id: '3', name: 'm1.medium', vcpus: 2, ram: 4096, disk: 40 },
    { id: '4', name: 'm1.large', vcpus: 4, ram: 8192, disk: 80 },
    { id: '5', name: 'm1.xlarge', vcpus: 8, ram: 16384, disk: 160 },
    // The ECS developer guide's flavors: disk 0, so they boot from volumes.
    { id: 'c1.large', name: 'c1.large', vcpus: 4, ram: 4096, disk: 0 },
    { id: 'c1.2xlarge', name: 'c1.2xlarge', vcpus: 8, ram: 8192, disk: 0 },
    // The 云主机 reference resizes to flavor "214".
    { id: '214', name: 'm2.small', vcpus: 2, ram: 2048, disk: 20 },
  ],
  images: [
    { id: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c', name: 'cirros-0.6.2-x86_64-disk', minDisk: 0, size: 21430272 },
    { id: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70', name: 'ubuntu-24.04-server', minDisk: 10, size: 2361393152 },
    // The image of the 云主机 reference's create and rebuild examples (Nova's api-ref sample image).
    { id: '70a599e0-31e7-49b7-b260-868f441e862b', name: 'fedora-coreos', minDisk: 0, size: 25165824 },
    {
      id: '11e8f727-d439-4ed1-b3b8-33f46c0379c4',
      name: 'DBS-MySQL-Image_2.1.3.3',
      minDisk: 40,
      size: 0,
      metadata: {
        __os_type: 'Linux',
        hw_vif_multiqueue_enabled: 'true',
        __imagetype: 'gold',
        __quick_start: 'true',
        virtual_env_type: 'FusionCompute',
        __support_xen: 'true',
        __support_kvm: 'true',
        __image_source_type: 'uds',
        __platform: 'EulerOS',
        __os_version: 'EulerOS 2.2 64bit',
        __os_bit: '64',
        __isregistered: 'false',
      },
    },
  ],
  // Each project has one tenant network of its own, so a create that names none lands on it (as Nova
  // does with exactly one candidate); the ECS guide's listed network is the shared external one.
  networks: [
    {
      id: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def',
      name: 'private',
      project: 'demo',
      shared: false,
      subnets: [{ id: '8e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f', name: 'private-subnet', cidr: '10.0.0.0/22' }],
    },
    {
      id: '2c0f5b1e-8d3a-4f6b-9e2d-7a1c4b5d6e8f',
      name: 'alt-private',
      project: 'alt_demo',
      shared: false,
      subnets: [{ id: '4d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a0f', name: 'alt-private-subnet', cidr: '10.1.0.0/24' }],
    },
    {
      id: '07a9557d-4256-48ae-847c-415a9c8f7ff6',
      name: 'b_tt3_td1b',
      shared: true,
      external: true,
      subnets: [{ id: '5c8ab4d2-1e7f-4a3b-9c6d-0e1f2a3b4c5d', name: 'b_tt3_td1b-subnet', cidr: '192.168.10.0/24' }],
    },
  ],
  // The ECI createContainerGroup example (seed 003) names these.
  aliases: {
    'vpc-ctt6yag121': 'fb68519f-a7c0-476e-98d4-2e4cf6de6def',
    'subnet-y9n723knrg': '8e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f',
    'sg-5bvqyvrmch': 'security-group:demo/default',
    'cn-huadong1-jsnj1A-public-ctcloud': 'az:default-az',
  },
  ports: [
    {
      id: 'ce155147-9d3b-4c09-9079-da8de0d38df8',
      project: 'demo',
      network: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def',
      name: 'example-port',
    },
  ],
  volumes: [{ id: 'a26887c6-c47b-4654-abb5-dfadf7d3f803', project: 'demo', size: 1, name: 'example-volume' }],
  volumeTypes: [
    { id: '4f1e2d3c-5b6a-4789-8abc-def012345678', name: '__DEFAULT__', description: 'Default Volume Type' },
    { id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', name: 'SATA', description: 'Common I/O' },
    { id: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a', name: 'SSD', description: 'Ultra-high I/O' },
  ],
  // eu-de-01 (ECS guide), us-west (the 云主机 create example) and default-az with the hosts its examples
  // name (node-N.domain.tld) — that one also has GPUs, for container groups.
  availabilityZones: [
    { name: 'eu-de-01', hosts: 4 },
    { name: 'us-west', hosts: 4 },
    {
      name: 'default-az',
      hosts: 4,
      hostNames: ['node-1.domain.tld', 'node-2.domain.tld', 'node-3.domain.tld', 'node-4.domain.tld'],
      host: { total: { vcpus: 64, ram: 262144, disk: 4000, gpus: 4 } },
    },
  ],
  host: {
    total: { vcpus: 32, ram: 131072, disk: 2000, gpus: 0 },
    reserved: { vcpus: 0, ram: 512, disk: 0, gpus: 0 },
    ratios: { cpu: 4.0, ram: 1.0, disk: 1.0 },
  },
};

/** Reads a seed file (JSON or YAML); missing top-level sections fall back to the default seed's. */
export function loadSeedFile(file: string): SeedSpec {
  const parsed = YAML.parse(fs.readFileSync(file, 'utf8')) as Partial<SeedSpec> | null;
  if (!parsed || typeof parsed !== 'object') throw new Error(`seed file ${file} is not a JSON or YAML object`);
  return { ...DEFAULT_SEED, ...parsed };
}
