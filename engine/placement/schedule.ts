// One scheduling decision: run the filters, weigh the survivors, return the best host or the reason
// Nova would record in the NoValidHost fault.
import type { Host } from '../model/types';
import { FILTERS } from './filters';
import type { PlacementRequest, Weighing } from './request';
import { WEIGHERS } from './weighers';

export type Decision = { host: Host } | { host: null; reason: string };

export const NO_CANDIDATES = 'No valid host was found. ';
export const NOT_ENOUGH_HOSTS = 'No valid host was found. There are not enough hosts available.';

export function schedule(hosts: Iterable<Host>, req: PlacementRequest, mode: Weighing = 'spread'): Decision {
  const active = FILTERS.filter((f) => f.applies(req));
  const placementFilters = active.filter((f) => f.stage === 'placement');
  const hostFilters = active.filter((f) => f.stage === 'filter');
  let placed = 0;
  const survivors: Host[] = [];
  // Plain loops: this runs for every host on every decision (the benchmark's hot path).
  hosts: for (const h of hosts) {
    for (let i = 0; i < placementFilters.length; i++) if (!placementFilters[i].passes(h, req)) continue hosts;
    placed++;
    for (let i = 0; i < hostFilters.length; i++) if (!hostFilters[i].passes(h, req)) continue hosts;
    survivors.push(h);
  }
  if (!survivors.length) return { host: null, reason: placed ? NOT_ENOUGH_HOSTS : NO_CANDIDATES };
  return { host: best(survivors, req, mode) };
}

function best(hosts: Host[], req: PlacementRequest, mode: Weighing): Host {
  if (hosts.length === 1) return hosts[0];
  const totals = new Float64Array(hosts.length);
  const raw = new Float64Array(hosts.length);
  for (const w of WEIGHERS) {
    const m = w.multiplier(req, mode);
    if (!m) continue;
    let lo = Infinity,
      hi = -Infinity;
    for (let i = 0; i < hosts.length; i++) {
      const v = (raw[i] = w.weigh(hosts[i], req));
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const span = hi - lo;
    if (!span) continue;
    for (let i = 0; i < raw.length; i++) totals[i] += m * ((raw[i] - lo) / span);
  }
  let bestIdx = 0;
  // Ties go to the first host in name order, which keeps decisions deterministic.
  for (let i = 1; i < hosts.length; i++) if (totals[i] > totals[bestIdx]) bestIdx = i;
  return hosts[bestIdx];
}
