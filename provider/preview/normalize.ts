// From a parsed plan entry (raw values plus the plan's own sensitivity and unknown marks) to the model's
// ResourceChange: secrets masked (the plan's marks and the schema's), unknowns marked, attribute-level
// differences, and replacement / destructive reasons taken from the schema where the type is novaform's.
import { isDeepStrictEqual } from 'node:util';
import type { Field, ResourceSchema } from '../schema/dsl';
import { textOf } from '../schema/values';
import {
  SENSITIVE,
  UNKNOWN,
  isSensitive,
  isUnknown,
  joinPath,
  splitPath,
  valueAt,
  type AttrChange,
  type ReplaceReason,
  type ResourceChange,
} from './model';
import { fieldAt, schemaFor } from './schemas';
import type { RawResource } from './raw';

type Steps = (string | number)[];

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const absent = (v: unknown) => v === undefined || v === null;
const hidden = (k: string) => k.startsWith('__');

/**
 * Replaces secrets by SENSITIVE and unknowns by UNKNOWN; `secret` is the schema's verdict on a path. A string
 * equal to a value the plan marks sensitive anywhere is masked too (Terraform does not carry the marks of a
 * sensitive input into computed copies of it, e.g. terraform_data's `output`), and longer strings have such
 * values cut out.
 */
function mask(v: unknown, sens: unknown, unk: unknown, steps: Steps, secret: Secret, known: Secrets): unknown {
  if (unk === true) return UNKNOWN;
  if (isUnknown(v) || isSensitive(v)) return v;
  if (sens === true || (secret !== null && steps.length > 0 && secret(steps))) return absent(v) ? v : SENSITIVE;
  if (typeof v === 'string') return redact(v, known);
  if (Array.isArray(v) || Array.isArray(unk)) {
    const arr = Array.isArray(v) ? v : [];
    const n = Math.max(arr.length, Array.isArray(unk) ? unk.length : 0);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        mask(
          arr[i],
          Array.isArray(sens) ? sens[i] : undefined,
          Array.isArray(unk) ? unk[i] : undefined,
          next(steps, i, secret),
          secret,
          known,
        ),
      );
    }
    return out;
  }
  if (isObj(v) || isObj(unk)) {
    const src = isObj(v) ? v : {};
    const out: Record<string, unknown> = {};
    const keys = new Set(Object.keys(src));
    if (isObj(unk)) for (const [k, u] of Object.entries(unk)) if (u === true) keys.add(k);
    for (const k of keys) {
      if (hidden(k)) continue;
      out[k] = mask(
        src[k],
        isObj(sens) ? sens[k] : undefined,
        isObj(unk) ? unk[k] : undefined,
        next(steps, k, secret),
        secret,
        known,
      );
    }
    return out;
  }
  return v;
}

const hasMark = (t: unknown): boolean =>
  t === true || (t !== null && typeof t === 'object' && Object.values(t).some(hasMark));

/** mask() from the top, skipping the copy when nothing in the value can need it (most resources of a big plan). */
function maskValue(v: unknown, sens: unknown, unk: unknown, secret: Secret, known: Secrets): unknown {
  if (secret === null && !hasMark(sens) && !hasMark(unk)) {
    // JSON.stringify gives undefined for undefined (its declared type says string).
    const text = (JSON.stringify(v) as string | undefined) ?? '';
    let clean = true;
    for (const x of known.exact)
      if (text.includes(x)) {
        clean = false;
        break;
      }
    if (clean) return v;
  }
  return mask(v, sens, unk, [], secret, known);
}

/** Secret strings seen anywhere in a plan; `long` are the ones cut out of longer strings too. */
export interface Secrets {
  exact: Set<string>;
  long: string[];
}
export const newSecrets = (): Secrets => ({ exact: new Set(), long: [] });
/** Shorter secrets are only masked as whole values: cutting "abc" out of every string would mangle the plan. */
const MIN_EMBEDDED = 6;

function redact(s: string, known: Secrets): unknown {
  if (known.exact.has(s)) return SENSITIVE;
  let out = s;
  for (const x of known.long) if (out.includes(x)) out = out.split(x).join('(sensitive)');
  return out;
}

/** Adds every scalar under a sensitive mark (the plan's or the schema's) to `into`. */
export function collectSecrets(v: unknown, sens: unknown, steps: Steps, secret: Secret, into: Secrets): void {
  if (absent(v) || isUnknown(v) || isSensitive(v)) return;
  // Nothing marked below and no schema to ask: no secret here.
  if (secret === null && !hasMark(sens)) return;
  const marked = sens === true || (secret !== null && steps.length > 0 && secret(steps));
  if (marked) {
    addSecret(v, into);
    return;
  }
  if (Array.isArray(v))
    v.forEach((x, i) =>
      collectSecrets(x, Array.isArray(sens) ? sens[i] : undefined, next(steps, i, secret), secret, into),
    );
  else if (isObj(v))
    for (const [k, x] of Object.entries(v))
      collectSecrets(x, isObj(sens) ? sens[k] : undefined, next(steps, k, secret), secret, into);
}

/** Every scalar inside a secret value. */
export function addSecret(v: unknown, into: Secrets): void {
  if (Array.isArray(v)) {
    for (const x of v) addSecret(x, into);
    return;
  }
  if (isObj(v)) {
    for (const x of Object.values(v)) addSecret(x, into);
    return;
  }
  if (v === null || v === undefined || typeof v === 'boolean') return;
  const s = textOf(v);
  if (s === '' || into.exact.has(s)) return;
  into.exact.add(s);
  if (s.length >= MIN_EMBEDDED) into.long.push(s);
}

/** The schema's verdict on a path; null for types without a schema (then paths are not even built). */
export type Secret = ((s: Steps) => boolean) | null;
export const secretPredicate = (schema: ResourceSchema | undefined): Secret =>
  schema ? (s: Steps) => fieldAt(schema, s).sensitive : null;
const NO_STEPS: Steps = [];
const next = (steps: Steps, step: string | number, secret: Secret): Steps =>
  secret === null ? NO_STEPS : [...steps, step];

/** Leaf differences between two masked trees; raw values decide whether two masked secrets differ. */
function diff(bm: unknown, am: unknown, br: unknown, ar: unknown, path: string, out: AttrChange[]): void {
  const kind = absent(bm) ? 'add' : absent(am) ? 'delete' : 'update';
  if (isUnknown(am)) {
    out.push({ path, kind: absent(bm) ? 'add' : 'update', before: bm ?? undefined, after: UNKNOWN });
    return;
  }
  if (isSensitive(bm) || isSensitive(am) || isUnknown(bm)) {
    if (absent(bm) && absent(am)) return;
    if (!isUnknown(bm) && isDeepStrictEqual(br, ar)) return;
    out.push({ path, kind, before: bm ?? undefined, after: am ?? undefined });
    return;
  }
  const bObj = isObj(bm) || absent(bm),
    aObj = isObj(am) || absent(am);
  if (bObj && aObj && (isObj(bm) || isObj(am))) {
    const b = bm ?? {},
      a = am ?? {};
    const rb = isObj(br) ? br : {},
      ra = isObj(ar) ? ar : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    for (const k of keys) diff(b[k], a[k], rb[k], ra[k], joinPath(path, k), out);
    return;
  }
  const bArr = Array.isArray(bm) || absent(bm),
    aArr = Array.isArray(am) || absent(am);
  if (bArr && aArr && (Array.isArray(bm) || Array.isArray(am))) {
    const b = (bm ?? []) as unknown[],
      a = (am ?? []) as unknown[];
    const rb = Array.isArray(br) ? br : [],
      ra = Array.isArray(ar) ? ar : [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) diff(b[i], a[i], rb[i], ra[i], joinPath(path, i), out);
    return;
  }
  if (bm === am || (absent(bm) && absent(am))) return;
  if (isDeepStrictEqual(bm, am)) return;
  out.push({ path, kind, before: bm ?? undefined, after: am ?? undefined });
}

/** `a` is `b` or lies inside it (or the other way round): `network[0].uuid` vs `network`. */
function related(a: string, b: string): boolean {
  const inside = (x: string, y: string) => x === y || (x.startsWith(y) && (x[y.length] === '.' || x[y.length] === '['));
  return inside(a, b) || inside(b, a);
}

/** The replacement reason the schema gives for a changed field, if the change replaces. */
function schemaReplaceReason(f: Field | undefined, after: Record<string, unknown> | null): string | undefined {
  if (!f) return undefined;
  if (f.change.how === 'replace') return f.change.reason;
  if (
    f.change.how === 'update' &&
    f.change.replaceIf &&
    after &&
    isDeepStrictEqual(after[f.change.replaceIf.field], f.change.replaceIf.equals)
  ) {
    return f.change.replaceIf.reason;
  }
  return undefined;
}

/** One entry per reason: paths changed by the same operation (`image_id`, `image_name`) are listed together. */
function byReason(xs: ReplaceReason[]): ReplaceReason[] {
  const out = new Map<string, string[]>();
  for (const x of xs) {
    const paths = out.get(x.reason) ?? [];
    if (!paths.includes(x.path)) paths.push(x.path);
    out.set(x.reason, paths);
  }
  return [...out].map(([reason, paths]) => ({ path: paths.filter(Boolean).join(', '), reason }));
}

/** Normalizes one resource; `known` holds every secret value of the whole plan (see collectSecrets). */
export function normalize(
  raw: RawResource,
  schemas: readonly ResourceSchema[],
  known: Secrets = newSecrets(),
): ResourceChange {
  const schema = schemaFor(raw.type, schemas);
  const secret = secretPredicate(schema);
  const before = maskValue(raw.before, raw.beforeSensitive, undefined, secret, known);
  const after = maskValue(raw.after, raw.afterSensitive, raw.afterUnknown, secret, known);
  const prior = raw.prior === undefined ? before : maskValue(raw.prior, raw.beforeSensitive, undefined, secret, known);
  const changes: AttrChange[] = [];
  if (raw.action !== 'noop' && raw.action !== 'read') {
    diff(
      raw.action === 'create' ? null : before,
      raw.action === 'delete' ? null : after,
      raw.before,
      raw.after,
      '',
      changes,
    );
  }
  // Changes the plan reports but the masked values cannot show (a secret on both sides changed).
  for (const p of raw.changedPaths ?? []) {
    if (changes.some((c) => related(c.path, p))) continue;
    const steps = splitPath(p);
    const b = valueAt(before, steps),
      a = valueAt(after, steps);
    if (absent(b) && absent(a)) continue;
    changes.push({
      path: p,
      kind: absent(b) ? 'add' : absent(a) ? 'delete' : 'update',
      before: b ?? undefined,
      after: a ?? undefined,
    });
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const afterObj = isObj(after) ? after : null;
  const replaceReasons: ReplaceReason[] = [];
  const destructive: ReplaceReason[] = [];
  if (raw.action === 'replace') {
    for (const c of changes) {
      const fromSchema = schema ? schemaReplaceReason(fieldAt(schema, splitPath(c.path)).field, afterObj) : undefined;
      const byPlan = raw.replacePaths.some((p) => related(c.path, p));
      if (fromSchema || byPlan) {
        c.forcesReplacement = true;
        replaceReasons.push({ path: c.path, reason: fromSchema ?? raw.planReason ?? 'cannot be updated in place' });
      }
    }
    // Replace paths with no visible change (a sensitive or unknown value): still named.
    for (const p of raw.replacePaths) {
      if (!replaceReasons.some((r) => related(r.path, p)))
        replaceReasons.push({ path: p, reason: raw.planReason ?? 'cannot be updated in place' });
    }
    if (replaceReasons.length === 0) replaceReasons.push({ path: '', reason: raw.planReason ?? 'replacement planned' });
  } else if (raw.action === 'update' && schema) {
    for (const c of changes) {
      const f = fieldAt(schema, splitPath(c.path)).field;
      if (f?.change.how === 'update' && f.change.destructive)
        destructive.push({ path: c.path, reason: `${f.change.op}: ${f.change.destructive}` });
    }
  }
  return {
    id: raw.id,
    address: raw.address,
    type: raw.type,
    name: raw.name,
    action: raw.action,
    replaceOrder: raw.replaceOrder,
    changes,
    replaceReasons: byReason(replaceReasons),
    destructive: byReason(destructive),
    dependsOn: raw.dependsOn,
    before: isObj(before) ? before : null,
    after: afterObj,
    prior: isObj(prior) ? prior : null,
    notes: raw.notes,
    novaform: schema !== undefined,
  };
}
