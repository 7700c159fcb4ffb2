// Terraform (cty) types derived from the schema DSL: each attribute's TypeBox type maps onto a cty type, each
// block onto a list/set/single of objects. The same description drives the schema bytes Terraform reads and
// the msgpack codec, so the two never disagree.
import { Kind, type TSchema } from '@sinclair/typebox';
import type { Field, Fields } from '../schema/dsl';

export type TfType =
  | { kind: 'string' | 'number' | 'bool' | 'dynamic' }
  /** `block`: a nested block, whose absent value Terraform holds as an empty collection, not null. */
  | { kind: 'list' | 'set' | 'map'; elem: TfType; block?: boolean }
  | { kind: 'object'; attrs: Record<string, TfType> };

const STRING: TfType = { kind: 'string' };
const NUMBER: TfType = { kind: 'number' };
const BOOL: TfType = { kind: 'bool' };
const DYNAMIC: TfType = { kind: 'dynamic' };

/** The cty type of a TypeBox schema. Unions of literals take their literals' type; `T | null` is `T`. */
export function typeOf(s: TSchema, asSet = false): TfType {
  switch (s[Kind]) {
    case 'String':
      return STRING;
    case 'Integer':
    case 'Number':
      return NUMBER;
    case 'Boolean':
      return BOOL;
    case 'Literal':
      return typeof s.const === 'number' ? NUMBER : typeof s.const === 'boolean' ? BOOL : STRING;
    case 'Array':
      return { kind: asSet ? 'set' : 'list', elem: typeOf(s.items as TSchema) };
    case 'Record': {
      const patterns = Object.values((s.patternProperties ?? {}) as Record<string, TSchema>);
      const pattern = patterns[0] as TSchema | undefined; // none when the record has no pattern
      return { kind: 'map', elem: pattern ? typeOf(pattern) : STRING };
    }
    case 'Object': {
      const attrs: Record<string, TfType> = {};
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, TSchema>)) attrs[k] = typeOf(v);
      return { kind: 'object', attrs };
    }
    case 'Union': {
      const members = (s.anyOf as TSchema[]).filter((m) => m[Kind] !== 'Null');
      const types = members.map((m) => typeOf(m, asSet));
      const first = types[0] as TfType | undefined; // none when every member is null
      return first && types.every((t) => JSON.stringify(t) === JSON.stringify(first)) ? first : DYNAMIC;
    }
    default:
      return DYNAMIC;
  }
}

/** The object type of a block's fields (plus any adapter-owned extras such as `id` and `timeouts`). */
export function objectType(fields: Fields, extras: Record<string, TfType> = {}): TfType & { kind: 'object' } {
  const attrs: Record<string, TfType> = {};
  for (const [name, f] of Object.entries(fields)) attrs[name] = fieldType(f);
  return { kind: 'object', attrs: { ...attrs, ...extras } };
}

export function fieldType(f: Field): TfType {
  if (f.kind === 'attribute') return typeOf(f.type, f.compare === 'set');
  const obj = objectType(f.fields);
  if (f.nesting === 'single') return obj;
  // A computed block is an attribute in Terraform (blocks cannot be computed): a plain collection.
  return { kind: f.nesting, elem: obj, block: f.mode !== 'computed' };
}

/** The compact JSON Terraform expects in `Schema.Attribute.type`. */
export function ctyJson(t: TfType): unknown {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map':
      return [t.kind, ctyJson(t.elem)];
    case 'object':
      return ['object', Object.fromEntries(Object.entries(t.attrs).map(([k, v]) => [k, ctyJson(v)]))];
    case 'bool':
    case 'dynamic':
    case 'number':
    case 'string':
    default:
      return t.kind;
  }
}
