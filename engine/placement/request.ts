import type { GroupPolicy, Resources } from '../model/types';

/** What one scheduling decision needs to know: the consumer's resources and the constraints on where it may go. */
export interface PlacementRequest {
  resources: Resources;
  /** Requested availability zone. */
  az?: string | null;
  /** Admin-forced host (`az:host` or `host`): bypasses the filters, not the capacity check. */
  forcedHost?: string | null;
  /** Server-group policy with the number of members already on each host name. */
  group?: { policy: GroupPolicy; maxPerHost: number; memberHosts: ReadonlyMap<string, number> } | null;
  /** `same_host` / `different_host` hints, resolved to host names. */
  sameHost?: readonly string[];
  differentHost?: readonly string[];
  /** Hosts the consumer must leave (resize to another host, migrate). */
  ignoreHosts?: readonly string[];
}

export type Weighing = 'spread' | 'pack';
