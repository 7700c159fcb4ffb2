// Provider configuration as Pulumi delivers it: `novaform:authUrl`-style stack config (always strings; objects,
// numbers and booleans JSON-encoded) or the args of an explicit `novaform.Provider` (secrets wrapped). Both are
// turned into the core's ProviderConfig (Terraform names, typed values) and checked against the schema.
import { defineResource } from '../schema/dsl';
import { providerFields, type ProviderConfig } from '../schema/provider';
import { validateInputs } from '../schema/validate';
import { isUnknown, type Obj } from '../schema/values';
import { propsOf, type PProp } from './model';
import { pulumiMessage, pulumiPath, toCore } from './wire';

export const PROVIDER_PROPS = propsOf(providerFields, 'Provider');
const providerSchema = defineResource({
  name: 'Provider',
  terraform: 'novaform',
  description: 'novaform provider configuration',
  version: 1,
  importId: '',
  fields: providerFields,
  timeouts: { create: 0, update: 0, delete: 0 },
});

const KIND_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  map: 'a JSON object',
  array: 'a JSON array',
  object: 'a JSON object',
};

/** Keys the engine itself adds to provider inputs; passed through untouched. */
const ENGINE_KEYS = new Set(['version', 'pluginDownloadURL']);

export interface Failure {
  property: string;
  reason: string;
}

/** A config value as typed by the schema: strings from stack config are parsed (numbers, booleans, JSON maps). */
/** The configuration keys, as an error message lists them. */
const PROVIDER_KEYS = PROVIDER_PROPS.map((q) => q.name).join(', ');

function typed(p: PProp, v: unknown): unknown {
  if (typeof v !== 'string' || isUnknown(v)) return v;
  switch (p.type.kind) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v;
    case 'boolean':
      return v === 'true' ? true : v === 'false' ? false : v;
    case 'map':
    case 'array':
    case 'object':
      try {
        return JSON.parse(v);
      } catch {
        return v;
      }
    case 'any':
    case 'enum':
    case 'string':
    default:
      return v;
  }
}

/** Pulumi-named raw config → the core's config, plus failures naming each bad key and the rule it broke. */
export function parseConfig(raw: Obj): { config: ProviderConfig; failures: Failure[] } {
  const failures: Failure[] = [];
  const config: ProviderConfig = {};
  for (const [k, v] of Object.entries(raw)) {
    if (ENGINE_KEYS.has(k) || v === null || v === undefined) continue;
    const p = PROVIDER_PROPS.find((q) => q.name === k);
    if (!p) {
      failures.push({
        property: k,
        reason: `${k} is not a novaform configuration key; the keys are ${PROVIDER_KEYS}`,
      });
      continue;
    }
    const value = typed(p, toCore({ kind: 'any' }, v, new Set()));
    if (typeof value === 'string' && !isUnknown(value) && p.type.kind !== 'string' && p.type.kind !== 'enum') {
      failures.push({
        property: k,
        reason: `novaform:${k} must be ${KIND_NAMES[p.type.kind] ?? p.type.kind} (got ${JSON.stringify(value)})`,
      });
      continue;
    }
    config[p.tf] = toCore(p.type, value, new Set());
  }
  {
    for (const e of validateInputs(providerSchema, config)) {
      const property = pulumiPath(PROVIDER_PROPS, e.path);
      failures.push({ property, reason: `novaform:${property} ${pulumiMessage(PROVIDER_PROPS, e.message)}` });
    }
  }
  return { config, failures };
}

/**
 * Configure's inputs: `variables` (`novaform:config:authUrl` → string, secrets unwrapped) and `args` (the
 * provider's inputs, secrets wrapped). Args win where both are given; secrets are unwrapped by toCore.
 */
export function configureInputs(variables: Map<string, string> | [string, string][], args: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of variables) {
    const m = /^novaform:(?:config:)?(.+)$/.exec(k);
    if (m) out[m[1]] = v;
  }
  for (const [k, v] of Object.entries(args)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}
