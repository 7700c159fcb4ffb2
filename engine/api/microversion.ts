// Compute API microversions: negotiated once per request from `OpenStack-API-Version: compute 2.N` (wins)
// or `X-OpenStack-Nova-API-Version`; absent means 2.1, `latest` the maximum. Views and schemas then ask
// `mv.atLeast(2, 47)` and never parse headers themselves.
import { EngineError } from '../model/errors';

export const MIN_MINOR = 1;
/** Highest microversion whose request and response shapes this engine implements. */
export const MAX_MINOR = 96;

export class Microversion {
  constructor(
    readonly minor: number,
    readonly legacy = false,
  ) {}
  atLeast(major: 2, minor: number): boolean {
    return !this.legacy && this.minor >= minor;
  }
  below(major: 2, minor: number): boolean {
    return !this.atLeast(major, minor);
  }
  toString(): string {
    return `2.${this.minor}`;
  }
}

export const LEGACY_V2 = new Microversion(1, true);

export function negotiate(headers: Record<string, string | string[] | undefined>): Microversion {
  const pick = (h: string | string[] | undefined) => (Array.isArray(h) ? h[h.length - 1] : h);
  let requested: string | undefined;
  const modern = pick(headers['openstack-api-version']);
  if (modern) {
    // "compute 2.47" (other services named here are ignored)
    for (const part of modern.split(',')) {
      const [service, version] = part.trim().split(/\s+/);
      if (service.toLowerCase() === 'compute' && version) requested = version;
    }
  }
  requested ??= pick(headers['x-openstack-nova-api-version']);
  if (!requested) return new Microversion(MIN_MINOR);
  if (requested.toLowerCase() === 'latest') return new Microversion(MAX_MINOR);
  const m = /^(\d+)\.(\d+)$/.exec(requested.trim());
  if (!m)
    throw new EngineError(
      400,
      'badRequest',
      `API Version String ${requested} is of invalid format. Must be of format MajorNum.MinorNum.`,
    );
  const major = Number(m[1]),
    minor = Number(m[2]);
  if (major !== 2 || minor < MIN_MINOR || minor > MAX_MINOR) {
    throw new EngineError(
      406,
      'HTTPNotAcceptable',
      `Version ${requested} is not supported by the API. Minimum is 2.${MIN_MINOR} and maximum is 2.${MAX_MINOR}.`,
    );
  }
  return new Microversion(minor);
}
