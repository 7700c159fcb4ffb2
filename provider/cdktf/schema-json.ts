// The provider's schema as `terraform providers schema -json` prints it, computed from the Terraform plugin's
// own GetProviderSchema answer (so the two cannot drift) without starting Terraform. The text follows
// Terraform's encoder byte for byte: Go struct field order, omitted empty fields, map keys sorted, and
// Go's HTML-safe escaping of <, > and &.
import { terraformProvider } from '../terraform/provider';
import type { PbBlock, PbSchema } from '../terraform/schema';
import { PROVIDER_SOURCE } from '../cli/terraform';

/** The fully qualified provider address Terraform keys the schema by. */
export const PROVIDER_ADDRESS = `registry.terraform.io/${PROVIDER_SOURCE}`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const NESTING: Record<number, string> = { 1: 'single', 2: 'list', 3: 'set', 4: 'map', 5: 'group' };
const KIND: Record<number, string> = { 0: 'plain', 1: 'markdown' };

/** Go's encoding/json drops zero values of `omitempty` fields. */
function compact(o: Record<string, Json | undefined>): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === false || v === '' || v === 0) continue;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

const sorted = <T>(entries: [string, T][]) =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** cty's JSON for a type, with object attributes in sorted order (as cty marshals them). */
function ctyType(t: Json): Json {
  if (Array.isArray(t)) {
    if (t[0] === 'object' && t[1] && typeof t[1] === 'object' && !Array.isArray(t[1])) {
      return ['object', sorted(Object.entries(t[1]).map(([k, v]) => [k, ctyType(v)]))];
    }
    return t.map(ctyType);
  }
  return t;
}

function block(b: PbBlock): Json {
  return compact({
    attributes: sorted(
      b.attributes.map((a) => [
        a.name,
        compact({
          type: ctyType(JSON.parse(Buffer.from(a.type).toString('utf8')) as Json),
          description: a.description,
          description_kind: KIND[a.description_kind],
          deprecated: a.deprecated,
          required: a.required,
          optional: a.optional,
          computed: a.computed,
          sensitive: a.sensitive,
          write_only: a.write_only,
        }),
      ]),
    ),
    block_types: sorted(
      b.block_types.map((t) => [
        t.type_name,
        compact({
          nesting_mode: NESTING[t.nesting],
          block: block(t.block),
          min_items: t.min_items,
          max_items: t.max_items,
        }),
      ]),
    ),
    description: b.description,
    description_kind: KIND[b.description_kind],
    deprecated: b.deprecated,
  });
}

const schema = (s: PbSchema): Json => ({ version: s.version, block: block(s.block) });

interface PbProviderSchema {
  provider: PbSchema;
  resource_schemas: Record<string, PbSchema>;
  data_source_schemas: Record<string, PbSchema>;
}

/** The parsed `terraform providers schema -json` document for the novaform provider. */
export async function providerSchemaDocument(): Promise<{ [k: string]: Json }> {
  const plugin = terraformProvider({ cwd: process.cwd(), env: {} });
  const pb = (await plugin.GetProviderSchema({})) as unknown as PbProviderSchema;
  return {
    format_version: '1.0',
    provider_schemas: {
      [PROVIDER_ADDRESS]: compact({
        provider: schema(pb.provider),
        resource_schemas: sorted(Object.entries(pb.resource_schemas).map(([k, v]) => [k, schema(v)])),
        data_source_schemas: sorted(Object.entries(pb.data_source_schemas).map(([k, v]) => [k, schema(v)])),
      }),
    },
  };
}

/** JSON text as Go's json.Marshal writes it (no spaces; <, >, &, U+2028 and U+2029 escaped). */
export function goJson(v: Json): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Exactly what `terraform providers schema -json` prints (one line and a newline). */
export async function providerSchemaJson(): Promise<string> {
  return `${goJson(await providerSchemaDocument())}\n`;
}
