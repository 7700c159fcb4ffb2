// A CTyun ECI container group (seed 003, createContainerGroup). Every request field of the seed is an
// attribute here under the mechanical snake_case of its name (`vSwitchId` → `v_switch_id`); the Pulumi
// name is the seed's own camelCase, so one walk over the schema turns values into the API body. What
// updateContainerGroup accepts (eip, restartPolicy, tags, containers, imageRegistryCredential, dnsConfig,
// volumes) changes in place; everything else replaces the group, with the reason shown to users.
import { Type } from '@sinclair/typebox';
import { attr, block, bool, defineResource, int, num, oneOf, str, strList } from './dsl';
import { REPLACE, UPDATE } from './container-group/common';
import { containers, initContainers } from './container-group/containers';
import { containerGroupErrors } from './container-group/rules';
import { volumes } from './container-group/volumes';

export { TOKEN_TAG } from './container-group/rules';

const ContainerState = Type.Object({
  name: Type.String(),
  state: Type.String(),
  reason: Type.String(),
  exit_code: Type.Integer(),
  ready: Type.Boolean(),
  restart_count: Type.Integer(),
  init: Type.Boolean(),
});

export const containerGroupSchema = defineResource({
  name: 'ContainerGroup',
  terraform: 'novaform_container_group',
  description:
    'A CTyun ECI container group (createContainerGroup): containers on one node with a private IP in a VPC subnet, optionally an EIP.',
  version: 1,
  importId: 'the container group id (eci-…)',
  timeouts: { create: 20 * 60_000, update: 20 * 60_000, delete: 5 * 60_000 },
  fields: {
    container_group_name: str(
      { mode: 'required', description: 'Group name.', change: REPLACE('name') },
      { minLength: 1, maxLength: 128 },
    ),
    cpu: num(
      {
        mode: 'optional-computed',
        description: "vCPUs of the group (default: the containers' sum, rounded to a flavor).",
        change: REPLACE('spec'),
      },
      { exclusiveMinimum: 0 },
    ),
    memory: num(
      {
        mode: 'optional-computed',
        description: "Memory of the group in GiB (default: the containers' sum).",
        change: REPLACE('spec'),
      },
      { exclusiveMinimum: 0 },
    ),
    gpu: num(
      {
        mode: 'optional-computed',
        description: 'GPU cards (required with a GPU flavor_name).',
        change: REPLACE('spec'),
      },
      { minimum: 0 },
    ),
    als_instance_id: str({ description: 'ALS log instance id.', change: REPLACE('boot') }),
    az_info: block(
      'list',
      {
        az_name: str(
          {
            mode: 'required',
            description: 'Availability zone name (e.g. cn-huadong1-jsnj1A-public-ctcloud).',
          },
          { minLength: 1 },
        ),
        az_id: int({ description: 'Availability zone id.' }),
      },
      {
        mode: 'required',
        description: 'The availability zone (exactly one).',
        change: REPLACE('az'),
        minItems: 1,
        maxItems: 1,
      },
    ),
    eip: block(
      'single',
      {
        eip_instance_id: str({
          description: 'An existing EIP to bind (ports 80, 443, 8080 and 8443 are closed by default).',
        }),
        auto_create_eip: bool({ description: 'Create an EIP and bind it to the group.' }),
        eip_bandwidth: int(
          { description: 'Bandwidth of a created EIP in Mbps (default 5).' },
          { minimum: 1, maximum: 2000 },
        ),
      },
      { description: 'Public IP. Not returned by the API: kept from the configuration.', change: UPDATE },
    ),
    vpc_id: str({ mode: 'required', description: 'VPC id.', change: REPLACE('network') }, { minLength: 1 }),
    v_switch_id: str(
      { mode: 'required', description: 'Subnet id in the VPC.', change: REPLACE('network') },
      { minLength: 1 },
    ),
    security_group_id: str(
      { mode: 'required', description: 'Security group id.', change: REPLACE('network') },
      { minLength: 1 },
    ),
    host_aliases: block(
      'list',
      {
        ip: str({ description: 'IPv4 address.' }),
        hostnames: strList({ description: 'Host names for the address.' }),
      },
      {
        description: '/etc/hosts entries. Not returned by the API: kept from the configuration.',
        change: REPLACE('boot'),
      },
    ),
    containers,
    init_containers: initContainers,
    restart_policy: oneOf(['Always', 'OnFailure', 'Never'], {
      mode: 'required',
      description: 'What happens when a container exits.',
      change: UPDATE,
    }),
    ephemeral_volume: int(
      { description: 'Ephemeral storage in GB (40–2048).', change: REPLACE('boot') },
      { minimum: 40, maximum: 2048 },
    ),
    flavor_name: str({
      description: 'Instance flavor (e.g. s7.small.1); sets cpu and memory.',
      change: REPLACE('spec'),
    }),
    host_name: str({ description: 'Host name of the group.', change: REPLACE('boot') }),
    auto_match_image_cache: bool({ description: 'Use (and create) a matching image cache.', change: REPLACE('boot') }),
    image_cache_id: str({ description: 'Image cache id.', change: REPLACE('boot') }),
    dns_config: block(
      'single',
      {
        nameservers: strList({ description: 'DNS server addresses.' }),
        searches: strList({ description: 'Search domains.' }),
        options: block(
          'list',
          {
            name: str({ description: 'Option name.' }),
            value: str({ description: 'Option value.' }),
          },
          { description: 'resolv.conf options.' },
        ),
      },
      { description: 'DNS settings. Not returned by the API: kept from the configuration.', change: UPDATE },
    ),
    tags: block(
      'set',
      {
        key: str({ description: 'Tag key.' }),
        value: str({ description: 'Tag value.' }),
      },
      {
        description: "Tags (at most 19: novaform keeps one of the API's 20 for its idempotency token).",
        change: UPDATE,
      },
    ),
    image_registry_credential: block(
      'list',
      {
        server: str({ mode: 'required', description: 'Registry address.' }, { minLength: 1 }),
        user_name: str({ mode: 'required', description: 'Registry user.' }, { minLength: 1 }),
        password: str(
          {
            mode: 'required',
            description: 'Registry password (secret; not returned by the API).',
            sensitive: true,
          },
          { minLength: 1 },
        ),
      },
      {
        description: 'Private registry credentials. Not returned by the API: kept from the configuration.',
        change: UPDATE,
      },
    ),
    volumes,
    iam_role_name: str({ description: 'Delegated ECS role name.', change: REPLACE('boot') }),
    security_context: block(
      'single',
      {
        sysctl: block(
          'list',
          {
            name: str(
              {
                mode: 'required',
                description:
                  'Kernel parameter (namespaced only: kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, net.* but net.core.rmem_max).',
              },
              { minLength: 1 },
            ),
            value: str({ mode: 'required', description: 'Value.' }),
          },
          { mode: 'required', description: 'Kernel parameters.' },
        ),
      },
      {
        description: 'Group security context. Not returned by the API: kept from the configuration.',
        change: REPLACE('sysctl'),
      },
    ),
    data_cache_bucket: str({ description: 'Data cache bucket to match automatically.', change: REPLACE('boot') }),
    ep_id: str({ description: 'Enterprise project id.', change: REPLACE('boot') }),
    cpu_architecture: oneOf(['x86', 'arm', 'x86_64', 'arm64', 'amd64'], {
      description: 'CPU architecture.',
      change: REPLACE('spec'),
    }),
    // computed
    status: str({
      mode: 'computed',
      description:
        'Scheduling, Pending, Running, Updating, Restarting, Terminating, Succeeded, Failed or ScheduleFailed.',
    }),
    container_states: attr(Type.Array(ContainerState), {
      mode: 'computed',
      description:
        "Each container's state (Waiting, Running, Terminated), reason, exit code (-1 when none), readiness and restart count.",
    }),
    intranet_ip: str({ mode: 'computed', description: 'Private IP in the subnet.' }),
    internet_ip: str({ mode: 'computed', description: 'Public IP (EIP), "" without one.' }),
    creation_time: str({ mode: 'computed', description: 'Creation time (ISO 8601).' }),
    unverified_attributes: strList({
      mode: 'computed',
      description:
        'After an import: replace-only attributes the API never returns (host_aliases, security_context, …). The next apply takes them from the configuration instead of replacing the group; empty otherwise.',
    }),
  },
  rules: [{ check: containerGroupErrors }],
});
