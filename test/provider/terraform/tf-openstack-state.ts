// A Terraform state (format 4) shaped exactly as terraform-provider-openstack's SDKv2 resources write it:
// every attribute of each resource's schema (resource_openstack_compute_instance_v2.go and friends), `id`,
// `timeouts` where the resource declares timeouts, unset optional values as null, computed ones as the read
// set them ("" for an empty string it set), nested blocks as lists, and SDKv2's `private` blob.
const PROVIDER = 'provider["registry.terraform.io/terraform-provider-openstack/openstack"]';
// SDKv2's private blob: the resource timeouts (30 minutes each), base64 JSON keyed by its timeouts UUID.
const PRIVATE_TIMEOUTS = Buffer.from(
  JSON.stringify({
    'e2bfb730-ecaa-11e6-8f88-34363bc7c4c0': { create: 1800000000000, delete: 1800000000000, update: 1800000000000 },
  }),
).toString('base64');

type Attrs = Record<string, unknown>;

interface Instance {
  index_key?: string | number;
  attributes: Attrs;
  dependencies?: string[];
}

const resource = (type: string, name: string, instances: Instance[]) => ({
  mode: 'managed',
  type,
  name,
  provider: PROVIDER,
  instances: instances.map((i) => ({
    ...(i.index_key === undefined ? {} : { index_key: i.index_key }),
    schema_version: 0,
    attributes: i.attributes,
    sensitive_attributes: [],
    private: PRIVATE_TIMEOUTS,
    dependencies: i.dependencies ?? [],
  })),
});

export interface Cloud {
  server: { id: string; name: string; port: string; ip: string; mac: string; created: string; az: string };
  keypair: { name: string; publicKey: string; fingerprint: string; privateKey: string; userId: string };
  group: { id: string; name: string };
  volume: { id: string; name: string; size: number; az: string };
  attachedPort: { port: string; ip: string };
  network: { id: string; name: string };
  image: { id: string; name: string };
}

export function tfOpenstackState(c: Cloud) {
  const region = 'RegionOne';
  const instance: Attrs = {
    access_ip_v4: c.server.ip,
    access_ip_v6: '',
    admin_pass: null,
    all_metadata: { role: 'web' },
    all_tags: [],
    availability_zone: c.server.az,
    availability_zone_hints: null,
    block_device: [],
    config_drive: null,
    created: c.server.created,
    flavor_id: '1',
    flavor_name: 'm1.tiny',
    force_delete: false,
    hypervisor_hostname: '',
    id: c.server.id,
    image_id: c.image.id,
    image_name: c.image.name,
    key_pair: c.keypair.name,
    metadata: { role: 'web' },
    name: c.server.name,
    network: [
      {
        access_network: false,
        fixed_ip_v4: c.server.ip,
        fixed_ip_v6: '',
        mac: c.server.mac,
        name: c.network.name,
        port: c.server.port,
        uuid: c.network.id,
      },
    ],
    network_mode: null,
    personality: [],
    power_state: 'active',
    region,
    scheduler_hints: [
      {
        additional_properties: {},
        build_near_host_ip: '',
        different_cell: [],
        different_host: [],
        group: c.group.id,
        query: [],
        same_host: [],
        target_cell: '',
      },
    ],
    security_groups: ['default'],
    stop_before_destroy: false,
    tags: null,
    timeouts: null,
    updated: c.server.created,
    user_data: 'a1b0f3b9e3f3c4d2c9e2a7b3d7c8e9f0a1b2c3d4', // tf-openstack stores the SHA-1 of the user data
    vendor_options: [],
  };
  return {
    version: 4,
    terraform_version: '1.11.4',
    serial: 7,
    lineage: '5b0c2a9e-3f7d-4c1e-9a8b-6d5e4f3a2b1c',
    outputs: {},
    resources: [
      resource('openstack_blockstorage_volume_v3', 'data', [
        {
          attributes: {
            attachment: [{ device: '/dev/vdb', id: c.volume.id, instance_id: c.server.id }],
            availability_zone: c.volume.az,
            backup_id: '',
            consistency_group_id: null,
            description: '',
            enable_online_resize: null,
            id: c.volume.id,
            image_id: null,
            metadata: {},
            name: c.volume.name,
            region,
            scheduler_hints: [],
            size: c.volume.size,
            snapshot_id: '',
            source_replica: null,
            source_vol_id: '',
            timeouts: null,
            volume_retype_policy: 'never',
            volume_type: '__DEFAULT__',
          },
        },
      ]),
      resource('openstack_compute_instance_v2', 'web', [
        {
          attributes: instance,
          dependencies: ['openstack_compute_keypair_v2.deploy', 'openstack_compute_servergroup_v2.web'],
        },
      ]),
      resource('openstack_compute_interface_attach_v2', 'extra', [
        {
          attributes: {
            fixed_ip: c.attachedPort.ip,
            id: `${c.server.id}/${c.attachedPort.port}`,
            instance_id: c.server.id,
            network_id: c.network.id,
            port_id: c.attachedPort.port,
            region,
            timeouts: null,
          },
          dependencies: ['openstack_compute_instance_v2.web'],
        },
      ]),
      resource('openstack_compute_keypair_v2', 'deploy', [
        {
          attributes: {
            fingerprint: c.keypair.fingerprint,
            id: c.keypair.name,
            name: c.keypair.name,
            private_key: c.keypair.privateKey,
            public_key: c.keypair.publicKey,
            region,
            user_id: '',
            value_specs: null,
          },
        },
      ]),
      resource('openstack_compute_servergroup_v2', 'web', [
        {
          attributes: {
            id: c.group.id,
            members: [c.server.id],
            name: c.group.name,
            policies: ['anti-affinity'],
            region,
            rules: [{ max_server_per_host: 0 }],
            value_specs: null,
          },
        },
      ]),
      resource('openstack_compute_volume_attach_v2', 'data', [
        {
          attributes: {
            device: '/dev/vdb',
            id: `${c.server.id}/${c.volume.id}`,
            instance_id: c.server.id,
            multiattach: null,
            region,
            tag: null,
            timeouts: null,
            vendor_options: [],
            volume_id: c.volume.id,
          },
          dependencies: ['openstack_blockstorage_volume_v3.data', 'openstack_compute_instance_v2.web'],
        },
      ]),
    ],
    check_results: null,
  };
}
