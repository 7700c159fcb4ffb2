// Desired (configuration) against actual (state read from the API) → attribute-level changes, each saying
// whether it forces replacement and why, or is destructive in place. Pure: names are resolved to ids before
// this runs. Optional+computed attributes left unset keep what the cloud chose; blocks are matched by their
// keys where the schema names them; computed attributes never differ.
import type { Block, Change, Field, Fields } from '../schema/dsl';
import { isUnknown, textOf, type Obj } from '../schema/values';
import type { PlannedChange } from './types';
import { isEmpty, normalise, same } from './normalise';
import { formatPath, type Step } from './paths';
import { canonicalJson } from '../client/idempotency';

function strategy(change: Change, root: Obj): Pick<PlannedChange, 'replace' | 'destructive'> {
  if (change.how === 'replace') return { replace: change.reason };
  if (change.how === 'update') {
    const r = change.replaceIf;
    if (r && root[r.field] === r.equals) return { replace: r.reason };
    return change.destructive ? { destructive: change.destructive } : {};
  }
  return {};
}

function kindOf(before: unknown, after: unknown): PlannedChange['kind'] {
  return isEmpty(before) ? 'add' : isEmpty(after) ? 'delete' : 'update';
}

const unset = (v: unknown) => v === undefined || v === null;

/** The item's identity under a keyBy list: the first key it has a value for. */
function itemKey(item: Obj, keys: string[]): string | undefined {
  for (const k of keys) if (!unset(item[k]) && !isUnknown(item[k])) return `${k}=${textOf(item[k])}`;
  return undefined;
}

/** An item reduced to what the user declares (inputs set in config), for set comparison. */
function declared(fields: Fields, item: Obj): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(fields))
    if (f.mode !== 'computed' && !unset(item[name])) out[name] = item[name];
  return out;
}

function diffBlock(f: Block, steps: Step[], actual: unknown, desired: unknown, root: Obj, out: PlannedChange[]): void {
  const here = strategy(f.change, root);
  const path = formatPath(steps);
  if (f.nesting === 'single') {
    if (isEmpty(actual) || isEmpty(desired)) {
      if (!isEmpty(actual) || !isEmpty(desired))
        out.push({ path, kind: kindOf(actual, desired), before: actual ?? null, after: desired ?? null, ...here });
      return;
    }
    diffFields(f.fields, steps, actual as Obj, desired as Obj, root, out);
    return;
  }
  const a = (actual ?? []) as Obj[];
  const d = (desired ?? []) as Obj[];
  if (f.nesting === 'set') {
    const key = (x: Obj) => canonicalJson(declared(f.fields, x));
    const da = new Set(a.map(key)),
      dd = new Set(d.map(key));
    if (da.size !== dd.size || [...dd].some((k) => !da.has(k)))
      out.push({ path, kind: kindOf(a, d), before: a, after: d, ...here });
    return;
  }
  if (typeof f.compare === 'object') {
    const keys = f.compare.keyBy;
    const used = new Set<number>();
    d.forEach((item, i) => {
      const k = itemKey(item, keys);
      // Matched by key when it has one; an item without a usable key matches the same position.
      let j = k
        ? a.findIndex((x, n) => !used.has(n) && keys.some((kk) => `${kk}=${textOf(x[kk])}` === k))
        : used.has(i)
          ? -1
          : i < a.length
            ? i
            : -1;
      if (j >= 0 && used.has(j)) j = -1;
      if (j < 0) {
        out.push({ path: formatPath([...steps, i]), kind: 'add', before: null, after: item, ...here });
        return;
      }
      used.add(j);
      diffFields(f.fields, [...steps, i], a[j], item, root, out);
    });
    a.forEach((item, j) => {
      if (!used.has(j))
        out.push({ path: formatPath([...steps, j]), kind: 'delete', before: item, after: null, ...here });
    });
    return;
  }
  const n = Math.max(a.length, d.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.length) out.push({ path: formatPath([...steps, i]), kind: 'add', before: null, after: d[i], ...here });
    else if (i >= d.length)
      out.push({ path: formatPath([...steps, i]), kind: 'delete', before: a[i], after: null, ...here });
    else diffFields(f.fields, [...steps, i], a[i], d[i], root, out);
  }
}

function diffField(
  name: string,
  f: Field,
  steps: Step[],
  actual: Obj,
  desired: Obj,
  root: Obj,
  out: PlannedChange[],
): void {
  if (f.mode === 'computed' || f.writeOnly || f.compare === 'ignore') return;
  const d = desired[name],
    a = actual[name];
  if (unset(d) && f.mode === 'optional-computed') return; // the cloud's choice stands
  if (f.kind === 'attribute' && !isUnknown(d) && same(a, d, f.compare)) return;
  const at = [...steps, name];
  if (isUnknown(d)) {
    out.push({ path: formatPath(at), kind: 'update', before: a, after: d, ...strategy(f.change, root) });
    return;
  }
  if (f.kind === 'block') {
    diffBlock(f, at, a, d, root, out);
    return;
  }
  const isMap = f.type.type === 'object' && 'patternProperties' in f.type;
  if (isMap && !isEmpty(a) && !isEmpty(d)) {
    const na = (normalise(a, 'stringMap') ?? {}) as Obj,
      nd = (normalise(d, 'stringMap') ?? {}) as Obj;
    for (const k of new Set([...Object.keys(na), ...Object.keys(nd)])) {
      if (na[k] === nd[k]) continue;
      out.push({
        path: formatPath([...at, { key: k }]),
        kind: kindOf(na[k], nd[k]),
        before: na[k] ?? null,
        after: nd[k] ?? null,
        ...strategy(f.change, root),
      });
    }
    return;
  }
  out.push({
    path: formatPath(at),
    kind: kindOf(a, d),
    before: a ?? null,
    after: d ?? null,
    ...strategy(f.change, root),
  });
}

const entries = new WeakMap<Fields, [string, Field][]>();
/** A schema's fields as a list, computed once per schema (plans of many resources walk it constantly). */
export function fieldList(fields: Fields): [string, Field][] {
  let list = entries.get(fields);
  if (!list) {
    list = Object.entries(fields);
    entries.set(fields, list);
  }
  return list;
}

// A list item read from state or configuration may be null.
type Item = Obj | null | undefined;

function diffFields(fields: Fields, steps: Step[], actual: Item, desired: Item, root: Obj, out: PlannedChange[]): void {
  for (const [name, f] of fieldList(fields)) diffField(name, f, steps, actual ?? {}, desired ?? {}, root, out);
}

/** Every change from `actual` to `desired` (desired = configuration with defaults, names resolved). */
export function diffResource(fields: Fields, actual: Obj, desired: Obj): PlannedChange[] {
  const out: PlannedChange[] = [];
  diffFields(fields, [], actual, desired, desired, out);
  return out;
}

/** The field a change's path starts in. */
export const topField = (path: string) => /^[^.[]+/.exec(path)?.[0] ?? path;

/**
 * The read state with every input that equals the prior state's (by its compare strategy) replaced by the
 * prior value itself: `[]` read back for an unset list stays unset, a reordered set keeps its order, so
 * Terraform and Pulumi see no change where there is none.
 */
export function keepPriorForm(fields: Fields, prior: Obj | null | undefined, read: Obj): Obj {
  if (!prior) return read;
  const out: Obj = { ...read };
  for (const [name, f] of Object.entries(fields)) {
    if (f.mode === 'computed' || !(name in prior)) continue;
    if (f.kind === 'attribute' && same(prior[name], read[name], f.compare)) out[name] = prior[name];
    else if (f.kind === 'block' && diffResource({ [name]: f }, read, prior).length === 0) out[name] = prior[name];
  }
  return out;
}
