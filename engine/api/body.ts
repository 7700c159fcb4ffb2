// Request-body checks in Nova's words (nova/api/validation): the wrapper object, required and unknown
// properties per microversion. The domain validates values; this only checks the body's shape.
import { BadRequest } from '../model/errors';
import { show } from '../model/show';
import type { Microversion } from './microversion';

export const invalid = (field: string, value: unknown, rule: string) =>
  new BadRequest(`Invalid input for field/attribute ${field}. Value: ${show(value)}. ${rule}`, field);

/** The object under `key` of a `{key: {...}}` body (Nova: "None is not of type 'object'"). */
export function wrapped(body: unknown, key: string, { nullable = false } = {}): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalid(key, body, `${show(body)} is not of type 'object'`);
  if (!(key in body)) throw invalid(key, body, `'${key}' is a required property`);
  const inner = (body as Record<string, unknown>)[key];
  if (inner === null && nullable) return {};
  if (!inner || typeof inner !== 'object' || Array.isArray(inner))
    throw invalid(key, inner, `${show(inner)} is not of type 'object'`);
  return inner as Record<string, unknown>;
}

/** A property allowed only within a microversion range. */
export type Allowed = string | [name: string, fromMinor: number, untilMinor?: number];

/**
 * Rejects properties the requested microversion does not know (400 "Additional properties are not
 * allowed"), or — on the lenient legacy /v2 paths — drops them silently.
 */
export function onlyKnown(
  obj: Record<string, unknown>,
  field: string,
  allowed: Allowed[],
  mv: Microversion,
): Record<string, unknown> {
  const known = new Set(
    allowed
      .filter((a) => typeof a === 'string' || (mv.atLeast(2, a[1]) && (a[2] === undefined || mv.below(2, a[2]))))
      .map((a) => (typeof a === 'string' ? a : a[0])),
  );
  const unknown = Object.keys(obj).filter((k) => !known.has(k));
  if (!unknown.length) return obj;
  if (mv.legacy) return Object.fromEntries(Object.entries(obj).filter(([k]) => known.has(k)));
  const quotedNames = unknown.map((k) => `'${k}'`).join(', ');
  const verb = unknown.length > 1 ? 'were' : 'was';
  throw invalid(field, obj, `Additional properties are not allowed (${quotedNames} ${verb} unexpected)`);
}

export function required(obj: Record<string, unknown>, field: string, names: string[]): void {
  for (const n of names) if (!(n in obj)) throw invalid(field, obj, `'${n}' is a required property`);
}

/** Nova's strict boolean query values (`all_tenants`, `locked`, …); an empty string counts as true where noted. */
export function queryBool(value: string, name: string, { emptyIsTrue = false } = {}): boolean {
  const v = value.toLowerCase();
  if (v === '' && emptyIsTrue) return true;
  if (['1', 't', 'true', 'on', 'y', 'yes'].includes(v)) return true;
  if (['0', 'f', 'false', 'off', 'n', 'no'].includes(v)) return false;
  const acceptable = "'0', '1', 'f', 'false', 'n', 'no', 'off', 'on', 't', 'true', 'y', 'yes'";
  throw new BadRequest(
    `Invalid input for query parameters ${name}. Value: ${value}. ` +
      `Unrecognized value '${value}', acceptable values are: ${acceptable}`,
    name,
  );
}
