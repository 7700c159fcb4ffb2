// Capacity arithmetic shared by placement and the hypervisor views: a provider fits a request when
// used + requested ≤ (total − reserved) × allocation_ratio, per resource class.
import type { Host, Resources } from '../model/types';

export const ZERO: Resources = { vcpus: 0, ram: 0, disk: 0, gpus: 0 };

export function capacity(host: Host): Resources {
  return {
    vcpus: Math.floor((host.total.vcpus - host.reserved.vcpus) * host.ratios.cpu),
    ram: Math.floor((host.total.ram - host.reserved.ram) * host.ratios.ram),
    disk: Math.floor((host.total.disk - host.reserved.disk) * host.ratios.disk),
    gpus: host.total.gpus - host.reserved.gpus,
  };
}

export function free(host: Host): Resources {
  const cap = capacity(host);
  return { vcpus: cap.vcpus - host.used.vcpus, ram: cap.ram - host.used.ram, disk: cap.disk - host.used.disk, gpus: cap.gpus - host.used.gpus };
}

export function fits(host: Host, r: Resources): boolean {
  const f = free(host);
  return r.vcpus <= f.vcpus && r.ram <= f.ram && r.disk <= f.disk && r.gpus <= f.gpus;
}

export const add = (a: Resources, b: Resources, sign: 1 | -1 = 1): Resources => ({
  vcpus: a.vcpus + sign * b.vcpus, ram: a.ram + sign * b.ram, disk: a.disk + sign * b.disk, gpus: a.gpus + sign * b.gpus,
});
