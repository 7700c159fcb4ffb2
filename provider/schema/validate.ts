// Input validation derived from a resource schema: each attribute's TypeBox type carries its own rules
// (lengths, patterns, ranges, enums); the schema's cross-attribute rules run afterwards. Every error names
// the attribute path (`network[0].uuid`) and the rule it broke. Unknown values (not yet known at plan time)
// are skipped, so a plan can be validated before everything it depends on exists.
import { FormatRegistry, Type, type TSchema } from '@sinclair/typebox';
import { isIPv4, isIPv6 } from 'node:net';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { Field, Fields, ResourceSchema, Rule } from './dsl';
import { containsUnknown, isUnknown } from './values';

// TypeBox ships no formats; the ones the schemas use.
if (!FormatRegistry.Has('ipv4')) FormatRegistry.Set('ipv4', isIPv4);
if (!FormatRegistry.Has('ipv6')) FormatRegistry.Set('ipv6', isIPv6);

export interface FieldError {
  path: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(
    readonly resource: string,
    readonly errors: FieldError[],
  ) {
    super(`invalid ${resource}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
}

/** The TypeBox schema of a resource's inputs (computed-only attributes are not inputs). */
export function inputType(fields: Fields): TSchema {
  const props: Record<string, TSchema> = {};
  for (const [name, f] of Object.entries(fields)) {
    if (f.mode === 'computed') continue;
    const t = fieldType(f);
    // Null means unset (Terraform sends it for every omitted attribute); nulls are dropped before checking
    // (withoutUnknowns), so no Union with Null is needed — a union would hide a nested error behind
    // "must be union value" at the top attribute instead of naming the offending field.
    props[name] = f.mode === 'required' ? t : Type.Optional(t);
  }
  return Type.Object(props, { additionalProperties: false });
}

function fieldType(f: Field): TSchema {
  if (f.kind === 'attribute') return f.type;
  const item = inputType(f.fields);
  if (f.nesting === 'single') return item;
  return Type.Array(item, { minItems: f.minItems, maxItems: f.maxItems });
}

/** `/network/0/uuid` → `network[0].uuid` (how users write it in HCL and TypeScript). */
export function displayPath(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, seg) => (/^\d+$/.test(seg) ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

/** Drops unknowns and null (unset) attributes, so the known, set rest can be checked. */
function withoutUnknowns(v: unknown): unknown {
  if (isUnknown(v)) return undefined;
  if (Array.isArray(v)) return v.filter((x) => !isUnknown(x)).map(withoutUnknowns);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => !isUnknown(x) && x !== null)
        .map(([k, x]) => [k, withoutUnknowns(x)]),
    );
  return v;
}

const present = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);

function ruleErrors(rule: Rule, inputs: Record<string, unknown>): FieldError[] {
  const given = (names: string[]) => names.filter((n) => present(inputs[n]) || isUnknown(inputs[n]));
  if ('conflicts' in rule || 'atMostOne' in rule) {
    const names = 'conflicts' in rule ? rule.conflicts : rule.atMostOne;
    const set = given(names);
    return set.length > 1
      ? [{ path: set[1], message: `conflicts with ${set[0]}: set at most one of ${names.join(', ')}` }]
      : [];
  }
  if ('exactlyOne' in rule) {
    const set = given(rule.exactlyOne);
    if (set.length === 1) return [];
    return [
      {
        path: set[1] ?? rule.exactlyOne[0],
        message: set.length
          ? `conflicts with ${set[0]}: set exactly one of ${rule.exactlyOne.join(', ')}`
          : `one of ${rule.exactlyOne.join(', ')} is required`,
      },
    ];
  }
  if ('alternatives' in rule) {
    if (!rule.required || given(rule.alternatives).length) return [];
    return [{ path: rule.alternatives[0], message: `one of ${rule.alternatives.join(', ')} is required` }];
  }
  if ('requiredWithAny' in rule) {
    const [name, needs] = rule.requiredWithAny;
    if (!present(inputs[name]) || given(needs).length) return [];
    return [{ path: name, message: `needs one of ${needs.join(', ')}` }];
  }
  if ('requiredWith' in rule) {
    const [name, needs] = rule.requiredWith;
    if (!present(inputs[name])) return [];
    return needs
      .filter((n) => !present(inputs[n]) && !isUnknown(inputs[n]))
      .map((n) => ({ path: n, message: `is required when ${name} is set` }));
  }
  return rule.check(inputs);
}

/** A union of constants (an enum as TypeBox writes it). */
const isEnum = (s: TSchema): s is TSchema & { anyOf: TSchema[] } =>
  Array.isArray(s.anyOf) && (s.anyOf as TSchema[]).every((m) => 'const' in m);
const enumValues = (s: TSchema & { anyOf: TSchema[] }) => s.anyOf.map((m) => JSON.stringify(m.const)).join(', ');

const compiled = new WeakMap<ResourceSchema, TypeCheck<TSchema>>();

/** The input at a JSON pointer (`/containers/0/image`). */
function valueAt(inputs: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce<unknown>(
      (v, seg) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined),
      inputs,
    );
}

/** Every problem with a resource's inputs; [] when they are valid. */
export function validateInputs(schema: ResourceSchema, inputs: Record<string, unknown>): FieldError[] {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(inputType(schema.fields));
    compiled.set(schema, check);
  }
  const known = withoutUnknowns(inputs) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of check.Errors(known)) {
    const path = displayPath(e.path) || '(resource)';
    // A required value that is set but not known yet (a variable during `terraform validate`) is not missing.
    if (/Expected required property/.test(e.message) && isUnknown(valueAt(inputs, e.path))) seen.add(path);
    // A union (optional or null) reports each branch; keep the first, most specific message per path.
    if (seen.has(path)) continue;
    seen.add(path);
    let message = e.message;
    if (/Expected required property/.test(message)) message = 'is required';
    else if (/Unexpected property/.test(message)) message = 'is not an attribute of this resource';
    else if (isEnum(e.schema)) message = `must be one of ${enumValues(e.schema)}`;
    errors.push({ path, message: message.replace(/^Expected/, 'must be') });
  }
  if (errors.length) return errors;
  // Rules across attributes: a value not known yet counts as set (it will be), and a custom check is not
  // held against attributes whose values are still unknown.
  const unknownTop = new Set(Object.keys(inputs).filter((k) => containsUnknown(inputs[k])));
  for (const rule of schema.rules ?? []) {
    const found = 'check' in rule ? rule.check(known) : ruleErrors(rule, inputs);
    errors.push(...found.filter((e) => !unknownTop.has(/^[^.[]+/.exec(e.path)?.[0] ?? e.path)));
  }
  return errors;
}

/** Throws a ValidationError naming every offending field. */
export function assertValid(schema: ResourceSchema, inputs: Record<string, unknown>): void {
  const errors = validateInputs(schema, inputs);
  if (errors.length) throw new ValidationError(schema.name, errors);
}
