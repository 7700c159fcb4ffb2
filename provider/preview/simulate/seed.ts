// A throw-away engine that behaves like the actual cloud as far as the credentials can see it: the same
// flavors, images, networks, zones, keypairs, security groups and volumes (ids kept); the project's servers
// recreated in their vm_state, on their host, with their volumes and their lock (a lock novaform's state did
// not set is held by someone else); usage the listing does not show reproduced by stand-in servers so quota
// errors read exactly as the cloud's; host capacity from the hypervisors' free RAM and disk (admin only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_DURATIONS } from '../../../engine/actions/table';
import { createEngine, DEFAULT_SEED, ManualClock, SEED_PASSWORDS, type Engine, type SeedSpec } from '../../../engine';
import type { Caller } from '../../../engine/model/types';
import type { ActualState, ServerNow } from './read';

export interface Seeded {
  /** Store file of the throw-away engine (the replay connects to it). */
  file: string;
  /** Actual id → simulated id. */
  ids: Map<string, string>;
  notes: string[];
}

const USAGE_ZONE = 'novaform-simulation-usage';
const HUGE = 1_000_000_000;
const limit = (l: Record<string, number>, k: string, fallback: number) => (typeof l[k] === 'number' ? l[k] : fallback);

function seedSpec(actual: ActualState): SeedSpec {
  const zones = actual.hosts
    ? actual.hosts.map((h) => ({
        name: h.az,
        hosts: 1,
        hostNames: [h.name],
        host: {
          total: { vcpus: HUGE, ram: h.freeRam, disk: h.freeDisk, gpus: HUGE },
          reserved: { vcpus: 0, ram: 0, disk: 0, gpus: 0 },
        },
      }))
    : actual.zones.map((z) => ({ name: z, hosts: 2, hostNames: [`simulated-${z}-1`, `simulated-${z}-2`] }));
  return {
    ...DEFAULT_SEED,
    // The replay connects as the embedded engine's `demo` user: give it the real project's id and roles.
    projects: [
      { name: 'demo', id: actual.projectId },
      { name: 'someone-else', description: 'holds locks novaform did not set' },
    ],
    users: [
      {
        name: 'demo',
        password: SEED_PASSWORDS.demo,
        project: 'demo',
        roles: actual.admin ? ['admin', 'member', 'reader'] : ['member', 'reader'],
      },
      {
        name: 'someone-else',
        password: SEED_PASSWORDS.admin,
        project: 'someone-else',
        roles: ['admin', 'member', 'reader'],
      },
    ],
    flavors: actual.flavors.map((f) => ({
      id: f.id,
      name: f.name,
      vcpus: f.vcpus,
      ram: f.ram,
      disk: f.disk,
      ephemeral: f.ephemeral,
      swap: f.swap,
      isPublic: f.isPublic,
    })),
    images: actual.images.map((i) => ({ id: i.id, name: i.name, minDisk: i.minDisk, minRam: i.minRam })),
    networks: actual.networks.map((n) => ({
      id: n.id,
      name: n.name,
      project: n.own ? 'demo' : 'someone-else',
      shared: n.shared || !n.own,
      external: n.external,
      subnets: n.subnets.map((x) => ({ ...x, gateway: x.gateway ?? undefined })),
    })),
    availabilityZones: [...zones, { name: USAGE_ZONE, hosts: 1, hostNames: ['simulated-usage'] }],
    // Capacity not known: hosts that fit anything. Known: exactly the free RAM and disk (ratios 1).
    host: {
      total: { vcpus: HUGE, ram: HUGE, disk: HUGE, gpus: HUGE },
      reserved: { vcpus: 0, ram: 0, disk: 0, gpus: 0 },
      ratios: { cpu: 1, ram: 1, disk: 1 },
    },
    ports: [],
    volumes: actual.volumes.map((v) => ({
      id: v.id,
      project: 'demo',
      size: v.size,
      name: v.name,
      volumeType: v.volumeType,
    })),
    volumeTypes: [
      ...new Set([
        '__DEFAULT__',
        ...DEFAULT_SEED.volumeTypes.map((t) => t.name),
        ...actual.volumes.map((v) => v.volumeType),
      ]),
    ].map((name) => ({ name })),
    // Unlimited while seeding; the real limits are set once the stand-ins exist.
    quotas: {
      defaults: {
        instances: -1,
        cores: -1,
        ram: -1,
        key_pairs: -1,
        server_groups: -1,
        server_group_members: -1,
        metadata_items: -1,
        volumes: -1,
        gigabytes: -1,
      },
    },
    aliases: {},
    // Without the host list, a resize must not fail for want of a second host nobody can see.
    settings: actual.hosts ? {} : { allowResizeToSameHost: true },
  };
}

function createServer(engine: Engine, as: Caller, req: Record<string, unknown>): string {
  return engine.servers.create(as, req as never).servers[0].id;
}

/** `lockOwners`: the lock owner novaform's state records per server id (from the plan's prior values). */
export function seedEngine(actual: ActualState, lockOwners: ReadonlyMap<string, string>): Seeded {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-simulation-'));
  const file = path.join(dir, 'engine.db');
  const durations = Object.fromEntries(Object.keys(DEFAULT_DURATIONS).map((k) => [k, 0]));
  const engine = createEngine({ data: file, clock: new ManualClock(), seed: seedSpec(actual), durations });
  const notes: string[] = [];
  const ids = new Map<string, string>();
  try {
    const member = engine.callerFor('demo');
    const other = engine.callerFor('someone-else');
    // Seeding places servers on their hosts and sets states: an admin acting inside the project.
    const admin: Caller = { userId: other.userId, projectId: member.projectId, roles: ['admin', 'member'] };
    for (const k of actual.keypairs)
      engine.keypairs.create(member, { name: k.name, public_key: k.publicKey, type: k.type });
    // Security groups get new ids here; state refers to them by the actual ones.
    const simDefault = engine.network.listSecurityGroups(member).find((g) => g.name === 'default');
    for (const g of actual.securityGroups) {
      const sim =
        g.name === 'default'
          ? simDefault
          : engine.network.createSecurityGroup(member, { name: g.name, description: '' });
      if (sim) ids.set(g.id, sim.id);
    }

    const flavorFor = (s: ServerNow): string => {
      const known = actual.flavors.find(
        (f) =>
          f.name === s.flavor.name && f.vcpus === s.flavor.vcpus && f.ram === s.flavor.ram && f.disk === s.flavor.disk,
      );
      if (known) return known.id;
      const id = `simulated-${s.id}`;
      engine.catalog.createFlavor(admin, {
        id,
        name: id,
        vcpus: Math.max(1, s.flavor.vcpus),
        ram: Math.max(1, s.flavor.ram),
        disk: s.flavor.disk,
        ephemeral: 0,
        swap: 0,
        rxtxFactor: 1,
        isPublic: false,
        description: null,
      });
      return id;
    };
    const anyImage = actual.images.find((i) => i.minDisk === 0)?.id ?? actual.images[0]?.id;
    const seeded = actual.servers.filter((s) => s.vmState !== 'deleted' && s.vmState !== 'soft-delete');
    for (const s of seeded) {
      const where = s.host && actual.hosts ? `${s.az ?? ''}:${s.host}` : (s.az ?? undefined);
      const id = createServer(engine, admin, {
        name: s.name,
        flavorRef: flavorFor(s),
        imageRef: s.imageId ?? anyImage,
        networks: 'none',
        ...(where ? { availability_zone: where } : {}),
      });
      ids.set(s.id, id);
    }
    engine.tick();
    let elsewhere = 0;
    for (const v of actual.volumes) {
      for (const a of v.attachments) {
        const server = ids.get(a.serverId);
        if (server) engine.servers.attachVolume(admin, server, { volumeId: v.id, device: a.device });
        else elsewhere++;
      }
    }
    if (elsewhere)
      notes.push(
        `${elsewhere} volume attachment${elsewhere === 1 ? '' : 's'} to servers these credentials cannot see not ` +
          `simulated`,
      );
    engine.tick();
    for (const s of seeded) {
      const id = ids.get(s.id)!;
      if (s.vmState !== 'active' || s.taskState)
        engine.servers.forceState(admin, id, { vmState: s.vmState, taskState: s.taskState });
      if (s.locked) {
        const ours = lockOwners.get(s.id) === 'novaform';
        engine.servers.action(
          ours ? member : other,
          id,
          'lock',
          s.lockedReason ? { locked_reason: s.lockedReason } : {},
        );
      }
    }
    // The rest of the project's usage, held by stand-ins on a host of their own that then stops taking servers.
    const l = actual.limits;
    const n = limit(l, 'totalInstancesUsed', 0) - seeded.length;
    if (n > 0) {
      const cores = limit(l, 'totalCoresUsed', n) - seeded.reduce((a, s) => a + s.flavor.vcpus, 0);
      const ram = limit(l, 'totalRAMUsed', n) - seeded.reduce((a, s) => a + s.flavor.ram, 0);
      const unit = {
        id: 'simulated-usage-unit',
        name: 'simulated-usage-unit',
        vcpus: 1,
        ram: 1,
        disk: 0,
        ephemeral: 0,
        swap: 0,
        rxtxFactor: 1,
        isPublic: false,
        description: null,
      };
      engine.catalog.createFlavor(admin, unit);
      engine.catalog.createFlavor(admin, {
        ...unit,
        id: 'simulated-usage-rest',
        name: 'simulated-usage-rest',
        vcpus: Math.max(1, cores - (n - 1)),
        ram: Math.max(1, ram - (n - 1)),
      });
      for (let i = 0; i < n; i++) {
        createServer(engine, admin, {
          name: `simulated-usage-${i}`,
          flavorRef: i === n - 1 ? 'simulated-usage-rest' : unit.id,
          imageRef: anyImage,
          networks: 'none',
          availability_zone: USAGE_ZONE,
        });
      }
      engine.tick();
    }
    engine.hosts.set(admin, 'simulated-usage', {
      enabled: false,
      disabledReason: 'stand-ins for usage outside the plan',
    });
    for (const h of actual.hosts ?? [])
      if (!h.enabled || !h.up) engine.hosts.set(admin, h.name, { enabled: h.enabled, up: h.up });
    const q = (k: string) => limit(l, k, -1);
    engine.quotas.set(admin, member.projectId, {
      instances: q('maxTotalInstances'),
      cores: q('maxTotalCores'),
      ram: q('maxTotalRAMSize'),
      key_pairs: q('maxTotalKeypairs'),
      server_groups: q('maxServerGroups'),
      server_group_members: q('maxServerGroupMembers'),
      metadata_items: q('maxServerMeta'),
    });
    notes.push('volume quotas not checked (the compute limits API does not report them)');
    if (!actual.hosts) notes.push('capacity not checked (host capacity needs admin credentials)');
    else
      notes.push(
        'host capacity checked for RAM and disk; vCPUs not checked (the API does not expose allocation ratios)',
      );
  } finally {
    engine.close();
  }
  return { file, ids, notes };
}
