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

type Headers = Record<string, string | string[] | undefined>;

const lastOf = (h: string | string[] | undefined) => (Array.isArray(h) ? h[h.length - 1] : h);

/** The version `OpenStack-API-Version` asks of one service ("compute 2.47, volume 3.42"; others ignored). */
export function requestedFor(headers: Headers, service: string): string | undefined {
  let requested: string | undefined;
  for (const part of (lastOf(headers['openstack-api-version']) ?? '').split(',')) {
    const [name, version] = part.trim().split(/\s+/);
    if (name.toLowerCase() === service && version) requested = version;
  }
  return requested;
}

/**
 * The minor version of `requested` within `major.min`–`major.max` (`latest` is the maximum), with the services'
 * own errors: 400 for a malformed string, 406 outside the range.
 */
export function minorWithin(requested: string, major: number, min: number, max: number): number {
  if (requested.toLowerCase() === 'latest') return max;
  const m = /^(\d+)\.(\d+)$/.exec(requested.trim());
  if (!m)
    throw new EngineError(
      400,
      'badRequest',
      `API Version String ${requested} is of invalid format. Must be of format MajorNum.MinorNum.`,
    );
  const minor = Number(m[2]);
  if (Number(m[1]) !== major || minor < min || minor > max)
    throw new EngineError(
      406,
      'HTTPNotAcceptable',
      `Version ${requested} is not supported by the API. Minimum is ${major}.${min} and maximum is ${major}.${max}.`,
    );
  return minor;
}

export function negotiate(headers: Headers): Microversion {
  const requested = requestedFor(headers, 'compute') ?? lastOf(headers['x-openstack-nova-api-version']);
  return new Microversion(requested ? minorWithin(requested, 2, MIN_MINOR, MAX_MINOR) : MIN_MINOR);
}
