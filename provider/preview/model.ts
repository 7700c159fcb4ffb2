// The one internal model both plan formats (terraform show -json, pulumi preview --json) are parsed into and
// every renderer reads. Values in it are already masked: a sensitive value is the SENSITIVE marker and never
// the secret, so no renderer can leak one by accident.
import { UNKNOWN, isUnknown } from '../schema/values';

export { UNKNOWN, isUnknown };
export const SENSITIVE: unique symbol = Symbol.for('novaform.sensitive');
export const isSensitive = (v: unknown): v is typeof SENSITIVE => v === SENSITIVE;

export type Action = 'create' | 'update' | 'replace' | 'delete' | 'noop' | 'read';
export const CHANGING: readonly Action[] = ['create', 'update', 'replace', 'delete'];

/** One attribute-level difference, keyed by its path as users write it (`network[0].uuid`, `metadata.role`). */
export interface AttrChange {
  path: string;
  kind: 'add' | 'update' | 'delete';
  /** Masked values: UNKNOWN for "known after apply", SENSITIVE for secrets; undefined when absent. */
  before?: unknown;
  after?: unknown;
  /** This change is why the resource is replaced. */
  forcesReplacement?: boolean;
}

export interface ReplaceReason {
  /** Attribute path, or '' when the replacement is not caused by an attribute (taint, explicit request). */
  path: string;
  reason: string;
}

export interface ResourceChange {
  /** Unique key: the Terraform address (`module.a.novaform_server.web[0]`) or the Pulumi URN. */
  id: string;
  /** What users recognise: the Terraform address, or `<name>` of a Pulumi resource. */
  address: string;
  /** Terraform type or Pulumi token. */
  type: string;
  name: string;
  action: Action;
  /** For replacements: which half runs first. */
  replaceOrder?: 'delete-first' | 'create-first';
  changes: AttrChange[];
  replaceReasons: ReplaceReason[];
  /** In-place changes that erase data (a rebuild re-images the disk). */
  destructive: ReplaceReason[];
  /** Ids of the resources this one depends on. */
  dependsOn: readonly string[];
  /** Masked full values (null when the resource does not exist on that side). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The whole masked prior state (computed values and the id included): what the simulation starts from. */
  prior: Record<string, unknown> | null;
  /** Free-form remarks from the plan (deposed object, moved from, import, forget). */
  notes: string[];
  /** True when the type is a novaform resource enriched from the schema. */
  novaform: boolean;
}

/** A failure the simulation predicts for one planned operation. */
export interface Prediction {
  resource: string;
  operation: string;
  /** The engine's error, as the API would return it. */
  error: string;
}

export interface Preview {
  source: 'terraform' | 'pulumi';
  resources: ResourceChange[];
  /** Present once a simulation ran. */
  simulation?: { predictions: Prediction[]; notes: string[] };
  /** Things the preview could not do or check, said plainly (e.g. `capacity not checked`). */
  notes: string[];
}

export interface Summary {
  add: number;
  change: number;
  replace: number;
  destroy: number;
  unchanged: number;
  read: number;
}

export function summarize(p: Preview): Summary {
  const s: Summary = { add: 0, change: 0, replace: 0, destroy: 0, unchanged: 0, read: 0 };
  for (const r of p.resources) {
    if (r.action === 'create') s.add++;
    else if (r.action === 'update') s.change++;
    else if (r.action === 'replace') s.replace++;
    else if (r.action === 'delete') s.destroy++;
    else if (r.action === 'read') s.read++;
    else s.unchanged++;
  }
  return s;
}

export const summaryLine = (s: Summary) =>
  `Plan: ${s.add} to add, ${s.change} to change, ${s.replace} to replace, ${s.destroy} to destroy, ` +
  `${s.unchanged} unchanged.`;

/** Terraform's symbols (create-before-destroy shows `+/-`). */
export function symbol(r: Pick<ResourceChange, 'action' | 'replaceOrder'>): string {
  switch (r.action) {
    case 'create':
      return '+';
    case 'update':
      return '~';
    case 'delete':
      return '-';
    case 'replace':
      return r.replaceOrder === 'create-first' ? '+/-' : '-/+';
    case 'read':
      return '<=';
    case 'noop':
    default:
      return ' ';
  }
}

/** Appends one path step the way users write it: `.name`, `[0]`, `["a.b"]`. */
export function joinPath(base: string, step: string | number): string {
  if (typeof step === 'number') return `${base}[${step}]`;
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(step)) return base ? `${base}.${step}` : step;
  return `${base}[${JSON.stringify(step)}]`;
}

/** The steps of a path written by joinPath (or Pulumi's `tags.env`, `ports[0]`, `["a.b"]`). */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    // Exactly one of the alternatives matched; the other groups are undefined.
    const [, name, index, key] = m as (string | undefined)[];
    if (name !== undefined) out.push(name);
    else if (index !== undefined) out.push(Number(index));
    else out.push(JSON.parse(`"${key ?? ''}"`) as string);
  }
  return out;
}

/** The value at a path of a masked tree (a marker stops the walk: its inside is not known). */
export function valueAt(v: unknown, path: (string | number)[]): unknown {
  let cur = v;
  for (const step of path) {
    if (isUnknown(cur) || isSensitive(cur)) return cur;
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[step];
  }
  return cur;
}
