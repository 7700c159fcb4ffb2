// examples/terraform-hcl: the quickstart's stack in plain HCL validates, applies on the embedded engine
// through the real terraform CLI, and a second plan has no changes.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, Workdir } from '../terraform/terraform';

jest.setTimeout(120_000);

test('the HCL example validates, applies and converges', async () => {
  const w = Workdir.create();
  try {
    w.write(fs.readFileSync(path.join(ROOT, 'examples', 'terraform-hcl', 'main.tf'), 'utf8'));
    await w.ok(['init', '-input=false', '-no-color']);
    const v = await w.ok(['validate', '-no-color']);
    expect(v.stdout).toContain('The configuration is valid.');
    const plan = await w.ok(['plan', '-input=false', '-no-color', '-out=tfplan']);
    expect(plan.stdout).toContain('Plan: 8 to add, 0 to change, 0 to destroy.');
    await w.ok(['apply', '-input=false', '-no-color', 'tfplan']);
    const managed = (w.state().resources as { mode?: string; type: string; instances: unknown[] }[]).filter(
      (r) => r.mode === 'managed',
    );
    const types = managed.flatMap((r) => r.instances.map(() => r.type)).sort();
    expect(types).toEqual([
      'novaform_container_group',
      'novaform_interface_attachment',
      'novaform_keypair',
      'novaform_server',
      'novaform_server',
      'novaform_server_group',
      'novaform_volume',
      'novaform_volume_attachment',
    ]);
    const again = await w.ok(['plan', '-input=false', '-no-color', '-detailed-exitcode'], [0]);
    expect(again.stdout).toContain('No changes.');
  } finally {
    w.cleanup();
  }
});
