// A large Terraform plan for the size and speed checks: the resource_changes of a real terraform plan, each
// repeated under indexed addresses (`terraform_data.web[17]`), so every entry keeps the CLI's exact shape.
type Plan = { resource_changes: { address: string; index?: number }[]; configuration?: unknown; [k: string]: unknown };

export function largePlan(real: unknown, total: number): Plan {
  const base = real as Plan;
  const changes = base.resource_changes;
  const out: Plan['resource_changes'] = [];
  for (let i = 0; out.length < total; i++) {
    for (const rc of changes) {
      if (out.length >= total) break;
      out.push({ ...structuredClone(rc), address: `${rc.address}[${i}]`, index: i });
    }
  }
  return { ...base, resource_changes: out };
}
