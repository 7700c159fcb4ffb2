// Attribute paths as the core writes them (`network[0].uuid`, `metadata.role`) ↔ Terraform AttributePaths.
// The schema decides what a segment is: after a map, a name is an element key; after a block or object it
// is an attribute. Terraform addresses set elements by value, not position, so a path stops at a set.
import type { TfType } from './types';

export type Step = { attribute_name: string } | { element_key_string: string } | { element_key_int: number };
export interface PbAttributePath {
  steps: Step[];
}

/** `a.b[0].c` → ['a', 'b', 0, 'c'] (a quoted key `m["x.y"]` stays whole). */
export function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) {
    // Exactly one of the alternatives matched; the other groups are undefined.
    const [, name, index, key] = m as (string | undefined)[];
    if (name !== undefined) out.push(name);
    else if (index !== undefined) out.push(Number(index));
    else out.push(JSON.parse(`"${key ?? ''}"`) as string);
  }
  return out;
}

export function toAttributePath(type: TfType, path: string): PbAttributePath | undefined {
  const steps: Step[] = [];
  let t: TfType = type;
  for (const seg of segments(path)) {
    if (t.kind === 'object') {
      if (typeof seg !== 'string' || !(seg in t.attrs)) break;
      steps.push({ attribute_name: seg });
      t = t.attrs[seg];
    } else if (t.kind === 'list') {
      if (typeof seg !== 'number') break;
      steps.push({ element_key_int: seg });
      t = t.elem;
    } else if (t.kind === 'map') {
      steps.push({ element_key_string: String(seg) });
      t = t.elem;
    } else break;
  }
  return steps.length ? { steps } : undefined;
}
