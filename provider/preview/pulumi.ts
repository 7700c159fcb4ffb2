// Reads the digest `pulumi preview --json` prints: steps[] with op, urn, oldState/newState (apitype.ResourceV3),
// diffReasons, replaceReasons and detailedDiff. A replacement arrives as one logical `replace` step plus the
// physical `create-replacement` / `delete-replaced` steps; their order says which half runs first.
import { SENSITIVE, UNKNOWN, type Action } from './model';
import { PlanInputError, type ParsedPlan, type RawResource } from './raw';

/** Pulumi's wire sentinels (sdk/go/common/resource/plugin/rpc.go, sdk/nodejs/runtime/rpc.ts). */
const UNKNOWN_VALUE = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

interface ResourceV3 {
  urn?: unknown;
  id?: unknown;
  type?: unknown;
  inputs?: unknown;
  outputs?: unknown;
  dependencies?: unknown;
}
interface Step {
  op?: unknown;
  urn?: unknown;
  oldState?: ResourceV3 | null;
  newState?: ResourceV3 | null;
  diffReasons?: unknown;
  replaceReasons?: unknown;
  detailedDiff?: Record<string, { kind?: unknown } | null> | null;
}

/** Secrets (shown as `[secret]` or as a signed secret object) and unknowns become the model's markers. */
function convert(v: unknown): unknown {
  if (v === UNKNOWN_VALUE) return UNKNOWN;
  if (v === '[secret]') return SENSITIVE;
  if (Array.isArray(v)) return v.map(convert);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return SENSITIVE;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = convert(x);
    return out;
  }
  return v;
}

/** `urn:pulumi:<stack>::<project>::<parent$type>::<name>` → type and name. */
function parseUrn(urn: string, where: string): { type: string; name: string } {
  const parts = urn.replace(/^urn:pulumi:/, '').split('::');
  if (!urn.startsWith('urn:pulumi:') || parts.length < 4)
    throw new PlanInputError(`${where}.urn is not a Pulumi URN: ${JSON.stringify(urn)}`);
  const qualified = parts[2];
  return { type: qualified.slice(qualified.lastIndexOf('$') + 1), name: parts.slice(3).join('::') };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const OPS: Record<string, Action> = {
  same: 'noop',
  create: 'create',
  update: 'update',
  delete: 'delete',
  replace: 'replace',
  'create-replacement': 'replace',
  'delete-replaced': 'replace',
  read: 'read',
  'read-replacement': 'read',
  refresh: 'noop',
  discard: 'noop',
  'discard-replaced': 'noop',
  'remove-pending-replace': 'noop',
  import: 'noop',
  'import-replacement': 'replace',
};

/** Pulumi blinds secrets itself (`[secret]`), so no secret values reach this parser. */
export function parsePulumiPreview(preview: unknown): ParsedPlan {
  if (!preview || typeof preview !== 'object')
    throw new PlanInputError('the Pulumi preview must be a JSON object (pulumi preview --json)');
  const steps = (preview as { steps?: unknown }).steps;
  if (!Array.isArray(steps))
    throw new PlanInputError('steps must be an array (pulumi preview --json prints a digest with steps[])');
  const byUrn = new Map<string, { steps: Step[]; first: number }>();
  // Entries come from a JSON file and may be anything, null included.
  (steps as (Step | null | undefined)[]).forEach((s, n) => {
    const where = `steps[${n}]`;
    if (typeof s?.urn !== 'string') throw new PlanInputError(`${where}.urn must be a string`);
    if (typeof s.op !== 'string' || !(s.op in OPS))
      throw new PlanInputError(`${where}.op: unknown step op ${JSON.stringify(s.op)} (${s.urn})`);
    const e = byUrn.get(s.urn) ?? { steps: [], first: n };
    e.steps.push(s);
    byUrn.set(s.urn, e);
  });
  const out: RawResource[] = [];
  for (const [urn, { steps: group, first }] of byUrn) {
    const { type, name } = parseUrn(urn, `steps[${first}]`);
    const ops = group.map((s) => s.op as string);
    const logical =
      group.find((s) => s.op === 'replace') ?? group.find((s) => OPS[s.op as string] !== 'noop') ?? group[0];
    const action = ops.some((o) => OPS[o] === 'replace') ? 'replace' : OPS[logical.op as string];
    const iCreate = ops.indexOf('create-replacement'),
      iDelete = ops.indexOf('delete-replaced');
    const replaceOrder =
      action === 'replace'
        ? iDelete >= 0 && (iCreate < 0 || iDelete < iCreate)
          ? 'delete-first'
          : 'create-first'
        : undefined;
    const old = group.find((s) => s.oldState)?.oldState ?? null;
    const neu = [...group].reverse().find((s) => s.newState)?.newState ?? null;
    const detailed = logical.detailedDiff ?? {};
    const replaceKinds = Object.entries(detailed)
      .filter(([, d]) => typeof d?.kind === 'string' && d.kind.endsWith('-replace'))
      .map(([k]) => k);
    const notes: string[] = [];
    if (ops.includes('import')) notes.push('imported by this update');
    if (ops.includes('refresh')) notes.push('refreshed');
    const values = (s: ResourceV3 | null) => (s ? convert(s.inputs ?? s.outputs ?? {}) : null);
    out.push({
      id: urn,
      address: name,
      type: typeof neu?.type === 'string' ? neu.type : type,
      name,
      action,
      replaceOrder,
      before: values(old),
      after: values(neu),
      prior: old
        ? convert({
            ...(typeof old.id === 'string' ? { id: old.id } : {}),
            ...(old.outputs ?? {}),
            ...(old.inputs ?? {}),
          })
        : null,
      replacePaths: [...new Set([...strings(logical.replaceReasons), ...replaceKinds])],
      planReason: action === 'replace' ? 'the provider cannot update it in place' : undefined,
      changedPaths: [...new Set([...Object.keys(detailed), ...strings(logical.diffReasons)])],
      dependsOn: strings(neu?.dependencies ?? old?.dependencies).filter((d) => d !== urn),
      notes,
    });
  }
  return { resources: out, secretValues: [] };
}
