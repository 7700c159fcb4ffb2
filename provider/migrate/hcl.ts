// Just enough HCL writing for generated configuration: literals, references and blocks, two-space indented.
// A reference is kept apart from a string so it is written bare (`novaform_server.web.id`), never quoted.

export class Ref {
  constructor(readonly expr: string) {}
}

export type Value = string | number | boolean | Ref | Value[] | { [key: string]: Value };

/** An HCL string literal: JSON's escapes, plus the template markers `${` and `%{` escaped. */
export const hclString = (s: string) => JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');

export function literal(v: Value): string {
  if (v instanceof Ref) return v.expr;
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  const entries = Object.entries(v);
  return entries.length ? `{ ${entries.map(([k, x]) => `${hclString(k)} = ${literal(x)}`).join(', ')} }` : '{}';
}

export interface Body {
  /** Attributes in order; a trailing comment per attribute is optional. */
  attrs: [string, Value, string?][];
  blocks?: [string, Body][];
}

export function block(header: string, body: Body, indent = ''): string {
  const inner = `${indent}  `;
  const width = Math.max(0, ...body.attrs.map(([k]) => k.length));
  const lines = body.attrs.map(
    ([k, v, note]) => `${inner}${k.padEnd(width)} = ${literal(v)}${note ? ` # ${note.replace(/\n/g, ' ')}` : ''}`,
  );
  for (const [name, b] of body.blocks ?? []) lines.push(block(name, b, inner));
  return `${indent}${header} {\n${lines.join('\n')}${lines.length ? '\n' : ''}${indent}}`;
}
