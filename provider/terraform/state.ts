// How core values become the objects Terraform's rules accept. Terraform checks that a planned value equals
// the configuration wherever the attribute is not computed, that an apply reproduces every known planned
// value, and that write-only attributes are never planned or stored; these functions make every response
// obey that, generically from the field definitions.
import { isEmpty } from '../diff/normalise';
import type { Field, Fields } from '../schema/dsl';
import { containsUnknown, fieldOf, isUnknown, textOf, UNKNOWN, type Obj } from '../schema/values';
import { isTfComputed } from './schema';

const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v);
const unset = (v: unknown) => v === undefined || v === null;

/** Terraform values → what the core takes: adapter-owned fields removed, absent blocks ([]) dropped. */
export function forCore(fields: Fields, v: Obj, adapterOwned: string[] = []): Obj {
  const out: Obj = {};
  for (const [name, x] of Object.entries(v)) {
    const f = fieldOf(fields, name);
    if (adapterOwned.includes(name) || unset(x)) continue;
    if (!f || f.kind !== 'block' || isUnknown(x)) {
      out[name] = x;
      continue;
    }
    if (f.nesting === 'single') {
      out[name] = isObj(x) ? forCore(f.fields, x) : x;
      continue;
    }
    const items = x as unknown[];
    if (items.length) out[name] = items.map((i) => (isObj(i) ? forCore(f.fields, i) : i));
  }
  return out;
}

function each(f: Field & { kind: 'block' }, config: unknown, fn: (fields: Fields, c: Obj, i: number) => Obj): unknown {
  if (f.nesting === 'single') return isObj(config) ? fn(f.fields, config, 0) : (config ?? null);
  return Array.isArray(config)
    ? (config as unknown[]).map((c, i) => (isObj(c) ? fn(f.fields, c, i) : c))
    : (config ?? null);
}

const at = (v: unknown, name: string, i?: number): unknown => {
  const x = isObj(v) ? v[name] : undefined;
  return i === undefined ? x : Array.isArray(x) ? x[i] : undefined;
};

/**
 * The planned state Terraform receives: the configuration for every non-computed attribute, and for computed
 * ones the configured value when set, else the core's plan, else the prior value (unknown on a create).
 */
export function plannedFor(fields: Fields, config: Obj, corePlanned: Obj, prior: Obj | null): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(fields)) {
    const c = config[name];
    if (f.writeOnly) out[name] = null;
    else if (f.kind === 'block' && f.mode !== 'computed') {
      out[name] = each(f, c, (ff, item, i) =>
        plannedFor(
          ff,
          item,
          asObj(f.nesting === 'single' ? at(corePlanned, name) : at(corePlanned, name, i)),
          prior ? asObjOrNull(f.nesting === 'single' ? at(prior, name) : at(prior, name, i)) : null,
        ),
      );
    } else if (!isTfComputed(f) || !unset(c)) out[name] = c ?? null;
    else if (corePlanned[name] !== undefined) out[name] = corePlanned[name];
    else out[name] = prior ? (prior[name] ?? null) : UNKNOWN;
  }
  return out;
}

const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
const asObjOrNull = (v: unknown): Obj | null => (isObj(v) ? v : null);

/** Unknowns (anywhere) replaced by null: a state Terraform stores must be wholly known. */
export function known(v: unknown): unknown {
  if (isUnknown(v)) return null;
  if (Array.isArray(v)) return v.map(known);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, known(x)]));
  return v;
}

/**
 * The state after an apply: every known planned value as planned (Terraform rejects anything else), the
 * core's result where the plan left a value unknown, write-only attributes null.
 */
export function appliedState(fields: Fields, planned: Obj, actual: Obj): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(fields)) {
    const p = planned[name];
    if (f.writeOnly) out[name] = null;
    else if (f.kind === 'block' && f.mode !== 'computed' && !isUnknown(p)) {
      out[name] = each(f, p, (ff, item, i) =>
        appliedState(ff, item, asObj(f.nesting === 'single' ? at(actual, name) : at(actual, name, i))),
      );
    } else if (!containsUnknown(p)) out[name] = p ?? null;
    else out[name] = known(actual[name] ?? p ?? null);
  }
  return out;
}

/** A refreshed state: what the core read, with what it did not report (local settings) kept from before. */
export function refreshedState(fields: Fields, prior: Obj, actual: Obj): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(fields)) {
    if (f.writeOnly) {
      out[name] = null;
      continue;
    }
    const a = actual[name];
    const p = prior[name];
    if (a === undefined || f.compare === 'ignore') {
      out[name] = p ?? null;
      continue;
    }
    // The core holds an empty map or list and an unset one as the same; Terraform would plan `{} -> null`.
    if (!isTfComputed(f) && isEmpty(a) && isEmpty(p)) {
      out[name] = p ?? null;
      continue;
    }
    if (f.kind === 'block' && typeof f.compare === 'object' && Array.isArray(a) && Array.isArray(p)) {
      out[name] = inPriorOrder(a, p, f.compare.keyBy);
      continue;
    }
    out[name] = a;
  }
  return out;
}

/** Items of a keyed block in the order the prior state had them, so Terraform sees no reordering as drift. */
function inPriorOrder(actual: unknown[], prior: unknown[], keys: string[]): unknown[] {
  const keyOf = (x: unknown) =>
    isObj(x) ? keys.map((k) => (unset(x[k]) ? '' : `${k}=${textOf(x[k])}`)).find(Boolean) : undefined;
  const rank = new Map<string, number>();
  prior.forEach((x, i) => {
    const k = keyOf(x);
    if (k && !rank.has(k)) rank.set(k, i);
  });
  return actual
    .map((x, i) => ({ x, r: rank.get(keyOf(x) ?? '') ?? prior.length + i }))
    .sort((a, b) => a.r - b.r)
    .map((e) => e.x);
}

/** A data source's result: configured filters as configured, the rest as read. */
export function dataState(fields: Fields, config: Obj, actual: Obj): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(fields))
    out[name] = f.writeOnly ? null : !unset(config[name]) ? config[name] : (actual[name] ?? null);
  return out;
}
