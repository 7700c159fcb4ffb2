// The Pulumi view of the schema: every field with its camelCase name and a type tree (objects named by
// token). The package schema, the SDK generator and the wire translation all read this one model, so Pulumi
// names and shapes are derived in a single place from provider/schema.
import { Kind, type TSchema } from '@sinclair/typebox';
import { RESOURCES } from '../resources/index';
import { pulumiName, type Field, type Fields, type ResourceSchema } from '../schema/dsl';

export const PACKAGE = 'novaform';
export const token = (name: string) => `${PACKAGE}:index:${name}`;

export type PType =
  | { kind: 'string' | 'integer' | 'number' | 'boolean' | 'any' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'array'; items: PType }
  | { kind: 'map'; values: PType }
  | { kind: 'object'; name: string; props: PProp[]; description?: string };

export interface PProp {
  /** Pulumi (camelCase) name. */
  name: string;
  /** The core's (Terraform) name. */
  tf: string;
  type: PType;
  description: string;
  /** An input the user must set. */
  required: boolean;
  input: boolean;
  /** Part of the state (everything but write-only inputs). */
  output: boolean;
  /** Set by the cloud when the user leaves it out (computed or optional-computed). */
  computed: boolean;
  secret: boolean;
  deprecated?: string;
  default?: unknown;
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => s.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
/** One element of a list is named in the singular (`addresses` → `Address`, `containers` → `Container`). */
const singular = (s: string) =>
  /(ss|x|sh|as|us)es$/.test(s)
    ? s.slice(0, -2)
    : /ies$/.test(s)
      ? `${s.slice(0, -3)}y`
      : /[^su]s$/.test(s)
        ? s.slice(0, -1)
        : s;

/** A TypeBox type as a Pulumi type; object types are named after where they appear. */
function fromTypeBox(t: TSchema, name: string): PType {
  switch (t[Kind]) {
    case 'String':
      return { kind: 'string' };
    case 'Integer':
      return { kind: 'integer' };
    case 'Number':
      return { kind: 'number' };
    case 'Boolean':
      return { kind: 'boolean' };
    case 'Literal':
      return typeof t.const === 'string' ? { kind: 'enum', values: [t.const] } : { kind: 'any' };
    case 'Array':
      return { kind: 'array', items: fromTypeBox(t.items as TSchema, singular(name)) };
    case 'Record':
      return {
        kind: 'map',
        values: fromTypeBox(Object.values(t.patternProperties as Record<string, TSchema>)[0], name),
      };
    case 'Union': {
      const members = t.anyOf as TSchema[];
      if (members.every((m) => m[Kind] === 'Literal' && typeof m.const === 'string'))
        return { kind: 'enum', values: members.map((m) => m.const as string) };
      return { kind: 'any' };
    }
    case 'Object': {
      const required = new Set<string>((t.required as string[] | undefined) ?? []);
      const props = Object.entries(t.properties as Record<string, TSchema>).map(([tf, p]): PProp => ({
        name: camel(tf),
        tf,
        type: fromTypeBox(p, `${name}${pascal(tf)}`),
        description: p.description ?? '',
        required: required.has(tf),
        input: true,
        output: true,
        computed: false,
        secret: false,
      }));
      return { kind: 'object', name: unclash(name), props };
    }
    default:
      return { kind: 'any' };
  }
}

/** Resource names; a nested type that would take one (Volume.attachments → VolumeAttachment) is suffixed. */
const unclash = (name: string) => (RESOURCES.some((r) => r.schema.name === name) ? `${name}Info` : name);

function fieldType(tf: string, f: Field, owner: string): PType {
  if (f.kind === 'attribute') return fromTypeBox(f.type, `${owner}${pascal(tf)}`);
  const name = unclash(`${owner}${pascal(f.nesting === 'single' ? tf : singular(tf))}`);
  const obj: PType = { kind: 'object', name, props: propsOf(f.fields, name), description: f.description };
  return f.nesting === 'single' ? obj : { kind: 'array', items: obj };
}

/** The properties of a field set; nested object types are named `<owner><Field>`. */
export function propsOf(fields: Fields, owner: string): PProp[] {
  return Object.entries(fields).map(([tf, f]) => ({
    name: pulumiName(tf, f),
    tf,
    type: fieldType(tf, f, owner),
    description: f.description,
    required: f.mode === 'required',
    input: f.mode !== 'computed',
    output: !f.writeOnly,
    computed: f.mode === 'computed' || f.mode === 'optional-computed',
    secret: Boolean(f.sensitive),
    deprecated: f.deprecated,
    default: f.default,
  }));
}

/** The whole value of a resource (its top-level object type). */
export const resourceType = (schema: ResourceSchema): Extract<PType, { kind: 'object' }> => ({
  kind: 'object',
  name: schema.name,
  props: propsOf(schema.fields, schema.name),
});

/** Every named object type reachable from a type (nested first, each once). */
export function objectTypes(
  t: PType,
  out = new Map<string, Extract<PType, { kind: 'object' }>>(),
): Map<string, Extract<PType, { kind: 'object' }>> {
  if (t.kind === 'array') objectTypes(t.items, out);
  else if (t.kind === 'map') objectTypes(t.values, out);
  else if (t.kind === 'object') {
    for (const p of t.props) objectTypes(p.type, out);
    if (!out.has(t.name)) out.set(t.name, t);
  }
  return out;
}
