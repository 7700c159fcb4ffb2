// Finding the novaform schema of a planned resource and the field behind an attribute path, so the preview
// can say why a change replaces, which in-place change erases data, and what is secret — from the same
// declarations the plugins use, never from a list kept here.
import type { Field, Fields, ResourceSchema } from '../schema/dsl';
import { pulumiName } from '../schema/dsl';
import { RESOURCES } from '../resources';

const PULUMI_TOKEN = /^novaform:index:(.+)$/;

/** Every resource schema the preview knows: the registry's. */
export const knownSchemas = (): ResourceSchema[] => RESOURCES.map((r) => r.schema);

/** The schema of a Terraform type (`novaform_server`) or Pulumi token (`novaform:index:Server`). */
export function schemaFor(type: string, schemas: readonly ResourceSchema[]): ResourceSchema | undefined {
  const token = PULUMI_TOKEN.exec(type)?.[1];
  return schemas.find((s) => s.terraform === type || (token !== undefined && s.name === token));
}

// Fields by both their Terraform and Pulumi names, built once per Fields object.
const byName = new WeakMap<Fields, Map<string, Field>>();
function index(fields: Fields): Map<string, Field> {
  let m = byName.get(fields);
  if (!m) {
    m = new Map();
    for (const [name, f] of Object.entries(fields)) {
      m.set(name, f);
      m.set(pulumiName(name, f), f);
    }
    byName.set(fields, m);
  }
  return m;
}

/**
 * The field an attribute path lands in, and whether a sensitive field lies on the way (a map value under a
 * sensitive map is sensitive too). List indices are skipped; keys below a plain attribute belong to it.
 */
export function fieldAt(
  schema: ResourceSchema,
  steps: readonly (string | number)[],
): { field?: Field; sensitive: boolean } {
  let fields: Fields | undefined = schema.fields;
  let field: Field | undefined;
  let sensitive = false;
  for (const step of steps) {
    if (typeof step === 'number') continue;
    if (!fields) break;
    const f = index(fields).get(step);
    if (!f) break;
    field = f;
    if (f.sensitive) sensitive = true;
    fields = f.kind === 'block' ? f.fields : undefined;
  }
  return { field, sensitive };
}
