// Comparing response shapes with Nova's API samples: the structure of keys (recursively), not values.
import fs from 'node:fs';
import path from 'node:path';
import type { Json } from '../../helpers/json';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'nova-api-samples');

export function sample(rel: string): Json {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, rel), 'utf8'));
}

/** Free-form maps whose keys are data, not schema: only their values' shape counts (or nothing). */
const OPAQUE = new Set(['metadata', 'extra_specs', 'properties']);
const MAPS = new Set(['addresses', 'hosts']);

/** A value's shape: objects → their keys with nested shapes; arrays → the shape of their first item. */
export function shape(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.length ? [shape(v[0])] : [];
  if (v && typeof v === 'object') {
    if (OPAQUE.has(key)) return '{map}';
    const entries = Object.entries(v as Record<string, unknown>);
    if (MAPS.has(key)) return { '*': entries.length ? shape(entries[0][1]) : null };
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, shape(x, k)]));
  }
  return v === null ? 'null' : 'value';
}

/** Differences between two shapes (paths that one has and the other lacks); empty arrays match any array. */
export function shapeDiff(ours: unknown, theirs: unknown, at = ''): string[] {
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    return ours.length && theirs.length ? shapeDiff(ours[0], theirs[0], `${at}[]`) : [];
  }
  const isObj = (x: unknown) => !!x && typeof x === 'object' && !Array.isArray(x);
  if (isObj(ours) && isObj(theirs)) {
    const a = ours as Record<string, unknown>,
      b = theirs as Record<string, unknown>;
    const out: string[] = [];
    for (const k of Object.keys(a)) if (!(k in b)) out.push(`extra ${at}${at ? '.' : ''}${k}`);
    for (const k of Object.keys(b)) if (!(k in a)) out.push(`missing ${at}${at ? '.' : ''}${k}`);
    for (const k of Object.keys(a)) if (k in b) out.push(...shapeDiff(a[k], b[k], `${at}${at ? '.' : ''}${k}`));
    return out;
  }
  if (isObj(ours) !== isObj(theirs) || Array.isArray(ours) !== Array.isArray(theirs)) {
    // A null (a nullable field that is empty here or there) or a free-form map matches anything.
    return [ours, theirs].some((x) => x === 'null' || x === '{map}') ? [] : [`type ${at}`];
  }
  return [];
}
