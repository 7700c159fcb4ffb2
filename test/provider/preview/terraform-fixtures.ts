// Plans made by the real terraform CLI (terraform_data only: no provider download, no network), for the
// create, update, replace, destroy and mixed cases. Sensitive values come in through TF_VAR_* so they appear
// in the plan JSON exactly as a CI run would see them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SECRETS = { db_password: 'S3cr3t-db-pass-7731', api_token: 'tok-9f8e7d6c5b4a' } as const;

const VARS = `
variable "db_password" {
  type      = string
  sensitive = true
}
variable "api_token" {
  type      = string
  sensitive = true
}
output "token" {
  value     = var.api_token
  sensitive = true
}
`;

interface Shape {
  webFlavor: string;
  dbImage: string;
  old: boolean;
  cache: boolean;
  dbCreateFirst: boolean;
}
const BASE: Shape = { webFlavor: 'm1.small', dbImage: 'image-a', old: true, cache: false, dbCreateFirst: false };

const OLD = 'resource "terraform_data" "old" {\n  input = "legacy"\n}\n';
const CACHE = 'resource "terraform_data" "cache" {\n  input      = "redis"\n  depends_on = [terraform_data.web]\n}\n';

function config(s: Shape): string {
  return `${VARS}
resource "terraform_data" "network" {
  input = "net-1"
}
resource "terraform_data" "web" {
  input = {
    name     = "web"
    flavor   = "${s.webFlavor}"
    password = var.db_password
    network  = terraform_data.network.output
  }
}
resource "terraform_data" "db" {
  input            = { name = "db", token = var.api_token }
  triggers_replace = ["${s.dbImage}"]
${s.dbCreateFirst ? '  lifecycle {\n    create_before_destroy = true\n  }\n' : ''}}
${s.old ? OLD : ''}${s.cache ? CACHE : ''}`;
}

export type Scenario = 'create' | 'update' | 'replace' | 'destroy' | 'mixed';

/** Makes every scenario's plan JSON in a fresh directory; ~a dozen terraform runs, a few seconds. */
export function makeTerraformPlans(): { plans: Record<Scenario, unknown>; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-preview-tf-'));
  const env = {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_VAR_db_password: SECRETS.db_password,
    TF_VAR_api_token: SECRETS.api_token,
  };
  const tf = (...args: string[]) =>
    execFileSync('terraform', args, {
      cwd: dir,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
  const write = (s: Shape) => fs.writeFileSync(path.join(dir, 'main.tf'), config(s));
  const plan = (...extra: string[]) => {
    tf('plan', '-input=false', '-no-color', '-out=tfplan', ...extra);
    return JSON.parse(tf('show', '-json', 'tfplan')) as unknown;
  };

  write(BASE);
  tf('init', '-input=false', '-no-color');
  const create = plan();
  tf('apply', '-input=false', '-no-color', 'tfplan');
  write({ ...BASE, webFlavor: 'm1.medium' });
  const update = plan();
  write({ ...BASE, dbImage: 'image-b' });
  const replace = plan();
  write(BASE);
  const destroy = plan('-destroy');
  write({ ...BASE, webFlavor: 'm1.large', dbImage: 'image-c', old: false, cache: true, dbCreateFirst: true });
  const mixed = plan();
  return { plans: { create, update, replace, destroy, mixed }, dir };
}

if (require.main === module) {
  const { plans, dir } = makeTerraformPlans();
  for (const [k, v] of Object.entries(plans)) fs.writeFileSync(path.join(dir, `${k}.json`), JSON.stringify(v, null, 2));
  console.log(dir);
}
