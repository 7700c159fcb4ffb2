// Terraform schemas derived from the provider core's schema DSL. Resources get two adapter-owned fields that
// every Terraform resource has: a computed `id` and a `timeouts` block (create/update/delete durations, passed
// to the core as ApplyOptions.timeoutMs). Nothing here knows any particular resource.
import { block, local, str, type Field, type Fields, type ResourceSchema } from '../schema/dsl';
import { providerFields } from '../schema/provider';
import { fieldOf } from '../schema/values';
import { ctyJson, fieldType, objectType, type TfType } from './types';

const ID = str({ mode: 'computed', description: 'The resource id.' });

const minutes = (ms: number) => `${Math.round(ms / 60_000)}m`;

function timeoutsBlock(s: ResourceSchema): Field {
  const d = s.timeouts;
  const t = (op: string, ms: number) =>
    str({ description: `How long the ${op} may take, e.g. "30m", "1h30m" (default ${minutes(ms)}).`, change: local });
  return block(
    'single',
    { create: t('create', d.create), update: t('update', d.update), delete: t('delete', d.delete) },
    { description: 'Time limits of the waits of each operation.', change: local },
  );
}

/** A resource's fields as Terraform sees them: the core's plus `id` and `timeouts`. */
export function resourceFields(s: ResourceSchema): Fields {
  return {
    ...s.fields,
    ...(fieldOf(s.fields, 'id') ? {} : { id: ID }),
    ...(fieldOf(s.fields, 'timeouts') ? {} : { timeouts: timeoutsBlock(s) }),
  };
}

/** A data source's fields as Terraform sees them: the core's plus a computed `id`. */
export function dataSourceFields(s: ResourceSchema): Fields {
  return fieldOf(s.fields, 'id') ? s.fields : { ...s.fields, id: ID };
}

export const providerSchemaFields: Fields = providerFields;

/** How a field's mode reads in Terraform. A default makes an attribute computed: the plan shows the value. */
export function tfFlags(f: Field): { required: boolean; optional: boolean; computed: boolean } {
  const computed = f.mode === 'computed' || f.mode === 'optional-computed' || (f.default !== undefined && !f.writeOnly);
  return {
    required: f.mode === 'required',
    optional: f.mode === 'optional' || f.mode === 'optional-computed',
    computed,
  };
}

/** Whether Terraform treats the field as computed (its planned value may differ from the configuration). */
export const isTfComputed = (f: Field) => tfFlags(f).computed;

// Shapes of the protobuf messages (proto-loader, keepCase).
export interface PbAttribute {
  name: string;
  type: Buffer;
  description: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
  description_kind: number;
}
export interface PbBlock {
  version: number;
  attributes: PbAttribute[];
  block_types: PbNestedBlock[];
  description: string;
  description_kind: number;
  deprecated: boolean;
}
export interface PbNestedBlock {
  type_name: string;
  block: PbBlock;
  nesting: number;
  min_items: number;
  max_items: number;
}
export interface PbSchema {
  version: number;
  block: PbBlock;
}

const NESTING = { single: 1, list: 2, set: 3 } as const;
const PLAIN = 0;

function attribute(name: string, f: Field, type: TfType): PbAttribute {
  const flags = tfFlags(f);
  return {
    name,
    type: Buffer.from(JSON.stringify(ctyJson(type))),
    description: f.description,
    ...flags,
    sensitive: Boolean(f.sensitive),
    deprecated: Boolean(f.deprecated),
    write_only: Boolean(f.writeOnly),
    description_kind: PLAIN,
  };
}

export function blockSchema(fields: Fields, description: string): PbBlock {
  const attributes: PbAttribute[] = [];
  const blockTypes: PbNestedBlock[] = [];
  for (const [name, f] of Object.entries(fields)) {
    if (f.kind === 'attribute' || f.mode === 'computed') {
      attributes.push(attribute(name, f, fieldType(f)));
      continue;
    }
    const minItems = f.nesting !== 'single' ? Math.max(f.minItems ?? 0, f.mode === 'required' ? 1 : 0) : 0;
    blockTypes.push({
      type_name: name,
      block: blockSchema(f.fields, f.description),
      nesting: NESTING[f.nesting],
      min_items: minItems,
      max_items: f.nesting === 'single' ? 0 : (f.maxItems ?? 0),
    });
  }
  return { version: 0, attributes, block_types: blockTypes, description, description_kind: PLAIN, deprecated: false };
}

export const schemaOf = (fields: Fields, version: number, description: string): PbSchema => ({
  version,
  block: blockSchema(fields, description),
});

export const valueType = (fields: Fields): TfType & { kind: 'object' } => objectType(fields);
