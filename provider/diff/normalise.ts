// Normalising values before they are compared, per the attribute's `compare` strategy, so nothing drifts
// falsely: sets ignore order, metadata values compare as strings, hints never differ, user data compares by
// digest, and "unset" looks the same whether it is null, undefined, '' or an empty collection.
import { createHash } from 'node:crypto';
import type { Compare } from '../schema/dsl';
import { canonicalJson } from '../client/idempotency';

export const isEmpty = (v: unknown) =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

/** SHA-1 hex of user data (what state may keep instead of the data itself, as terraform-provider-openstack does). */
export const digest = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{40}$/.test(v) ? v : createHash('sha1').update(String(v)).digest('hex'));

export function normalise(v: unknown, how: Compare): unknown {
  if (isEmpty(v)) return null;
  switch (how) {
    case 'set': return [...new Set((v as unknown[]).map((x) => canonicalJson(x)))].sort();
    case 'stringMap': return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, String(x)]).sort(([a], [b]) => (a < b ? -1 : 1)));
    case 'hash': return digest(v);
    case 'ignore': return null;
    default: return v;
  }
}

export const same = (a: unknown, b: unknown, how: Compare) => canonicalJson(normalise(a, how)) === canonicalJson(normalise(b, how));
