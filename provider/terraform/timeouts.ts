// The `timeouts` block: Go-style durations ("30m", "1h30m", "90s") as Terraform users write them, turned
// into ApplyOptions.timeoutMs for the core's waits.
import type { Obj } from '../schema/values';

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;

/** Milliseconds of a duration string, or undefined when it is not one. */
export function parseDuration(s: string): number | undefined {
  if (!DURATION.test(s)) return undefined;
  let ms = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(m[1]) * UNIT_MS[m[2]];
  return Math.round(ms);
}

export type Operation = 'create' | 'update' | 'delete';

/** Problems with a timeouts block, as [path, message]. */
export function timeoutErrors(timeouts: unknown): { path: string; message: string }[] {
  if (!timeouts || typeof timeouts !== 'object') return [];
  return Object.entries(timeouts as Obj)
    .filter(([, v]) => typeof v === 'string' && parseDuration(v) === undefined)
    .map(([k]) => ({ path: `timeouts.${k}`, message: 'must be a duration such as "30m", "1h30m" or "90s"' }));
}

/** The configured limit for an operation (ms), or undefined for the schema's default. */
export function timeoutMs(state: Obj | null | undefined, op: Operation): number | undefined {
  const v = (state?.timeouts as Obj | undefined)?.[op];
  return typeof v === 'string' ? parseDuration(v) : undefined;
}
