// Turns a plan file's JSON into the preview model: parse (Terraform or Pulumi), gather every value the plan
// or the schemas call secret, then mask, diff and enrich each resource from the novaform schemas.
import type { ResourceSchema } from '../schema/dsl';
import type { Preview } from './model';
import { addSecret, collectSecrets, newSecrets, normalize, secretPredicate } from './normalize';
import { parsePulumiPreview } from './pulumi';
import { parseTerraformPlan } from './terraform';
import { knownSchemas, schemaFor } from './schemas';

export type PlanSource = { terraform: unknown } | { pulumi: unknown };

export function buildPreview(src: PlanSource, schemas: readonly ResourceSchema[] = knownSchemas()): Preview {
  const parsed = 'terraform' in src ? parseTerraformPlan(src.terraform) : parsePulumiPreview(src.pulumi);
  const secrets = newSecrets();
  for (const v of parsed.secretValues) addSecret(v, secrets);
  for (const r of parsed.resources) {
    const secret = secretPredicate(schemaFor(r.type, schemas));
    collectSecrets(r.before, r.beforeSensitive, [], secret, secrets);
    collectSecrets(r.after, r.afterSensitive, [], secret, secrets);
    if (r.prior !== undefined) collectSecrets(r.prior, r.beforeSensitive, [], secret, secrets);
  }
  return {
    source: 'terraform' in src ? 'terraform' : 'pulumi',
    resources: parsed.resources.map((r) => normalize(r, schemas, secrets)),
    notes: [],
  };
}
