// Attribute paths as users write them — `flavor_id`, `network[0].uuid`, `metadata["role"]` — and as steps
// for the plugin protocols (Terraform AttributePath steps, Pulumi detailedDiff keys).
export type Step = string | number | { key: string };

export function formatPath(steps: Step[]): string {
  return steps.reduce<string>((out, s) => {
    if (typeof s === 'number') return `${out}[${s}]`;
    if (typeof s === 'object') return `${out}[${JSON.stringify(s.key)}]`;
    return out ? `${out}.${s}` : s;
  }, '');
}

export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    // Exactly one of the alternatives matched; the other groups are undefined.
    const [, name, index, key] = m as (string | undefined)[];
    if (name !== undefined) steps.push(name);
    else if (index !== undefined) steps.push(Number(index));
    else steps.push({ key: JSON.parse(`"${key ?? ''}"`) as string });
  }
  return steps;
}
