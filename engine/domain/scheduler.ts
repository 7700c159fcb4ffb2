// Glue between the domain and the pure placement pipeline: builds a request from a server's flavor, zone,
// group and hints, runs one decision (timed for the placement benchmark) and claims the chosen host.
import type { FlavorSnapshot, Resources, Server } from '../model/types';
import { schedule, type Decision } from '../placement/schedule';
import type { PlacementRequest } from '../placement/request';
import type { EngineContext } from './context';
import { show } from '../model/show';

export function flavorResources(
  f: Pick<FlavorSnapshot, 'vcpus' | 'ram' | 'disk' | 'ephemeral' | 'swap' | 'extraSpecs'>,
  bootFromVolume: boolean,
): Resources {
  return {
    vcpus: f.vcpus,
    ram: f.ram,
    // A volume-backed server asks placement for no root disk.
    disk: (bootFromVolume ? 0 : f.disk) + f.ephemeral + Math.ceil(f.swap / 1024),
    gpus: Number(gpuSpec(f.extraSpecs) ?? 0) || 0,
  };
}

/** The flavor's GPU count as its extra specs state it (either spelling), if they do. */
function gpuSpec(extraSpecs: Partial<Record<string, string>>): string | undefined {
  return extraSpecs['resources:VGPU'] ?? extraSpecs['pci_passthrough:gpus'];
}

export const isVolumeBacked = (s: Pick<Server, 'imageId' | 'blockDevices'>) =>
  s.blockDevices.some((b) => b.bootIndex === 0 && b.destinationType === 'volume');

/** Host name → number of the group's live members there (excluding one server, e.g. the one moving). */
export function groupMemberHosts(ctx: EngineContext, groupId: string, exclude?: string): Map<string, number> {
  const counts = new Map<string, number>();
  const rows = ctx.store
    .sql(
      'SELECT host, COUNT(*) AS n FROM servers' +
        ' WHERE group_id = ? AND deleted_at IS NULL AND host IS NOT NULL AND id != ? GROUP BY host',
    )
    .all(groupId, exclude ?? '') as { host: string; n: number }[];
  for (const r of rows) counts.set(r.host, r.n);
  return counts;
}

export function hostsOfServers(ctx: EngineContext, ids: readonly string[]): string[] {
  return ids.map((id) => ctx.store.servers.get(id)?.host).filter((h): h is string => !!h);
}

/** The placement request for a server, its group and hints included. */
export function requestFor(
  ctx: EngineContext,
  server: Server,
  resources: Resources,
  extra: Partial<PlacementRequest> = {},
): PlacementRequest {
  const group = server.groupId ? ctx.store.serverGroups.get(server.groupId) : undefined;
  const hints = server.schedulerHints;
  const list = (v: unknown) => (v == null ? [] : Array.isArray(v) ? v.map(String) : [show(v)]);
  return {
    resources,
    az: server.requestedAz,
    group: group
      ? {
          policy: group.policy,
          maxPerHost: group.rules.max_server_per_host ?? 1,
          memberHosts: groupMemberHosts(ctx, group.id, server.id),
        }
      : null,
    // A same_host hint naming servers without a host leaves no candidate at all, as in Nova.
    sameHost: hints.same_host == null ? undefined : hostsOfServers(ctx, list(hints.same_host)),
    differentHost: hostsOfServers(ctx, list(hints.different_host)),
    ...extra,
  };
}

/** One timed scheduling decision; on success the consumer's allocation is claimed on the chosen host. */
export function placeAndClaim(ctx: EngineContext, consumerId: string, req: PlacementRequest): Decision {
  const started = performance.now();
  const decision = schedule(ctx.store.allHosts().values(), req, ctx.settings.weighing);
  ctx.stats.placementMs += performance.now() - started;
  ctx.stats.placementDecisions++;
  if (decision.host) ctx.store.allocate(consumerId, decision.host.name, req.resources);
  return decision;
}
