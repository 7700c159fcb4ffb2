// Preview speed and size: a 2,000-resource Terraform plan (entries of a real terraform plan repeated) parsed,
// masked, diffed and rendered to Markdown; first (cold) run and the best of five.
import fs from 'node:fs';
import { buildPreview, renderMarkdown, summarize, summaryLine } from '../../provider/preview';
import { largePlan } from '../provider/preview/large-plan';
import { makeTerraformPlans } from '../provider/preview/terraform-fixtures';

const N = 2000;
const { plans, dir } = makeTerraformPlans();
fs.rmSync(dir, { recursive: true, force: true });
const plan = largePlan(plans.mixed, N);
const times: number[] = [];
let md = '';
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  md = renderMarkdown(buildPreview({ terraform: plan }));
  times.push(performance.now() - t0);
}
const line = summaryLine(summarize(buildPreview({ terraform: plan })));
console.log(
  `${N} resources: first ${times[0].toFixed(0)} ms, best ${Math.min(...times.slice(1)).toFixed(0)} ms; ` +
    `${md.length} characters; summary kept: ${md.includes(line)}`,
);
console.log(
  JSON.stringify({
    preview_2000_first_ms: Number(times[0].toFixed(1)),
    preview_2000_best_ms: Number(Math.min(...times.slice(1)).toFixed(1)),
    preview_2000_chars: md.length,
  }),
);
