// Nova's weighers that matter here: free RAM (spread, or pack with a negative multiplier) and the soft
// server-group policies. Each weight is normalised to 0..1 over the candidates, then multiplied and summed.
import type { Host } from '../model/types';
import { freeOf } from './capacity';
import type { PlacementRequest, Weighing } from './request';

export interface HostWeigher {
  name: string;
  multiplier(req: PlacementRequest, mode: Weighing): number;
  weigh(host: Host, req: PlacementRequest): number;
}

const members = (h: Host, r: PlacementRequest) => r.group?.memberHosts.get(h.name) ?? 0;

export const WEIGHERS: readonly HostWeigher[] = [
  { name: 'RAMWeigher', multiplier: (_r, mode) => (mode === 'pack' ? -1 : 1), weigh: (h) => freeOf(h, 'ram') },
  { name: 'CPUWeigher', multiplier: (_r, mode) => (mode === 'pack' ? -1 : 1), weigh: (h) => freeOf(h, 'vcpus') },
  {
    name: 'ServerGroupSoftAffinityWeigher',
    multiplier: (r) => (r.group?.policy === 'soft-affinity' ? 1 : 0),
    weigh: members,
  },
  {
    name: 'ServerGroupSoftAntiAffinityWeigher',
    multiplier: (r) => (r.group?.policy === 'soft-anti-affinity' ? 1 : 0),
    weigh: (h, r) => -members(h, r),
  },
];
