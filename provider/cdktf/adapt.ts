// Two mechanical adjustments to @cdktf/provider-generator's output, applied by `npm run generate` (never by
// hand). Each fails loudly if the generator's output no longer has the shape it expects.
//
// 1. `override` modifiers: the generator writes for cdktf's compiler settings; this repository compiles with
//    noImplicitOverride, so members that override cdktf base-class members get the modifier.
// 2. Optional single blocks: Terraform never requires a block of nesting mode "single" (the schema cannot
//    say so), but the generator types one as required when all of its own attributes are required
//    (server_group.rules, container_group.security_context, a probe's http_get, ...). Such properties are
//    made optional again; the provider still validates what a resource really needs.
interface JsonBlock {
  block_types?: Record<string, { nesting_mode: string; block: JsonBlock }>;
}
interface JsonProvider {
  resource_schemas?: Record<string, { block: JsonBlock }>;
  data_source_schemas?: Record<string, { block: JsonBlock }>;
}

const OVERRIDES: [RegExp, string][] = [
  [/constructor\(protected (terraformResource|terraformAttribute|wrapsSet)\b/g, 'constructor(protected override $1'],
  [/, protected (terraformResource|terraformAttribute|wrapsSet)\b/g, ', protected override $1'],
  [/^(\s+)protected (synthesizeAttributes|synthesizeHclAttributes)\(/gm, '$1protected override $2('],
  // TerraformProvider declares `alias`; the provider class redeclares its accessors.
  [/^(\s+)public (get|set) alias\(/gm, '$1public override $2 alias('],
];

export function addOverrideModifiers(text: string): string {
  let out = text;
  for (const [re, to] of OVERRIDES) out = out.replace(re, to);
  return out;
}

/** Struct type names of every nested block of nesting mode "single", by generated class name (the
 * generator's naming: class from the type without the provider prefix, then each block name appended). */
export function singleBlockStructs(
  provider: JsonProvider,
  prefix: string,
  toPascalCase: (s: string) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (structName: string, b: JsonBlock, acc: string[]) => {
    for (const [name, t] of Object.entries(b.block_types ?? {})) {
      const child = structName + toPascalCase(name);
      if (t.nesting_mode === 'single') acc.push(child);
      walk(child, t.block, acc);
    }
  };
  for (const [type, s] of Object.entries(provider.resource_schemas ?? {})) {
    const cls = toPascalCase(type.startsWith(`${prefix}_`) ? type.slice(prefix.length + 1) : type);
    const acc: string[] = [];
    walk(cls, s.block, acc);
    out.set(cls, acc);
  }
  for (const [type, s] of Object.entries(provider.data_source_schemas ?? {})) {
    const cls = toPascalCase(`data_${type}`);
    const acc: string[] = [];
    walk(cls, s.block, acc);
    out.set(cls, acc);
  }
  return out;
}

/** Makes `readonly x: Struct;` optional for each single-block struct of the file. */
export function optionalSingleBlocks(text: string, structs: string[], file: string): string {
  let out = text;
  for (const s of structs) {
    if (!out.includes(`export interface ${s} {`))
      throw new Error(`${file}: the generator no longer emits interface ${s}`);
    out = out.replace(new RegExp(`^(\\s+readonly \\w+): ${s};$`, 'gm'), `$1?: ${s};`);
  }
  return out;
}
