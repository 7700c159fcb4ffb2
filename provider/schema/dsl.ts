// The vocabulary every resource schema is written in. One declaration per attribute says its type (a TypeBox
// schema carrying the validation rules), whether it is required/optional/computed, its default, whether it is
// sensitive, its description, how a change to it reaches the cloud, and how it is compared. The Terraform
// schema, the Pulumi package schema, the docs, input validation, the diff and the TypeScript types are all
// derived from these declarations.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export type Mode = 'required' | 'optional' | 'computed' | 'optional-computed';

/** How a change to an attribute is applied. */
export type Change =
  /** In place through a named operation (`destructive` says what the operation erases, e.g. a rebuild). */
  | { how: 'update'; op: string; destructive?: string; replaceIf?: ReplaceIf }
  /** Only by deleting and creating the resource again; `reason` is shown to users. */
  | { how: 'replace'; reason: string }
  /** A provider-side setting (e.g. delete options): stored, never sent on its own. */
  | { how: 'local' }
  /** Read-only (computed attributes). */
  | { how: 'none' };

/** An in-place change that a policy attribute turns into a replacement (e.g. `image_change = "replace"`). */
export interface ReplaceIf {
  field: string;
  equals: unknown;
  reason: string;
}

/** How desired and actual values are compared, so that nothing drifts falsely. */
export type Compare =
  | 'exact'
  /** Order does not matter (tags, security groups). */
  | 'set'
  /** A map whose values compare as strings (Nova metadata). */
  | 'stringMap'
  /** A hint the cloud may ignore (a volume's device): never a source of drift. */
  | 'ignore'
  /** Compared by a digest kept in state (user_data). */
  | 'hash'
  /** An availability zone, compared on the zone part: Nova reports "zone" for an admin's "zone:host[:node]". */
  | 'zone'
  /** Blocks matched by these keys, never by list position. */
  | { keyBy: string[] };

interface Common {
  mode: Mode;
  description: string;
  change: Change;
  compare: Compare;
  default?: unknown;
  sensitive?: boolean;
  /** Accepted as input but never stored (Terraform write-only attributes). */
  writeOnly?: boolean;
  /** The Pulumi property name when it is not the camelCase of the Terraform name (pluralised blocks). */
  pulumi?: string;
  /** The name an API takes the field under when it is not the camelCase of the Terraform name (ECI bodies). */
  wire?: string;
  deprecated?: string;
}

export interface Attribute<T extends TSchema = TSchema> extends Common {
  kind: 'attribute';
  type: T;
}

export type Nesting = 'list' | 'set' | 'single';

export interface Block<F extends Fields = Fields, N extends Nesting = Nesting> extends Common {
  kind: 'block';
  /** `single`: at most one (a Terraform block with max_items 1, an object in Pulumi). */
  nesting: N;
  fields: F;
  minItems?: number;
  maxItems?: number;
  /** Defaults for the children that do not state their own. */
  children?: ChildDefaults;
}

export type Field = Attribute | Block;
export type Fields = { readonly [name: string]: Field };

/**
 * The options every attribute constructor takes. `change` defaults from the mode (computed → none); inside a
 * block, a child that states no `change` or `compare` takes the block's defaults, so it states only what differs.
 */
export type Opts = Partial<Omit<Common, 'description'>> & { description: string };

/** What a block gives the children that do not say otherwise (`change` defaults to the block's own). */
export interface ChildDefaults {
  change?: Change;
  compare?: Compare;
}

export type BlockOpts = Opts & { minItems?: number; maxItems?: number; children?: ChildDefaults };

// `change` and `compare` stay unset here when a field does not state them: a block fills them in for its
// children (`inherit`), and `defineResource` settles the rest (`settle`), so a field missing its change
// strategy fails when its resource is defined.
function common(o: Opts): Common {
  const mode = o.mode ?? 'optional';
  const change = o.change ?? (mode === 'computed' ? { how: 'none' as const } : undefined);
  return { ...o, mode, change, compare: o.compare } as Common;
}

function inherit<F extends Field>(f: F, d: ChildDefaults): F {
  const change = (f.change as Change | undefined) ?? d.change;
  const compare = (f.compare as Compare | undefined) ?? d.compare;
  if (f.kind === 'attribute') return { ...f, change, compare };
  return { ...f, change, compare, fields: inheritAll(f.fields, { change, ...f.children }) };
}

const inheritAll = <F extends Fields>(fields: F, d: ChildDefaults): F =>
  Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, inherit(f, d)])) as F;

function settle<F extends Field>(f: F, path: string): F {
  if (!(f.change as Change | undefined)) throw new Error(`schema: '${path}' needs a change strategy`);
  const compare = (f.compare as Compare | undefined) ?? 'exact';
  if (f.kind === 'attribute') return { ...f, compare };
  const fields = Object.fromEntries(Object.entries(f.fields).map(([k, c]) => [k, settle(c, `${path}.${k}`)]));
  return { ...f, compare, fields };
}

export const attr = <T extends TSchema>(type: T, o: Opts): Attribute<T> => ({ kind: 'attribute', type, ...common(o) });
export const block = <F extends Fields, N extends Nesting>(nesting: N, fields: F, o: BlockOpts): Block<F, N> => {
  const { minItems, maxItems, children, ...rest } = o;
  const own = common(rest);
  const inherited = inheritAll(fields, { change: own.change, ...children });
  return { kind: 'block', nesting, fields: inherited, ...own, minItems, maxItems, children };
};

// Shorthands for the common cases.
export const str = (o: Opts, rules: Parameters<typeof Type.String>[0] = {}) => attr(Type.String(rules), o);
export const int = (o: Opts, rules: Parameters<typeof Type.Integer>[0] = {}) => attr(Type.Integer(rules), o);
export const num = (o: Opts, rules: Parameters<typeof Type.Number>[0] = {}) => attr(Type.Number(rules), o);
export const bool = (o: Opts) => attr(Type.Boolean(), o);
export const oneOf = <const V extends string>(values: readonly V[], o: Opts) =>
  attr(Type.Union(values.map((v) => Type.Literal(v))) as unknown as TSchema & { static: V }, o);
export const strList = (
  o: Opts,
  item: Parameters<typeof Type.String>[0] = {},
  rules: Parameters<typeof Type.Array>[1] = {},
) => attr(Type.Array(Type.String(item), rules), o);
export const strMap = (
  o: Opts,
  value: Parameters<typeof Type.String>[0] = {},
  rules: Parameters<typeof Type.Record>[2] = {},
) => attr(Type.Record(Type.String(), Type.String(value), rules), o);

export const replace = (reason: string): Change => ({ how: 'replace', reason });
export const update = (op: string, more: { destructive?: string; replaceIf?: ReplaceIf } = {}): Change => ({
  how: 'update',
  op,
  ...more,
});
export const local: Change = { how: 'local' };

/** A rule across attributes, checked after each attribute's own rules. */
export type Rule =
  | { conflicts: string[] }
  | { atMostOne: string[] }
  | { exactlyOne: string[] }
  | { requiredWith: [string, string[]] }
  /** The first attribute needs at least one of the others. */
  | { requiredWithAny: [string, string[]] }
  /**
   * Alternative ways to name one thing (a flavor's id and name; a port and the network and fixed IP it
   * implies). Any of them may be set, several at once as long as they agree — which only the cloud can tell,
   * so the resource checks it where it resolves names; here only `required` (at least one) is checked.
   * Terraform's generated import configuration and imported Pulumi inputs carry all of them.
   */
  | { alternatives: string[]; required?: boolean }
  /** Anything else: returns a message per offending path. */
  | { check: (inputs: Record<string, unknown>) => { path: string; message: string }[] };

export interface ResourceSchema<F extends Fields = Fields> {
  /** Pulumi type name (`Server`); the Pulumi token is `novaform:index:<name>`. */
  name: string;
  /** Terraform type (`novaform_server`). */
  terraform: string;
  description: string;
  /** State schema version (bumped with an upgrade step when stored state changes shape). */
  version: number;
  /** What `terraform import` / `pulumi import` takes as the id. */
  importId: string;
  fields: F;
  rules?: Rule[];
  /** Default timeouts (ms) for the waits of each operation. */
  timeouts: { create: number; update: number; delete: number };
  /** Replacements create the new one before deleting the old one, unless the name is a key (keypairs). */
  deleteBeforeReplace?: boolean;
}

export const defineResource = <F extends Fields>(s: ResourceSchema<F>): ResourceSchema<F> => {
  const fields = Object.fromEntries(Object.entries(s.fields).map(([k, f]) => [k, settle(f, `${s.terraform}.${k}`)]));
  return { ...s, fields: fields as F };
};

// ---- TypeScript types derived from a schema ----
type ValueOf<F> =
  F extends Attribute<infer T>
    ? Static<T>
    : F extends Block<infer G, infer N>
      ? N extends 'single'
        ? Values<G>
        : Values<G>[]
      : never;
/** Every attribute of a resource (inputs and computed), as the provider core holds them. */
export type Values<F extends Fields> = { -readonly [K in keyof F]?: ValueOf<F[K]> };
export type ValuesOf<S> = S extends ResourceSchema<infer F> ? Values<F> & { id?: string } : never;

/** The Pulumi property name of a field. */
export const pulumiName = (name: string, f: Field) =>
  f.pulumi ?? name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** The API (wire) name of a field, for APIs whose names are the camelCase of the Terraform names (ECI). */
export const wireName = (name: string, f: Field) =>
  f.wire ?? name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const isInput = (f: Field) => f.mode !== 'computed';
