// Cinder v3 microversions, negotiated per request from `OpenStack-API-Version: volume 3.N` (absent means 3.0,
// `latest` the maximum), with Cinder's own errors for a malformed or unsupported version. Routes ask for
// behaviour by version, e.g. extending an attached (in-use) volume needs 3.42.
import { EngineError } from '../model/errors';

export const VOLUME_MAX_MINOR = 70;
/** VOLUME_EXTEND_INUSE in cinder/api/microversions.py. */
export const VOLUME_EXTEND_INUSE = 42;

export function negotiateVolume(headers: Record<string, string | string[] | undefined>): number {
  const raw = headers['openstack-api-version'];
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  let requested: string | undefined;
  for (const part of (value ?? '').split(',')) {
    const [service, version] = part.trim().split(/\s+/);
    if (service.toLowerCase() === 'volume' && version) requested = version;
  }
  if (!requested) return 0;
  if (requested.toLowerCase() === 'latest') return VOLUME_MAX_MINOR;
  const m = /^(\d+)\.(\d+)$/.exec(requested.trim());
  if (!m)
    throw new EngineError(
      400,
      'badRequest',
      `API Version String ${requested} is of invalid format. Must be of format MajorNum.MinorNum.`,
    );
  const minor = Number(m[2]);
  if (Number(m[1]) !== 3 || minor > VOLUME_MAX_MINOR)
    throw new EngineError(
      406,
      'HTTPNotAcceptable',
      `Version ${requested} is not supported by the API. Minimum is 3.0 and maximum is 3.${VOLUME_MAX_MINOR}.`,
    );
  return minor;
}
