// The scheduling pipeline as data: prefilters and the placement capacity query, then Nova's host filters.
// Each entry says when it applies and whether a host passes; the order is Nova's.
import type { Host } from '../model/types';
import { fits } from './capacity';
import type { PlacementRequest } from './request';

export interface HostFilter {
  name: string;
  /**
   * 'placement': part of the allocation-candidates query (an empty result has no reason text); 'filter': a
   * scheduler filter.
   */
  stage: 'placement' | 'filter';
  applies(req: PlacementRequest): boolean;
  passes(host: Host, req: PlacementRequest): boolean;
}

export const FILTERS: readonly HostFilter[] = [
  { name: 'AvailabilityZonePrefilter', stage: 'placement', applies: (r) => !!r.az, passes: (h, r) => h.az === r.az },
  { name: 'ComputeDisabledPrefilter', stage: 'placement', applies: () => true, passes: (h) => h.enabled },
  { name: 'ForcedHost', stage: 'placement', applies: (r) => !!r.forcedHost, passes: (h, r) => h.name === r.forcedHost },
  {
    name: 'IgnoreHosts',
    stage: 'placement',
    applies: (r) => !!r.ignoreHosts?.length,
    passes: (h, r) => !r.ignoreHosts!.includes(h.name),
  },
  { name: 'Capacity', stage: 'placement', applies: () => true, passes: (h, r) => fits(h, r.resources) },
  // A forced host skips the scheduler filters (nova: "force_hosts" bypasses them), but not placement.
  { name: 'ComputeFilter', stage: 'filter', applies: (r) => !r.forcedHost, passes: (h) => h.up },
  {
    name: 'ServerGroupAntiAffinityFilter',
    stage: 'filter',
    applies: (r) => r.group?.policy === 'anti-affinity' && !r.forcedHost,
    passes: (h, r) => (r.group!.memberHosts.get(h.name) ?? 0) < r.group!.maxPerHost,
  },
  {
    name: 'ServerGroupAffinityFilter',
    stage: 'filter',
    applies: (r) => r.group?.policy === 'affinity' && r.group.memberHosts.size > 0 && !r.forcedHost,
    passes: (h, r) => r.group!.memberHosts.has(h.name),
  },
  {
    name: 'SameHostFilter',
    stage: 'filter',
    applies: (r) => r.sameHost !== undefined,
    passes: (h, r) => r.sameHost!.includes(h.name),
  },
  {
    name: 'DifferentHostFilter',
    stage: 'filter',
    applies: (r) => !!r.differentHost?.length,
    passes: (h, r) => !r.differentHost!.includes(h.name),
  },
];
