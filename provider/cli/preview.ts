// `novaform preview`: a pull-request comment (or text / JSON) from a Terraform plan, a Pulumi preview or a
// synthesized CDKTF stack. Exit 0 whenever the preview was produced — predicted failures included, unless
// --fail-on-predicted (exit 3) — and 2 when the preview itself cannot be made.
import fs from 'node:fs';
import type { Command } from 'commander';
import { connect } from '../client/connection';
import { PlanInputError, buildPreview, renderJson, renderMarkdown, renderText, type PlanSource } from '../preview';
import { simulate } from '../preview/simulate';
import { planStackDir } from '../preview/terraform-run';

export const EXIT_CANNOT_PREVIEW = 2;
export const EXIT_PREDICTED_FAILURE = 3;

export interface PreviewOptions {
  terraformPlan?: string;
  pulumiPreview?: string;
  cdktfOut?: string;
  format: string;
  key?: string;
  title?: string;
  maxChars?: string;
  simulate?: boolean;
  failOnPredicted?: boolean;
  /** Connection for --simulate: a clouds.yaml cloud; otherwise OS_* variables, else the embedded engine. */
  cloud?: string;
  embeddedData?: string;
}

/** Where --simulate finds its connection settings (the process's by default). */
export interface PreviewEnvironment {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

function readJson(file: string, flag: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new PlanInputError(`${flag}: cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PlanInputError(`${flag}: ${file} is not JSON: ${(e as Error).message}`);
  }
}

async function source(opts: PreviewOptions): Promise<PlanSource> {
  const given = [
    opts.terraformPlan && '--terraform-plan',
    opts.pulumiPreview && '--pulumi-preview',
    opts.cdktfOut && '--cdktf-out',
  ].filter(Boolean);
  if (given.length !== 1)
    throw new PlanInputError(
      `give exactly one of --terraform-plan, --pulumi-preview or ` +
        `--cdktf-out${given.length ? ` (got ${given.join(', ')})` : ''}`,
    );
  if (opts.terraformPlan) return { terraform: readJson(opts.terraformPlan, '--terraform-plan') };
  if (opts.pulumiPreview) return { pulumi: readJson(opts.pulumiPreview, '--pulumi-preview') };
  return { terraform: await planStackDir(opts.cdktfOut as string) };
}

/** Runs the command; returns the exit code and writes the rendering to `out`. */
export async function runPreview(
  opts: PreviewOptions,
  out: (s: string) => void,
  where: PreviewEnvironment = {},
): Promise<number> {
  if (!['markdown', 'json', 'text'].includes(opts.format))
    throw new PlanInputError(`--format must be markdown, json or text, not ${JSON.stringify(opts.format)}`);
  const maxChars = opts.maxChars === undefined ? undefined : Number(opts.maxChars);
  if (maxChars !== undefined && !(Number.isInteger(maxChars) && maxChars >= 2000))
    throw new PlanInputError('--max-chars must be an integer of at least 2000');
  let preview = buildPreview(await source(opts));
  if (opts.simulate) {
    const conn = await connect(
      { cloud: opts.cloud, embedded_data: opts.embeddedData },
      { env: where.env ?? process.env, cwd: where.cwd ?? process.cwd() },
    ).catch((e: Error) => {
      throw new PlanInputError(`--simulate: cannot connect: ${e.message}`);
    });
    try {
      preview = await simulate(preview, conn);
    } finally {
      await conn.close();
    }
  }
  out(
    opts.format === 'json'
      ? renderJson(preview)
      : opts.format === 'text'
        ? renderText(preview)
        : renderMarkdown(preview, { key: opts.key, title: opts.title, maxChars }),
  );
  return opts.failOnPredicted && (preview.simulation?.predictions.length ?? 0) > 0 ? EXIT_PREDICTED_FAILURE : 0;
}

export function previewCommand(program: Command): void {
  program
    .command('preview')
    .description(
      'Render a plan as a pull-request comment: summary, destructive-change warnings, per-resource diffs, a graph',
    )
    .option('--terraform-plan <file>', 'JSON plan from `terraform show -json tfplan`')
    .option('--pulumi-preview <file>', 'JSON from `pulumi preview --json`')
    .option(
      '--cdktf-out <dir>',
      'a synthesized CDKTF stack (cdktf.out/stacks/<stack>): runs terraform init, plan and show -json there',
    )
    .option('--format <format>', 'markdown, json or text', 'markdown')
    .option('--key <key>', "names this stack's sticky comment when one pull request previews several stacks", 'default')
    .option('--title <title>', 'comment heading')
    .option('--max-chars <n>', 'size limit of the Markdown (GitHub: 65536)')
    .option(
      '--simulate',
      'replay the planned operations on a throw-away engine seeded from the actual state and report what would fail',
    )
    .option('--fail-on-predicted', 'exit 3 when the simulation predicts a failure')
    .option(
      '--cloud <name>',
      'for --simulate: the clouds.yaml cloud to read the actual state from (default: OS_* variables, ' +
        'else the embedded engine)',
    )
    .option(
      '--embedded-data <file>',
      "for --simulate without a cloud: the embedded engine's store",
      '.novaform/engine.db',
    )
    .action(async (opts: PreviewOptions) => {
      try {
        process.exitCode = await runPreview(opts, (s) => process.stdout.write(s));
      } catch (err) {
        if (!(err instanceof PlanInputError)) throw err;
        console.error(`novaform preview: ${err.message}`);
        process.exitCode = EXIT_CANNOT_PREVIEW;
      }
    });
}
