// Reads the JSON plan `terraform show -json tfplan` prints (format_version 1.x): resource_changes with their
// actions, before/after values, unknown and sensitivity trees, replace_paths and action_reason; dependencies
// from the configuration's references and depends_on (and the prior state's, for resources being deleted).
import { joinPath } from './model';
import { PlanInputError, type ParsedPlan, type RawResource } from './raw';

const REASONS: Record<string, string> = {
  replace_because_cannot_update: 'cannot be updated in place',
  replace_because_tainted: 'the object is tainted (a failed create or `terraform taint`)',
  replace_by_request: 'replacement requested (`-replace`)',
  replace_by_triggers: 'a `replace_triggered_by` reference changed',
  delete_because_no_resource_config: 'removed from the configuration',
  delete_because_no_module: 'its module was removed',
  delete_because_wrong_repetition: 'count/for_each changed shape',
  delete_because_count_index: 'beyond the new count',
  delete_because_each_key: 'its for_each key is gone',
  delete_because_no_move_target: 'the moved block has no target',
  read_because_config_unknown: 'its configuration depends on values known only after apply',
  read_because_dependency_pending: 'a dependency has pending changes',
};

interface TfChange {
  actions?: unknown;
  before?: unknown;
  after?: unknown;
  after_unknown?: unknown;
  before_sensitive?: unknown;
  after_sensitive?: unknown;
  replace_paths?: unknown;
  importing?: unknown;
}
interface TfResourceChange {
  address?: unknown;
  module_address?: unknown;
  mode?: unknown;
  type?: unknown;
  name?: unknown;
  index?: unknown;
  deposed?: unknown;
  previous_address?: unknown;
  action_reason?: unknown;
  change?: TfChange;
}
interface TfConfigModule {
  resources?: TfConfigResource[];
  module_calls?: Record<string, { module?: TfConfigModule }>;
}
interface TfConfigResource {
  address?: string;
  expressions?: unknown;
  depends_on?: string[];
}
interface TfStateModule {
  resources?: { address?: string; depends_on?: string[] }[];
  child_modules?: TfStateModule[];
}

function actionOf(actions: unknown, where: string): Pick<RawResource, 'action' | 'replaceOrder'> {
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string'))
    throw new PlanInputError(`${where}.change.actions must be an array of strings`);
  const key = actions.join(',');
  switch (key) {
    case 'no-op':
    case 'forget':
      return { action: 'noop' };
    case 'create':
      return { action: 'create' };
    case 'read':
      return { action: 'read' };
    case 'update':
      return { action: 'update' };
    case 'delete':
      return { action: 'delete' };
    case 'delete,create':
      return { action: 'replace', replaceOrder: 'delete-first' };
    case 'create,delete':
      return { action: 'replace', replaceOrder: 'create-first' };
    default:
      throw new PlanInputError(`${where}.change.actions: unknown combination [${key}]`);
  }
}

/** `module.a.novaform_server.web[0]` → `module.a.novaform_server.web`: the address configuration uses. */
const configAddress = (address: string) => address.replace(/\[[^\]]*\]$/, '');

/** Every resource address an expression tree refers to (`references` lists, nested blocks included). */
function references(expr: unknown, out: Set<string>): void {
  if (Array.isArray(expr)) {
    for (const e of expr) references(e, out);
    return;
  }
  if (!expr || typeof expr !== 'object') return;
  for (const [k, v] of Object.entries(expr)) {
    if (k === 'references' && Array.isArray(v)) {
      for (const r of v) if (typeof r === 'string') out.add(r);
    } else references(v, out);
  }
}

/** Dependencies per configuration address, from references and depends_on, module prefixes applied. */
function configDependencies(mod: TfConfigModule | undefined, prefix: string, out: Map<string, Set<string>>): void {
  if (!mod) return;
  for (const r of mod.resources ?? []) {
    if (typeof r.address !== 'string') continue;
    const refs = new Set<string>();
    references(r.expressions, refs);
    for (const d of r.depends_on ?? []) refs.add(d);
    out.set(prefix + r.address, new Set([...refs].map((x) => prefix + x)));
  }
  for (const [name, call] of Object.entries(mod.module_calls ?? {}))
    configDependencies(call.module, `${prefix}module.${name}.`, out);
}

function stateDependencies(mod: TfStateModule | undefined, out: Map<string, Set<string>>): void {
  if (!mod) return;
  for (const r of mod.resources ?? [])
    if (typeof r.address === 'string' && r.depends_on) out.set(configAddress(r.address), new Set(r.depends_on));
  for (const c of mod.child_modules ?? []) stateDependencies(c, out);
}

/** Values the plan marks sensitive outside resources: sensitive variables and outputs. */
function planSecrets(p: {
  variables?: unknown;
  configuration?: { root_module?: { variables?: unknown } };
  output_changes?: unknown;
}): unknown[] {
  const out: unknown[] = [];
  const declared = (p.configuration?.root_module?.variables ?? {}) as Record<
    string,
    { sensitive?: boolean } | null | undefined
  >;
  const values = (p.variables ?? {}) as Record<string, { value?: unknown } | null | undefined>;
  for (const [name, d] of Object.entries(declared)) if (d?.sensitive && values[name]) out.push(values[name].value);
  for (const o of Object.values(
    (p.output_changes ?? {}) as Record<
      string,
      { before?: unknown; after?: unknown; before_sensitive?: unknown; after_sensitive?: unknown } | null
    >,
  )) {
    if (o?.before_sensitive === true) out.push(o.before);
    if (o?.after_sensitive === true) out.push(o.after);
  }
  return out;
}

export function parseTerraformPlan(plan: unknown): ParsedPlan {
  if (!plan || typeof plan !== 'object')
    throw new PlanInputError('the Terraform plan must be a JSON object (terraform show -json tfplan)');
  const p = plan as {
    format_version?: unknown;
    resource_changes?: unknown;
    variables?: unknown;
    output_changes?: unknown;
    configuration?: { root_module?: TfConfigModule & { variables?: unknown } };
    prior_state?: { values?: { root_module?: TfStateModule } };
  };
  if (typeof p.format_version !== 'string' || !/^1\./.test(p.format_version)) {
    throw new PlanInputError(
      `format_version must be "1.x" (terraform show -json of a saved plan), got ${JSON.stringify(p.format_version)}`,
    );
  }
  const changes = p.resource_changes ?? [];
  if (!Array.isArray(changes)) throw new PlanInputError('resource_changes must be an array');
  const deps = new Map<string, Set<string>>();
  stateDependencies(p.prior_state?.values?.root_module, deps);
  configDependencies(p.configuration?.root_module, '', deps);

  const bases = new Map<string, string[]>();
  const out: RawResource[] = [];
  (changes as TfResourceChange[]).forEach((rc, n) => {
    const where = `resource_changes[${n}]`;
    if (typeof rc.address !== 'string') throw new PlanInputError(`${where}.address must be a string`);
    if (typeof rc.type !== 'string' || typeof rc.name !== 'string')
      throw new PlanInputError(`${where} (${rc.address}) needs type and name strings`);
    if (!rc.change || typeof rc.change !== 'object')
      throw new PlanInputError(`${where}.change (${rc.address}) must be an object`);
    const c = rc.change;
    const { action, replaceOrder } = actionOf(c.actions, where);
    const deposed = typeof rc.deposed === 'string' ? rc.deposed : undefined;
    const id = deposed ? `${rc.address} (deposed ${deposed})` : rc.address;
    const notes: string[] = [];
    if (deposed) notes.push(`deposed object ${deposed} (left over from an earlier create-before-destroy)`);
    if (typeof rc.previous_address === 'string') notes.push(`moved from \`${rc.previous_address}\``);
    if (c.importing) notes.push('imported by this plan');
    if (Array.isArray(c.actions) && c.actions[0] === 'forget')
      notes.push('removed from state only; the object is left in the cloud');
    const reason = typeof rc.action_reason === 'string' ? rc.action_reason : undefined;
    if (reason && action !== 'replace' && REASONS[reason]) notes.push(REASONS[reason]);
    const replacePaths = Array.isArray(c.replace_paths)
      ? c.replace_paths
          .filter(Array.isArray)
          .map((steps: unknown[]) =>
            steps.reduce<string>((acc, s) => joinPath(acc, typeof s === 'number' ? s : String(s)), ''),
          )
      : [];
    out.push({
      id,
      address: deposed ? id : rc.address,
      type: rc.type,
      name: rc.name,
      action,
      replaceOrder,
      before: c.before ?? null,
      after: c.after ?? null,
      beforeSensitive: c.before_sensitive,
      afterSensitive: c.after_sensitive,
      afterUnknown: c.after_unknown,
      replacePaths,
      planReason: reason ? (REASONS[reason] ?? reason) : undefined,
      dependsOn: [],
      notes,
    });
    const base = configAddress(rc.address);
    const list = bases.get(base);
    if (list) list.push(id);
    else bases.set(base, [id]);
  });
  // A reference names a resource (`novaform_server.web`) or one of its attributes (`novaform_server.web.id`):
  // keep the longest prefix that is a planned resource.
  const resolve = (ref: string): string[] => {
    const parts = ref.split('.');
    for (let n = parts.length; n >= 2; n--) {
      const hit = bases.get(
        parts
          .slice(0, n)
          .join('.')
          .replace(/\[[^\]]*\]$/, ''),
      );
      if (hit) return hit;
    }
    return [];
  };
  // Instances of a counted resource all depend on what the configuration references: share one list then.
  for (const r of out) {
    const refs = deps.get(configAddress(r.address.replace(/ \(deposed .*\)$/, ''))) ?? [];
    const lists = [...new Set([...refs].map(resolve))].filter((l) => l.length > 0);
    r.dependsOn =
      lists.length === 1 && !lists[0].includes(r.id) ? lists[0] : [...new Set(lists.flat())].filter((x) => x !== r.id);
  }
  return { resources: out, secretValues: planSecrets(p) };
}
