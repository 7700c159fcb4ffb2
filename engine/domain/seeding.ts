// Loads a seed into an empty store: identities, catalogue, networks, hosts, quotas. Runs once per store
// (and again on an explicit reset); ids are stable so documentation and tests can name them.
import { randomUUID } from 'node:crypto';
import { seedAccessKey, stableId, type SeedSpec } from '../model/seed';
import type { Host } from '../model/types';
import type { EngineContext } from './context';
import { poolOf } from './ipam';
import { createPort, defaultSecurityGroup } from './networking';
import { setQuotas } from './quotas';

export function applySeed(ctx: EngineContext, seed: SeedSpec): void {
  const { store } = ctx;
  const now = ctx.clock.now();
  store.tx(() => {
    const projectIds = new Map<string, string>();
    for (const p of seed.projects) {
      const id = p.id ?? stableId('project', p.name);
      projectIds.set(p.name, id);
      store.projects.put({ id, name: p.name, domainId: 'default', description: p.description ?? '', enabled: true });
      defaultSecurityGroup(ctx, id);
    }
    const pid = (name: string) => {
      const id = projectIds.get(name);
      if (!id) throw new Error(`seed: unknown project '${name}'`);
      return id;
    };
    for (const u of seed.users) {
      const id = u.id ?? stableId('user', u.name);
      store.users.put({
        id,
        name: u.name,
        domainId: 'default',
        password: u.password,
        defaultProjectId: pid(u.project),
        roles: { [pid(u.project)]: u.roles },
      });
      const key = seedAccessKey(u.name);
      store.accessKeys.put({ id: key.ak, secret: key.sk, userId: id, projectId: pid(u.project), createdAt: now });
    }
    for (const f of seed.flavors) {
      store.flavors.put({
        ephemeral: 0,
        swap: 0,
        rxtxFactor: 1,
        isPublic: true,
        disabled: false,
        description: null,
        extraSpecs: {},
        ...f,
      });
    }
    for (const i of seed.images) {
      store.images.put({
        id: i.id ?? randomUUID(),
        name: i.name,
        status: 'active',
        visibility: 'public',
        ownerId: null,
        minDisk: i.minDisk ?? 0,
        minRam: i.minRam ?? 0,
        size: i.size ?? 0,
        diskFormat: i.diskFormat ?? 'qcow2',
        containerFormat: 'bare',
        metadata: i.metadata ?? {},
        createdAt: now,
        updatedAt: now,
      });
    }
    const adminProject = seed.projects.find((p) => p.name === 'admin')?.name ?? seed.projects[0].name;
    for (const n of seed.networks) {
      const owner = pid(n.project ?? adminProject);
      const id = n.id ?? randomUUID();
      const subnetIds: string[] = [];
      for (const s of n.subnets) {
        const sid = s.id ?? randomUUID();
        const pool = poolOf(s.cidr);
        store.subnets.put({
          id: sid,
          name: s.name,
          networkId: id,
          projectId: owner,
          cidr: s.cidr,
          ipVersion: 4,
          gatewayIp: s.gateway ?? pool.gateway,
          allocationStart: pool.start,
          allocationEnd: pool.end,
          enableDhcp: true,
          dnsNameservers: [],
          createdAt: now,
        });
        subnetIds.push(sid);
      }
      store.networks.put({
        id,
        name: n.name,
        projectId: owner,
        shared: n.shared ?? true,
        external: n.external ?? false,
        status: 'ACTIVE',
        mtu: 1450,
        subnetIds,
        createdAt: now,
      });
    }
    for (const t of seed.volumeTypes)
      store.volumeTypes.put({
        id: t.id ?? randomUUID(),
        name: t.name,
        description: t.description ?? '',
        isPublic: true,
      });
    for (const zone of seed.availabilityZones) {
      for (let i = 1; i <= zone.hosts; i++) {
        const name = zone.hostNames?.[i - 1] ?? `compute-${zone.name}-${String(i).padStart(2, '0')}`;
        const spec = { ...seed.host, ...zone.host };
        const host: Host = {
          id: stableId('host', name).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
          name,
          az: zone.name,
          total: { ...seed.host.total, ...spec.total },
          reserved: { ...seed.host.reserved, ...spec.reserved },
          ratios: { ...seed.host.ratios, ...spec.ratios },
          enabled: true,
          up: true,
          disabledReason: null,
          used: { vcpus: 0, ram: 0, disk: 0, gpus: 0 },
        };
        store.putHost(host);
      }
    }
    for (const p of seed.ports ?? []) {
      const port = createPort(ctx, { networkId: p.network, projectId: pid(p.project), name: p.name });
      store.ports.delete(port.id);
      store.ports.put({ ...port, id: p.id });
    }
    for (const v of seed.volumes ?? []) {
      store.volumes.put({
        id: v.id,
        name: v.name ?? '',
        description: '',
        projectId: pid(v.project),
        userId: '',
        size: v.size,
        volumeType: v.volumeType ?? '__DEFAULT__',
        availabilityZone: 'nova',
        status: 'available',
        bootable: false,
        imageId: null,
        snapshotId: null,
        metadata: {},
        attachments: [],
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const [alias, target] of Object.entries(seed.aliases ?? {})) {
      const [kind, rest] = target.includes(':')
        ? (target.split(/:(.*)/s) as [string, string])
        : [store.subnets.get(target) ? 'subnet' : 'network', target];
      let resolved = rest;
      if (kind === 'security-group') {
        const [project, name] = rest.split('/');
        resolved = store.securityGroups.where('project_id = ?', [pid(project)]).find((g) => g.name === name)?.id ?? '';
      }
      if (!resolved) throw new Error(`seed: alias ${alias} points at nothing (${target})`);
      store.aliases.put({ id: alias, kind: kind as 'network' | 'subnet' | 'security-group' | 'az', target: resolved });
    }
    if (seed.quotas?.defaults) setQuotas(ctx, 'defaults', seed.quotas.defaults);
    for (const [name, q] of Object.entries(seed.quotas?.projects ?? {})) setQuotas(ctx, pid(name), q);
    store.setMeta('seeded_at', String(now));
  });
}
