// Terraform's DynamicValue: msgpack of a cty value, typed by the schema. Unknown values are extension type 0
// on the way out; on the way in any extension (0, or 12 with refinements) is unknown. Numbers may arrive as
// msgpack int, float64 or a decimal string. Objects always carry exactly their type's attributes (nil for
// unset); on the way in null attributes are dropped, so the core sees plain objects with what is set.
import { decode, encode, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import { isUnknown, textOf, UNKNOWN } from '../schema/values';
import { ctyJson, type TfType } from './types';

const extensions = new ExtensionCodec();
for (let type = -128; type <= 127; type++) {
  // Registering every type (the timestamp built-in included) makes each one decode as "unknown".
  extensions.register({ type, encode: () => null, decode: () => UNKNOWN });
}

const UNKNOWN_EXT = new ExtData(0, new Uint8Array([0]));

/** Bytes from Terraform → a core value (null for a null object). */
export function decodeValue(t: TfType, bytes: Uint8Array | null | undefined): unknown {
  if (!bytes || bytes.length === 0) return null;
  return fromWire(t, decode(bytes, { extensionCodec: extensions }));
}

/** A core value → bytes for Terraform (every object attribute present, unknowns as extension 0). */
export function encodeValue(t: TfType, v: unknown): Uint8Array {
  return encode(toWire(t, v), { ignoreUndefined: false });
}

/** Normalises a decoded (msgpack or JSON) value to the core's shape. */
export function fromWire(t: TfType, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (isUnknown(raw)) return UNKNOWN;
  switch (t.kind) {
    case 'string':
      return typeof raw === 'string' ? raw : textOf(raw);
    case 'number':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'bool':
      return typeof raw === 'boolean' ? raw : raw === 'true';
    case 'dynamic':
      return Array.isArray(raw) && raw.length === 2 && raw[0] instanceof Uint8Array ? raw[1] : raw;
    case 'list':
    case 'set':
      return Array.isArray(raw) ? raw.map((x) => fromWire(t.elem, x)) : raw;
    case 'map': {
      if (typeof raw !== 'object') return raw;
      return Object.fromEntries(
        Object.entries(raw as Record<string, unknown>).map(([k, x]) => [k, fromWire(t.elem, x)]),
      );
    }
    case 'object': {
      if (typeof raw !== 'object') return raw;
      const src = raw as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [k, at] of Object.entries(t.attrs)) {
        const v = fromWire(at, src[k]);
        if (v !== null) out[k] = v;
      }
      return out;
    }
  }
}

/** A core value → the msgpack-ready shape of type `t`. */
export function toWire(t: TfType, v: unknown): unknown {
  if (isUnknown(v)) return UNKNOWN_EXT;
  if (v === null || v === undefined) return (t.kind === 'list' || t.kind === 'set') && t.block ? [] : null;
  switch (t.kind) {
    case 'string':
      return textOf(v);
    case 'number':
      return typeof v === 'number' ? v : Number(v);
    case 'bool':
      return Boolean(v);
    case 'dynamic':
      return [Buffer.from(JSON.stringify(inferType(v))), v];
    case 'list':
    case 'set':
      return (Array.isArray(v) ? v : [v]).map((x) => toWire(t.elem, x));
    case 'map':
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toWire(t.elem, x)]));
    case 'object': {
      const src = (typeof v === 'object' ? v : {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(t.attrs).map(([k, at]) => [k, toWire(at, src[k])]));
    }
  }
}

/** The cty type of a plain JSON value (for `dynamic` attributes, which carry their type with them). */
function inferType(v: unknown): unknown {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return ['tuple', v.map(inferType)];
  if (v && typeof v === 'object')
    return ['object', Object.fromEntries(Object.entries(v).map(([k, x]) => [k, inferType(x)]))];
  return ctyJson({ kind: 'dynamic' });
}
