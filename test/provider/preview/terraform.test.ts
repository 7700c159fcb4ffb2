// Previews of plans the real terraform CLI makes (terraform_data resources): golden Markdown, the summary,
// replacement reasons and order, dependencies, secrets never shown, trimming and speed.
import fs from 'node:fs';
import {
  buildPreview,
  renderJson,
  renderMarkdown,
  renderText,
  summarize,
  summaryLine,
  type Preview,
} from '../../../provider/preview';
import { expectGolden, stable } from './golden';
import { largePlan } from './large-plan';
import { SECRETS, makeTerraformPlans, type Scenario } from './terraform-fixtures';

let plans: Record<Scenario, unknown>;
let dir: string;
const preview = (s: Scenario): Preview => buildPreview({ terraform: plans[s] });
const byAddress = (p: Preview, a: string) => p.resources.find((r) => r.address === a)!;

beforeAll(() => {
  ({ plans, dir } = makeTerraformPlans());
}, 60_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test.each([
  ['create', 'Plan: 4 to add, 0 to change, 0 to replace, 0 to destroy, 0 unchanged.'],
  ['update', 'Plan: 0 to add, 1 to change, 0 to replace, 0 to destroy, 3 unchanged.'],
  ['replace', 'Plan: 0 to add, 0 to change, 1 to replace, 0 to destroy, 3 unchanged.'],
  ['destroy', 'Plan: 0 to add, 0 to change, 0 to replace, 4 to destroy, 0 unchanged.'],
  ['mixed', 'Plan: 1 to add, 1 to change, 1 to replace, 1 to destroy, 1 unchanged.'],
] as [Scenario, string][])('%s: summary line and golden Markdown', (scenario, line) => {
  const p = preview(scenario);
  expect(summaryLine(summarize(p))).toBe(line);
  const md = renderMarkdown(p);
  expect(md).toContain(`**${line}**`);
  expectGolden(`terraform-${scenario}.md`, stable(md));
});

test('secrets never appear in any rendering, though the plan JSON carries them', () => {
  for (const scenario of Object.keys(plans) as Scenario[]) {
    const raw = JSON.stringify(plans[scenario]);
    const p = preview(scenario);
    const outputs = [renderMarkdown(p), renderText(p), renderJson(p)];
    for (const secret of Object.values(SECRETS)) {
      if (scenario !== 'destroy') expect(raw).toContain(secret);
      for (const out of outputs) expect(out).not.toContain(secret);
    }
  }
});

test('sensitive attributes show as (sensitive), unknowns as (known after apply)', () => {
  const web = byAddress(preview('create'), 'terraform_data.web');
  expect(web.changes.map((c) => [c.path, c.after])).toEqual(
    expect.arrayContaining([
      ['input.password', expect.any(Symbol)],
      ['id', expect.any(Symbol)],
      ['input.flavor', 'm1.small'],
    ]),
  );
  const text = renderText(preview('create'));
  expect(text).toContain('+ input.password = (sensitive)');
  expect(text).toContain('+ id = (known after apply)');
  // terraform_data copies input to output without the sensitive mark: the value is masked all the same.
  expect(renderText(preview('update'))).toContain('"password":"(sensitive)"');
});

test('replacements carry the forcing path, the reason and the order', () => {
  const db = byAddress(preview('replace'), 'terraform_data.db');
  expect(db.action).toBe('replace');
  expect(db.replaceOrder).toBe('delete-first');
  expect(db.replaceReasons).toEqual([{ path: 'triggers_replace[0]', reason: 'cannot be updated in place' }]);
  expect(db.changes.find((c) => c.path === 'triggers_replace[0]')).toMatchObject({
    before: 'image-a',
    after: 'image-b',
    forcesReplacement: true,
  });
  const mixed = byAddress(preview('mixed'), 'terraform_data.db');
  expect(mixed.replaceOrder).toBe('create-first');
  expect(renderMarkdown(preview('mixed'))).toContain(
    '`+/- terraform_data.db` is **replaced** (create, then destroy) — `triggers_replace[0]`: ' +
      'cannot be updated in place',
  );
});

test('warnings list replacements and deletes; a delete says why', () => {
  const md = renderMarkdown(preview('mixed'));
  expect(md).toContain('> **Destructive changes (2)**');
  expect(md).toContain('> - `- terraform_data.old` is **destroyed**');
  expect(md).toContain('_removed from the configuration_');
  expect(renderMarkdown(preview('update'))).not.toContain('Destructive changes');
});

test('dependencies come from references and depends_on (and the prior state for deletes)', () => {
  const mixed = preview('mixed');
  expect(byAddress(mixed, 'terraform_data.web').dependsOn).toEqual(['terraform_data.network']);
  expect(byAddress(mixed, 'terraform_data.cache').dependsOn).toEqual(['terraform_data.web']);
  expect(byAddress(preview('destroy'), 'terraform_data.web').dependsOn).toEqual(['terraform_data.network']);
  const md = renderMarkdown(mixed);
  expect(md).toContain('```mermaid\nflowchart LR');
  expect(md).toMatch(/r\d\["terraform_data\.network"\]:::same/);
  expect(md).toMatch(/r\d\["\+ terraform_data\.cache"\]:::create/);
});

test('the hidden marker names the stack so CI can find its previous comment', () => {
  const md = renderMarkdown(preview('update'), { key: 'prod/eu-de' });
  expect(md.split('\n')[0]).toBe('<!-- novaform-preview key=prod/eu-de -->');
});

test("a 2,000-resource plan renders in under 2 s, within GitHub's limit, with summary and warnings intact", () => {
  const big = largePlan(plans.mixed, 2000);
  const t0 = performance.now();
  const p = buildPreview({ terraform: big });
  const md = renderMarkdown(p);
  const ms = performance.now() - t0;
  expect(ms).toBeLessThan(2000);
  process.stderr.write(`2,000 resources: build + render ${ms.toFixed(0)} ms, ${md.length} characters\n`);
  expect(md.length).toBeLessThanOrEqual(65_536);
  expect(p.resources).toHaveLength(2000);
  const s = summarize(p);
  expect(md).toContain(`**${summaryLine(s)}**`);
  expect(s.replace + s.destroy).toBeGreaterThan(500);
  expect(md).toContain(`**Destructive changes (${s.replace + s.destroy})**`);
  expect(md).toMatch(/> - … and \d+ more/);
  expect(md).toMatch(/_\d+ of \d+ changed resources not shown/);
  expect(md).toContain('_Graph left out: ');
  for (const secret of Object.values(SECRETS)) expect(md).not.toContain(secret);
});

test('a tight limit keeps summary and warnings and drops details first', () => {
  const md = renderMarkdown(preview('mixed'), { maxChars: 2000 });
  expect(md.length).toBeLessThanOrEqual(2000);
  expect(md).toContain('**Plan: 1 to add, 1 to change, 1 to replace, 1 to destroy, 1 unchanged.**');
  expect(md).toContain('is **destroyed**');
  expect(md).toMatch(/changed resources not shown/);
});
