// Capacity arithmetic shared by placement and the hypervisor views: a provider fits a request when
// used + requested ≤ (total − reserved) × allocation_ratio, per resource class.
import type { Host, Resources } from '../model/types';

export const RESOURCE_CLASSES = ['vcpus', 'ram', 'disk', 'gpus'] as const;
export type ResourceClass = (typeof RESOURCE_CLASSES)[number];

/** What a host can hand out of each resource class, overcommit included (one function per class: this is hot). */
const LIMIT: Record<ResourceClass, (h: Host) => number> = {
  vcpus: (h) => Math.floor((h.total.vcpus - h.reserved.vcpus) * h.ratios.cpu),
  ram: (h) => Math.floor((h.total.ram - h.reserved.ram) * h.ratios.ram),
  disk: (h) => Math.floor((h.total.disk - h.reserved.disk) * h.ratios.disk),
  gpus: (h) => h.total.gpus - h.reserved.gpus,
};

export const limit = (h: Host, k: ResourceClass): number => LIMIT[k](h);

export const freeOf = (h: Host, k: ResourceClass): number => LIMIT[k](h) - h.used[k];

export function capacity(h: Host): Resources {
  return { vcpus: limit(h, 'vcpus'), ram: limit(h, 'ram'), disk: limit(h, 'disk'), gpus: limit(h, 'gpus') };
}

export function free(h: Host): Resources {
  return { vcpus: freeOf(h, 'vcpus'), ram: freeOf(h, 'ram'), disk: freeOf(h, 'disk'), gpus: freeOf(h, 'gpus') };
}

export function fits(h: Host, r: Resources): boolean {
  return (
    h.used.vcpus + r.vcpus <= LIMIT.vcpus(h) &&
    h.used.ram + r.ram <= LIMIT.ram(h) &&
    h.used.disk + r.disk <= LIMIT.disk(h) &&
    h.used.gpus + r.gpus <= LIMIT.gpus(h)
  );
}
