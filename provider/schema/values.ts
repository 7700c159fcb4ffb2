// Values as the provider core holds them: plain JSON-like objects keyed by the schema's (Terraform) names,
// plus one marker for "not known until apply" that both plugin protocols can carry.
import type { Field, Fields, ResourceSchema } from './dsl';

export const UNKNOWN: unique symbol = Symbol.for('novaform.unknown');
export type Unknown = typeof UNKNOWN;
export const isUnknown = (v: unknown): v is Unknown => v === UNKNOWN;

/** True when the value or anything inside it is unknown. */
export function containsUnknown(v: unknown): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v && typeof v === 'object') return Object.values(v).some(containsUnknown);
  return false;
}

export type Obj = Record<string, unknown>;

/** Inputs with schema defaults filled in where the user left them unset. */
export function withDefaults(fields: Fields, inputs: Obj): Obj {
  let out: Obj | undefined; // copied only when something is filled in (plans of many resources call this a lot)
  for (const name in fields) {
    const f = fields[name];
    const v = inputs[name];
    let filled: unknown = v;
    if ((v === undefined || v === null) && f.default !== undefined) filled = f.default;
    else if (f.kind === 'block' && v && !isUnknown(v)) {
      filled =
        f.nesting === 'single'
          ? withDefaults(f.fields, v as Obj)
          : (v as Obj[]).map((x) => (isUnknown(x) ? x : withDefaults(f.fields, x)));
      if (f.nesting !== 'single' && (filled as Obj[]).every((x, i) => x === (v as Obj[])[i])) filled = v;
    }
    if (filled !== v) (out ??= { ...inputs })[name] = filled;
  }
  return out ?? inputs;
}

/** The input attributes of a values object (drops computed ones). */
export function inputsOf(fields: Fields, values: Obj): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(fields))
    if (f.mode !== 'computed' && values[name] !== undefined) out[name] = values[name];
  return out;
}

/** Every attribute path (dotted) whose field is sensitive — for masking in logs, plans and Markdown. */
export function sensitivePaths(schema: ResourceSchema): string[] {
  const out: string[] = [];
  const walk = (fields: Fields, prefix: string) => {
    for (const [name, f] of Object.entries(fields)) {
      const p = prefix ? `${prefix}.${name}` : name;
      if (f.sensitive) out.push(p);
      if (f.kind === 'block') walk(f.fields, p);
    }
  };
  walk(schema.fields, '');
  return out;
}

/** Visits every field with its path. */
export function eachField(fields: Fields, fn: (path: string, f: Field) => void, prefix = ''): void {
  for (const [name, f] of Object.entries(fields)) {
    const p = prefix ? `${prefix}.${name}` : name;
    fn(p, f);
    if (f.kind === 'block') eachField(f.fields, fn, p);
  }
}

/**
 * A value as text: strings, numbers and booleans as String() gives them, objects and arrays as JSON (String()
 * would give "[object Object]"), null and undefined as the fallback.
 */
export function textOf(v: unknown, fallback = ''): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (typeof v === 'symbol') return v.toString();
  // JSON.stringify gives undefined for a function (its declared type says string).
  const json = JSON.stringify(v) as string | undefined;
  return json ?? fallback;
}

/** The field of that name, if the schema has one: names come from configuration, state and paths. */
export const fieldOf = (fields: Fields, name: string): Field | undefined =>
  Object.hasOwn(fields, name) ? fields[name] : undefined;

/** True when the schema has an input (not computed) attribute or block of that name. */
export function declaresInput(fields: Fields, name: string): boolean {
  const f = fieldOf(fields, name);
  return f !== undefined && f.mode !== 'computed';
}
