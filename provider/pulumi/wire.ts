// Values between the Pulumi wire (google.protobuf.Struct, camelCase names, secret and unknown sentinels) and
// the core (plain objects keyed by Terraform names, the UNKNOWN symbol). The walk follows the model's type
// tree, so nested blocks translate like top-level ones and nothing here knows any particular resource.
// Secrets are unwrapped on the way in and their paths remembered, so they are wrapped again on the way out;
// schema-sensitive values are always wrapped.
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { UNKNOWN, isUnknown, type Obj } from '../schema/values';
import type { PProp, PType } from './model';

export const SIG_KEY = '4dabf18193072939515e22adb298388d';
export const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
export const RESOURCE_SIG = '5cf8f73096256a8f31e491e813e4eb8e';
/** Unknown sentinels; the string one also stands for "unknown of any type". */
export const UNKNOWN_VALUE = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const UNKNOWNS = new Set([
  UNKNOWN_VALUE,
  '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7',
  '3eeb2bf0-c639-47a8-9e75-3b44932eb421',
  '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2',
  'dd056dcd-154b-4c76-9bd3-c8f88648b5ff',
]);

export const secret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths (`containers.0.env.1.value`) that arrived as secrets. */
export type SecretPaths = Set<string>;
const join = (path: string, seg: string | number) => (path ? `${path}.${seg}` : String(seg));

export function structToJs(s: Struct | undefined): Obj {
  return s ? s.toJavaScript() : {};
}

/** Pulumi value → core value (Terraform names, UNKNOWN, secrets unwrapped and recorded). */
export function toCore(t: PType, v: unknown, secrets: SecretPaths, path = ''): unknown {
  if (typeof v === 'string' && UNKNOWNS.has(v)) return UNKNOWN;
  if (isObj(v) && SIG_KEY in v) {
    if (v[SIG_KEY] === SECRET_SIG) {
      secrets.add(path);
      return toCore(t, v.value, secrets, path);
    }
    if (v[SIG_KEY] === RESOURCE_SIG)
      return typeof v.id === 'string' && v.id !== '' && !UNKNOWNS.has(v.id) ? v.id : UNKNOWN;
    return v;
  }
  if (v === null || v === undefined) return v;
  if (t.kind === 'array' && Array.isArray(v)) return v.map((x, i) => toCore(t.items, x, secrets, join(path, i)));
  if (t.kind === 'map' && isObj(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toCore(t.values, x, secrets, join(path, k))]));
  if (t.kind === 'object' && isObj(v)) return objectToCore(t.props, v, secrets, path);
  return v;
}

/** Keys the schema does not know pass through unchanged (validation then names them). */
export function objectToCore(props: PProp[], v: Obj, secrets: SecretPaths, path = ''): Obj {
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    const p = props.find((q) => q.name === k);
    if (!p) {
      out[k] = toCore({ kind: 'any' }, x, secrets, join(path, k));
      continue;
    }
    if (x === null || x === undefined) continue;
    out[p.tf] = toCore(p.type, x, secrets, join(path, p.tf));
  }
  return out;
}

/** Core value → Pulumi value (camelCase, unknown sentinels, secrets wrapped). Undefined entries are dropped. */
export function fromCore(t: PType, v: unknown, secrets: SecretPaths, path = '', sensitive = false): unknown {
  const wrap = (x: unknown) => (sensitive || secrets.has(path) ? secret(x) : x);
  if (isUnknown(v)) return UNKNOWN_VALUE;
  if (v === null || v === undefined) return v;
  if (t.kind === 'array' && Array.isArray(v))
    return wrap(v.map((x, i) => fromCore(t.items, x, secrets, join(path, i))));
  if (t.kind === 'map' && isObj(v))
    return wrap(
      dropUndefined(
        Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromCore(t.values, x, secrets, join(path, k))])),
      ),
    );
  if (t.kind === 'object' && isObj(v)) return wrap(objectFromCore(t.props, v, secrets, path));
  if (Array.isArray(v) || isObj(v)) return wrap(plain(v));
  return wrap(v);
}

export function objectFromCore(props: PProp[], v: Obj, secrets: SecretPaths, path = ''): Obj {
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue;
    const p = props.find((q) => q.tf === k);
    out[p ? p.name : k] = p
      ? fromCore(p.type, x, secrets, join(path, k), p.secret)
      : fromCore({ kind: 'any' }, x, secrets, join(path, k));
  }
  return out;
}

function dropUndefined(o: Obj): Obj {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** Untyped JSON, with unknowns encoded and undefined removed (Struct.fromJavaScript rejects undefined). */
function plain(v: unknown): unknown {
  if (isUnknown(v)) return UNKNOWN_VALUE;
  if (Array.isArray(v)) return v.map(plain);
  if (isObj(v)) return dropUndefined(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])));
  return v;
}

export function jsToStruct(v: Obj): Struct {
  return Struct.fromJavaScript(plain(v) as Parameters<typeof Struct.fromJavaScript>[0]);
}

/** The input part of a core value: computed attributes dropped at every level (what Check would accept). */
export function inputsOnly(props: PProp[], v: Obj): Obj {
  const out: Obj = {};
  for (const p of props) if (p.input && v[p.tf] !== undefined) out[p.tf] = inputValue(p.type, v[p.tf]);
  return out;
}

function inputValue(t: PType, v: unknown): unknown {
  if (t.kind === 'array' && Array.isArray(v)) return v.map((x) => inputValue(t.items, x));
  if (t.kind === 'object' && isObj(v)) return inputsOnly(t.props, v);
  return v;
}

/**
 * A core path as users write it (`block_device[0].volume_size`, `metadata.role`) in Pulumi names
 * (`blockDevices[0].volumeSize`). Segments the model does not know are kept.
 */
export function pulumiPath(props: PProp[], corePath: string): string {
  const segs = corePath.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let out = '';
  let t: PType | undefined = { kind: 'object', name: '', props };
  for (const seg of segs) {
    if (seg.startsWith('[')) {
      out += seg;
      t = t?.kind === 'array' ? t.items : undefined;
      continue;
    }
    if (t?.kind === 'object') {
      const p: PProp | undefined = t.props.find((q) => q.tf === seg);
      out += (out ? '.' : '') + (p ? p.name : seg);
      t = p?.type;
    } else {
      out += (out ? '.' : '') + seg;
      t = t?.kind === 'map' ? t.values : undefined;
    }
  }
  return out;
}

/** Renames the top-level field names a message mentions (`conflicts with image_id`) to their Pulumi names. */
export function pulumiMessage(props: PProp[], message: string): string {
  return message.replace(/\b[a-z][a-z0-9_]*\b/g, (w) => props.find((p) => p.tf === w)?.name ?? w);
}

export { UNKNOWN };
