// POST /servers as a domain operation: validate and resolve every reference, check quotas, then for each
// requested instance claim a host, create its ports and volumes and start the build transition — all in
// the caller's transaction, so a create either happens whole or not at all.
import { BadRequest, Conflict, Forbidden, policyDenied } from '../../model/errors';
import { checkDescription, checkMetadata, checkName, checkTags, checkUserData } from '../../model/limits';
import { POWER } from '../../model/states';
import { show } from '../../model/show';
import type { BlockDevice, Caller, Flavor, FlavorSnapshot, Image, Server, ServerNic } from '../../model/types';
import { isAdmin, type EngineContext } from '../context';
import { password, reservationId, uuid } from '../ids';
import { bindPort, createPort, defaultNetwork, requireNetwork, requirePort, resolveSecurityGroup } from '../networking';
import { checkComputeQuota, checkGroupMembers, checkMetadataItems, checkPersonality } from '../quotas';
import { flavorResources, placeAndClaim, requestFor } from '../scheduler';
import { createVolumeRecord, requireVolumeType } from '../volumes';
import { takeBuildFailure } from '../injected';
import { begin } from './transitions';

export interface NetworkRequest {
  uuid?: string;
  port?: string;
  fixed_ip?: string;
  tag?: string;
}
export interface BlockDeviceRequest {
  boot_index?: number | string | null;
  source_type?: string;
  destination_type?: string;
  uuid?: string | null;
  volume_size?: number | string | null;
  volume_type?: string | null;
  delete_on_termination?: boolean | string;
  device_name?: string | null;
  device_type?: string | null;
  disk_bus?: string | null;
  guest_format?: string | null;
  tag?: string | null;
  no_device?: boolean;
}

/** The create body in Nova's own field names (the `server` object), so the HTTP layer passes it through. */
export interface CreateServerRequest {
  name: string;
  flavorRef: string;
  imageRef?: string | null;
  key_name?: string | null;
  availability_zone?: string | null;
  host?: string | null;
  hypervisor_hostname?: string | null;
  networks?: 'auto' | 'none' | NetworkRequest[];
  block_device_mapping_v2?: BlockDeviceRequest[];
  security_groups?: { name: string }[];
  metadata?: Record<string, string>;
  tags?: string[];
  user_data?: string | null;
  description?: string | null;
  accessIPv4?: string | null;
  accessIPv6?: string | null;
  /** AUTO or MANUAL; anything else is refused here. */
  'OS-DCF:diskConfig'?: unknown;
  config_drive?: boolean | string | null;
  personality?: { path: string; contents: string }[];
  min_count?: number | string;
  max_count?: number | string;
  return_reservation_id?: boolean | string;
  adminPass?: string;
  hostname?: string;
}

export interface CreateServerResult {
  servers: Server[];
  adminPass: string;
  reservationId: string;
}

const refId = (ref: string) => ref.replace(/\/+$/, '').split('/').pop() ?? ref;
const truthy = (v: unknown) =>
  v === true || (typeof v === 'string' && ['true', '1', 'yes', 'on'].includes(v.toLowerCase()));
const intOf = (v: unknown, field: string): number | null => {
  if (v === undefined || v === null || v === '') return null;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new BadRequest(`Invalid input for field/attribute ${field}. Value: ${show(v)}. Not an integer`, field);
  return n;
};

export function snapshotFlavor(f: Flavor): FlavorSnapshot {
  return {
    id: f.id,
    name: f.name,
    vcpus: f.vcpus,
    ram: f.ram,
    disk: f.disk,
    ephemeral: f.ephemeral,
    swap: f.swap,
    extraSpecs: f.extraSpecs,
  };
}

export function requireFlavor(ctx: EngineContext, ref: string, field = 'flavorRef'): Flavor {
  const id = refId(String(ref));
  const f = ctx.store.flavors.get(id);
  if (!f || f.disabled) throw new BadRequest(`Flavor ${id} could not be found.`, field);
  return f;
}

export function requireImage(
  ctx: EngineContext,
  caller: Caller,
  ref: string,
  message = 'Can not find requested image',
  field = 'imageRef',
): Image {
  const id = refId(String(ref));
  const img = ctx.store.images.get(id);
  if (
    !img ||
    img.status === 'deleted' ||
    (img.visibility === 'private' && img.ownerId !== caller.projectId && !isAdmin(caller))
  ) {
    throw new BadRequest(message, field);
  }
  if (img.status !== 'active') throw new BadRequest(`Image ${id} is not active.`, field);
  return img;
}

function parseAz(
  ctx: EngineContext,
  caller: Caller,
  req: CreateServerRequest,
): { az: string | null; forcedHost: string | null } {
  let az: string | null = req.availability_zone ?? null;
  let forcedHost: string | null = null;
  if (az && az.includes(':')) {
    const [zone, host] = az.split(':');
    if (!isAdmin(caller)) throw policyDenied('os_compute_api:servers:create:forced_host');
    az = zone || null;
    forcedHost = host || null;
  }
  for (const [field, value] of [
    ['host', req.host],
    ['hypervisor_hostname', req.hypervisor_hostname],
  ] as const) {
    if (!value) continue;
    if (!isAdmin(caller)) throw policyDenied('compute:servers:create:requested_destination');
    if (!ctx.store.allHosts().has(value)) throw new BadRequest(`Compute host ${value} could not be found.`, field);
    forcedHost = value;
  }
  const hosts = [...ctx.store.allHosts().values()];
  if (az && !hosts.some((h) => h.az === az))
    throw new BadRequest('The requested availability zone is not available', 'availability_zone');
  if (forcedHost && !ctx.store.allHosts().has(forcedHost))
    throw new BadRequest(`Compute host ${forcedHost} could not be found.`, 'availability_zone');
  return { az, forcedHost };
}

function parseBlockDevices(req: CreateServerRequest): BlockDevice[] {
  return (req.block_device_mapping_v2 ?? [])
    .filter((b) => !b.no_device)
    .map((b, i) => {
      const field = `block_device_mapping_v2[${i}]`;
      const source = (b.source_type ?? (b.uuid ? 'volume' : 'blank')) as BlockDevice['sourceType'];
      const dest = (b.destination_type ??
        (source === 'volume' || source === 'snapshot' ? 'volume' : 'local')) as BlockDevice['destinationType'];
      if (!['image', 'volume', 'snapshot', 'blank'].includes(source))
        throw new BadRequest(
          `Invalid input for field/attribute ${field}.source_type. Value: ${source}. ` +
            'It must be one of image, volume, snapshot, blank',
          `${field}.source_type`,
        );
      if (!['local', 'volume'].includes(dest))
        throw new BadRequest(
          `Invalid input for field/attribute ${field}.destination_type. Value: ${dest}. ` +
            'It must be one of local, volume',
          `${field}.destination_type`,
        );
      if (source !== 'blank' && !b.uuid)
        throw new BadRequest(
          `Block Device Mapping is Invalid: ${field} with source_type ${source} needs a uuid.`,
          `${field}.uuid`,
        );
      const size = intOf(b.volume_size, `${field}.volume_size`);
      if (size !== null && size < 1)
        throw new BadRequest(
          `Invalid input for field/attribute ${field}.volume_size. Value: ${size}. ` +
            `${size} is less than the minimum of 1`,
          `${field}.volume_size`,
        );
      return {
        bootIndex: intOf(b.boot_index, `${field}.boot_index`),
        sourceType: source,
        destinationType: dest,
        uuid: b.uuid ?? null,
        volumeId: null,
        volumeSize: size,
        volumeType: b.volume_type ?? null,
        deleteOnTermination: truthy(b.delete_on_termination),
        deviceName: b.device_name ?? null,
        deviceType: b.device_type ?? null,
        diskBus: b.disk_bus ?? null,
        guestFormat: b.guest_format ?? null,
        tag: b.tag ?? null,
      };
    });
}

export function createServers(
  ctx: EngineContext,
  caller: Caller,
  req: CreateServerRequest,
  hints: Record<string, unknown> = {},
): CreateServerResult {
  return ctx.store.tx(() => createServersNow(ctx, caller, req, hints));
}

function createServersNow(
  ctx: EngineContext,
  caller: Caller,
  req: CreateServerRequest,
  hints: Record<string, unknown>,
): CreateServerResult {
  const name = checkName(req.name);
  const description = checkDescription(req.description);
  const metadata = checkMetadata(req.metadata);
  const tags = checkTags(req.tags);
  const userData = checkUserData(req.user_data);
  const personality = req.personality ?? [];
  const min = intOf(req.min_count, 'min_count') ?? 1;
  const max = intOf(req.max_count, 'max_count') ?? min;
  if (min < 1)
    throw new BadRequest(
      'Invalid input for field/attribute min_count. Value: 0. 0 is less than the minimum of 1',
      'min_count',
    );
  if (max < min) throw new BadRequest('min_count must be <= max_count', 'max_count');
  const diskConfig = req['OS-DCF:diskConfig'] ?? 'MANUAL';
  if (diskConfig !== 'AUTO' && diskConfig !== 'MANUAL')
    throw new BadRequest(
      `Invalid input for field/attribute OS-DCF:diskConfig. Value: ${show(diskConfig)}. It must be one of AUTO, MANUAL`,
      'OS-DCF:diskConfig',
    );

  const flavor = requireFlavor(ctx, req.flavorRef);
  const bdms = parseBlockDevices(req);
  const bootBdm = bdms.find((b) => b.bootIndex === 0);
  const volumeBacked = bootBdm?.destinationType === 'volume';
  let image: Image | null = null;
  const imageRef =
    req.imageRef || (bootBdm?.sourceType === 'image' && bootBdm.destinationType === 'local' ? bootBdm.uuid : null);
  if (imageRef && !volumeBacked) image = requireImage(ctx, caller, imageRef);
  if (!imageRef && !volumeBacked) throw new BadRequest('Missing imageRef attribute', 'imageRef');
  if (image && !volumeBacked) {
    if (flavor.disk === 0 && !isAdmin(caller))
      throw new Forbidden('Only volume-backed servers are allowed for flavors with zero disk.');
    if (flavor.disk > 0 && image.minDisk > flavor.disk) {
      throw new BadRequest(
        "Flavor's disk is too small for requested image. " +
          `Flavor disk is ${flavor.disk * 2 ** 30} bytes, image is ${image.minDisk * 2 ** 30} bytes.`,
        'flavorRef',
      );
    }
    if (image.minRam > flavor.ram)
      throw new BadRequest(`Flavor's memory is too small for requested image.`, 'flavorRef');
  }
  const { az, forcedHost } = parseAz(ctx, caller, req);
  if (req.key_name && !ctx.store.keypairs.first('user_id = ? AND name = ?', [caller.userId, req.key_name])) {
    throw new BadRequest('Invalid key_name provided.', 'key_name');
  }
  const keypair = req.key_name
    ? ctx.store.keypairs.first('user_id = ? AND name = ?', [caller.userId, req.key_name])!
    : null;
  const sgNames = (req.security_groups ?? [{ name: 'default' }]).map((g) => g.name);
  const securityGroups = [
    ...new Set(sgNames.map((n, i) => resolveSecurityGroup(ctx, caller.projectId, n, `security_groups[${i}].name`).id)),
  ];
  const groupId = hints.group ? show(hints.group) : null;
  const group = groupId ? ctx.store.serverGroups.get(groupId) : null;
  if (groupId && (!group || (group.projectId !== caller.projectId && !isAdmin(caller)))) {
    throw new BadRequest(
      `Invalid input for field/attribute os:scheduler_hints.group. Server group ${groupId} could not be found.`,
      'os:scheduler_hints.group',
    );
  }

  const nets = req.networks;
  if (Array.isArray(nets) && max > 1 && nets.some((n) => n.port)) {
    throw new BadRequest(
      'Unable to launch multiple instances with a single configured port ID. ' +
        'Please launch your instance one by one with different ports.',
      'networks',
    );
  }
  const netPlan = Array.isArray(nets)
    ? nets.map((n, i) => {
        if (n.port) {
          const p = requirePort(ctx, caller, n.port);
          if (p.deviceId) throw new Conflict(`Port ${p.id} is still in use.`);
          return { port: p.id, tag: n.tag ?? null };
        }
        if (!n.uuid)
          throw new BadRequest(
            `Invalid input for field/attribute networks[${i}]. Either a network uuid or a port is required`,
            `networks[${i}]`,
          );
        return {
          network: requireNetwork(ctx, caller, n.uuid, `networks[${i}].uuid`).id,
          fixedIp: n.fixed_ip ?? null,
          tag: n.tag ?? null,
        };
      })
    : nets === 'none'
      ? []
      : (() => {
          const d = defaultNetwork(ctx, caller);
          return d ? [{ network: d.id, fixedIp: null, tag: null }] : [];
        })();

  checkMetadataItems(ctx, caller.projectId, Object.keys(metadata).length);
  checkPersonality(ctx, caller.projectId, personality);
  const count = checkComputeQuota(ctx, caller.projectId, flavor, min, max);
  if (group)
    checkGroupMembers(
      ctx,
      group.projectId,
      ctx.store.servers.scalar('COUNT(*)', 'group_id = ? AND deleted_at IS NULL', [group.id]),
      count,
    );

  const adminPass = req.adminPass ?? password();
  const resId = reservationId();
  const servers: Server[] = [];
  for (let i = 0; i < count; i++) {
    servers.push(
      buildOne(ctx, caller, {
        name: count > 1 ? `${name}-${i + 1}` : name,
        description,
        metadata,
        tags,
        userData,
        flavor,
        image,
        bdms,
        volumeBacked,
        az,
        forcedHost,
        keypair,
        securityGroups,
        groupId,
        hints,
        netPlan,
        personality,
        diskConfig,
        resId,
        launchIndex: i,
        req,
      }),
    );
  }
  return { servers, adminPass, reservationId: resId };
}

interface BuildSpec {
  name: string;
  description: string | null;
  metadata: Record<string, string>;
  tags: string[];
  userData: string | null;
  flavor: Flavor;
  image: Image | null;
  bdms: BlockDevice[];
  volumeBacked: boolean;
  az: string | null;
  forcedHost: string | null;
  keypair: { name: string; publicKey: string } | null;
  securityGroups: string[];
  groupId: string | null;
  hints: Record<string, unknown>;
  netPlan: ({ port: string; tag: string | null } | { network: string; fixedIp: string | null; tag: string | null })[];
  personality: { path: string; contents: string }[];
  diskConfig: 'AUTO' | 'MANUAL';
  resId: string;
  launchIndex: number;
  req: CreateServerRequest;
}

const bootImageOf = (bdms: BlockDevice[]) =>
  bdms.find((d) => d.bootIndex === 0 && d.sourceType === 'image')?.uuid ?? null;

function nextInstanceName(ctx: EngineContext): string {
  const n = Number(ctx.store.getMeta('instance_seq') ?? '0') + 1;
  ctx.store.setMeta('instance_seq', String(n));
  return `instance-${n.toString(16).padStart(8, '0')}`;
}

function buildOne(ctx: EngineContext, caller: Caller, b: BuildSpec): Server {
  const now = ctx.clock.now();
  const id = uuid();
  const blockDevices = b.bdms.map((d) => ({ ...d }));
  let server: Server = {
    id,
    projectId: caller.projectId,
    userId: caller.userId,
    name: b.name,
    description: b.description,
    // A volume-backed server shows the image its boot volume came from (as Huawei ECS does), if any.
    flavor: snapshotFlavor(b.flavor),
    imageId: b.image?.id ?? bootImageOf(b.bdms),
    keyName: b.keypair?.name ?? null,
    keyData: b.keypair?.publicKey ?? null,
    availabilityZone: b.az,
    requestedAz: b.az,
    host: null,
    hostname:
      b.req.hostname ??
      (b.name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 63) ||
        'server'),
    vmState: 'building',
    taskState: 'scheduling',
    powerState: POWER.NOSTATE,
    launchedAt: null,
    terminatedAt: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    locked: false,
    lockedBy: null,
    lockedReason: null,
    metadata: b.metadata,
    tags: b.tags,
    securityGroups: b.securityGroups,
    accessIPv4: b.req.accessIPv4 ?? '',
    accessIPv6: b.req.accessIPv6 ?? '',
    userData: b.userData,
    configDrive: truthy(b.req.config_drive),
    diskConfig: b.diskConfig,
    nics: [],
    blockDevices,
    volumes: [],
    fault: null,
    pending: null,
    prior: null,
    groupId: b.groupId,
    schedulerHints: b.hints,
    reservationId: b.resId,
    launchIndex: b.launchIndex,
    instanceName: nextInstanceName(ctx),
    personality: b.personality,
    shelvedImageId: null,
  };
  ctx.store.servers.put(server);

  const decision = placeAndClaim(
    ctx,
    id,
    requestFor(ctx, server, flavorResources(server.flavor, b.volumeBacked), { forcedHost: b.forcedHost }),
  );
  if (!decision.host) {
    // Nova accepts the create and buries the server in ERROR once scheduling fails.
    return begin(ctx, server, 'create', { caller, data: { failReason: decision.reason }, tasks: ['scheduling'] });
  }
  server = { ...server, host: decision.host.name, availabilityZone: decision.host.az };
  server.nics = b.netPlan.map((n): ServerNic => {
    if ('port' in n) {
      const p = bindPort(ctx, ctx.store.ports.get(n.port)!, id, server.availabilityZone);
      return { portId: p.id, networkId: p.networkId, tag: n.tag, owned: false };
    }
    const p = createPort(ctx, {
      networkId: n.network,
      projectId: caller.projectId,
      fixedIp: n.fixedIp,
      securityGroupIds: b.securityGroups,
      deviceId: id,
      deviceOwner: `compute:${server.availabilityZone}`,
      tag: n.tag,
    });
    return { portId: p.id, networkId: p.networkId, tag: n.tag, owned: true };
  });
  attachBlockDevices(ctx, caller, server);
  // A build failure armed through the control API: the host was found, the spawn fails.
  const injected = takeBuildFailure(ctx);
  if (injected) ctx.store.release(id);
  return begin(ctx, ctx.store.servers.put(server), 'create', {
    caller,
    data: injected ? { failReason: injected } : undefined,
  });
}

/** Creates or attaches the volumes a server boots with; device names follow the boot order. */
function attachBlockDevices(ctx: EngineContext, caller: Caller, server: Server): void {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  // An image-backed server's local root disk is /dev/vda; volumes take the next letters in boot order.
  let next = server.blockDevices.some((d) => d.bootIndex === 0 && d.destinationType === 'volume') ? 0 : 1;
  const order = [...server.blockDevices.entries()].sort(([, a], [, b]) => (a.bootIndex ?? 1e9) - (b.bootIndex ?? 1e9));
  for (const [i, d] of order) {
    if (d.destinationType !== 'volume') continue;
    const field = `block_device_mapping_v2[${i}]`;
    const device = d.deviceName ?? `/dev/vd${letters[next++]}`;
    let volumeId: string;
    if (d.sourceType === 'volume') {
      const vol = ctx.store.volumes.get(d.uuid!);
      if (!vol || vol.projectId !== caller.projectId)
        throw new BadRequest(`Block Device Mapping is Invalid: failed to get volume ${d.uuid}.`, `${field}.uuid`);
      if (vol.status !== 'available')
        throw new BadRequest(
          `Invalid volume: volume ${vol.id} status must be 'available', but it is '${vol.status}'.`,
          `${field}.uuid`,
        );
      volumeId = vol.id;
    } else {
      if (!d.volumeSize)
        throw new BadRequest(
          "Block Device Mapping is Invalid: Images with destination_type 'volume' " +
            'need to have a non-zero size specified.',
          `${field}.volume_size`,
        );
      let imageId: string | null = null;
      if (d.sourceType === 'image') {
        const img = requireImage(
          ctx,
          caller,
          d.uuid!,
          `Block Device Mapping is Invalid: failed to get image ${d.uuid}.`,
          `${field}.uuid`,
        );
        if (img.minDisk > d.volumeSize) {
          throw new BadRequest(
            'Volume is smaller than the minimum size specified in image metadata. ' +
              `Volume size is ${d.volumeSize * 2 ** 30} bytes, minimum size is ${img.minDisk * 2 ** 30} bytes.`,
            `${field}.volume_size`,
          );
        }
        imageId = img.id;
      }
      if (d.sourceType === 'snapshot')
        throw new BadRequest(`Block Device Mapping is Invalid: failed to get snapshot ${d.uuid}.`, `${field}.uuid`);
      if (d.volumeType) requireVolumeType(ctx, d.volumeType, `${field}.volume_type`);
      volumeId = createVolumeRecord(ctx, caller, {
        size: d.volumeSize,
        volumeType: d.volumeType ?? undefined,
        imageId,
        availabilityZone: server.availabilityZone ?? undefined,
        name: '',
        description: '',
      }).id;
    }
    const vol = ctx.store.volumes.get(volumeId)!;
    const attachmentId = uuid();
    ctx.store.volumes.put({
      ...vol,
      status: 'in-use',
      attachments: [{ serverId: server.id, attachmentId, device, attachedAt: ctx.clock.now() }],
    });
    d.volumeId = volumeId;
    server.volumes.push({ volumeId, attachmentId, device, tag: d.tag, deleteOnTermination: d.deleteOnTermination });
  }
}
