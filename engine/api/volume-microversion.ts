// Cinder v3 microversions, negotiated per request from `OpenStack-API-Version: volume 3.N` (absent means 3.0,
// `latest` the maximum), with Cinder's own errors for a malformed or unsupported version. Routes ask for
// behaviour by version, e.g. extending an attached (in-use) volume needs 3.42.
import { minorWithin, requestedFor } from './microversion';

export const VOLUME_MAX_MINOR = 70;
/** VOLUME_EXTEND_INUSE in cinder/api/microversions.py. */
export const VOLUME_EXTEND_INUSE = 42;

export function negotiateVolume(headers: Record<string, string | string[] | undefined>): number {
  const requested = requestedFor(headers, 'volume');
  return requested ? minorWithin(requested, 3, 0, VOLUME_MAX_MINOR) : 0;
}
