// Normalising values before they are compared, per the attribute's `compare` strategy, so nothing drifts
// falsely: sets ignore order, metadata values compare as strings, hints never differ, user data compares by
// digest, and "unset" looks the same whether it is null, undefined, '' or an empty collection.
import { createHash } from 'node:crypto';
import type { Compare } from '../schema/dsl';
import { canonicalJson } from '../client/idempotency';
import { userDataToSend } from '../schema/user-data';

export const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const isDigest = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{40}$/.test(v);

/**
 * SHA-1 hex of user data as it is sent (base64, encoded once), so plain text and its base64 spelling have
 * one digest. A digest already (what terraform-provider-openstack keeps in state) stays as it is.
 */
export const digest = (v: unknown) => (isDigest(v) ? v : sha1(userDataToSend(String(v))));

/** Equal user data: the same once-encoded form, or a kept digest of either spelling (sent or as written). */
function sameUserData(a: unknown, b: unknown): boolean {
  if (isDigest(a) && isDigest(b)) return a === b;
  if (isDigest(a) || isDigest(b)) {
    const [kept, raw] = isDigest(a) ? [a, String(b)] : [b as string, String(a)];
    return kept === digest(raw) || kept === sha1(raw);
  }
  return userDataToSend(String(a)) === userDataToSend(String(b));
}

/** The zone of "zone", "zone:host" or "zone:host:node" (an admin's forced host). */
const zoneOf = (v: unknown) => String(v).split(':')[0];

export function normalise(v: unknown, how: Compare): unknown {
  if (isEmpty(v)) return null;
  switch (how) {
    case 'set':
      return [...new Set((v as unknown[]).map((x) => canonicalJson(x)))].sort();
    case 'stringMap':
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .map(([k, x]) => [k, String(x)])
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    case 'hash':
      return digest(v);
    case 'zone':
      return zoneOf(v);
    case 'ignore':
      return null;
    case 'exact':
    default:
      return v;
  }
}

const scalar = (v: unknown) => v === null || v === undefined || typeof v !== 'object';

/** Structural equality of JSON-like values, with unset (null, undefined, empty) equal to unset. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (scalar(a) || scalar(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    return a.length === y.length && a.every((x, i) => deepEqual(x, y[i]));
  }
  const x = a as Record<string, unknown>,
    y = b as Record<string, unknown>;
  for (const k in x) if (!deepEqual(x[k], y[k])) return false;
  for (const k in y) if (!(k in x) && !isEmpty(y[k])) return false;
  return true;
}

function sameSet(a: unknown[], b: unknown[]): boolean {
  if (a.every((x) => typeof x === 'string') && b.every((x) => typeof x === 'string')) {
    const x = new Set(a),
      y = new Set(b);
    return x.size === y.size && [...x].every((v) => y.has(v));
  }
  return canonicalJson(normalise(a, 'set')) === canonicalJson(normalise(b, 'set'));
}

function sameStringMap(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a),
    kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && String(a[k]) === String(b[k]));
}

/** Equal under `how`, without serialising in the common cases (the hot path of a large plan). */
export function same(a: unknown, b: unknown, how: Compare): boolean {
  if (a === b) return true;
  if (how === 'ignore') return true;
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  switch (how) {
    case 'set':
      return Array.isArray(a) && Array.isArray(b) ? sameSet(a, b) : false;
    case 'stringMap':
      return sameStringMap(a as Record<string, unknown>, b as Record<string, unknown>);
    case 'hash':
      return sameUserData(a, b);
    case 'zone':
      return zoneOf(a) === zoneOf(b);
    case 'exact':
    default:
      return deepEqual(a, b);
  }
}
